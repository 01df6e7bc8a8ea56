import { Button, Form, Input, InputNumber, Modal, Popconfirm, Select } from "antd";
import { useMemo } from "react";
import type { IndicatorView, TargetKindView } from "../../api/contract.ts";
import { useI18n } from "../../i18n/index.ts";

/** What the dialog edits: a new target, or one shown in the table (with its version). */
export interface TargetDraft {
  readonly indicator?: string;
  readonly option?: string;
  readonly kind?: string;
  readonly value?: number;
  readonly dueDate?: string;
  readonly source?: string;
  /** The version shown; absent for a new target. */
  readonly version?: string;
}

interface Props {
  readonly draft: TargetDraft;
  readonly indicators: readonly IndicatorView[];
  readonly kinds: readonly TargetKindView[];
  readonly busy: boolean;
  readonly onSave: (draft: TargetDraft) => void;
  readonly onRemove: (draft: TargetDraft) => void;
  readonly onCancel: () => void;
}

/** Adds or edits one target: indicator, option, kind, value, due date and source document. */
export function TargetDialog({
  draft,
  indicators,
  kinds,
  busy,
  onSave,
  onRemove,
  onCancel,
}: Props) {
  const { t } = useI18n();
  const [form] = Form.useForm<TargetDraft>();
  const editing = draft.version !== undefined;
  const indicator = Form.useWatch("indicator", form) ?? draft.indicator;
  const numeric = useMemo(
    () => indicators.filter((i) => i.valueType !== "text" && i.valueType !== "boolean"),
    [indicators],
  );
  const options = numeric
    .find((i) => i.code === indicator)
    ?.disaggregations.flatMap((d) =>
      d.options.map((o) => ({ value: o.code, label: `${d.nameVi}: ${o.nameVi}` })),
    );
  return (
    <Modal
      open
      title={editing ? t("targets.edit") : t("targets.add")}
      onCancel={onCancel}
      okText={t("targets.save")}
      cancelText={t("targets.cancel")}
      okButtonProps={{ loading: busy, "data-testid": "target-save" }}
      onOk={() => form.submit()}
      footer={(buttons) => (
        <>
          {editing && (
            <Popconfirm
              title={t("targets.removeConfirm")}
              okText={t("targets.remove")}
              cancelText={t("targets.cancel")}
              onConfirm={() => onRemove(draft)}
            >
              <Button data-testid="target-remove" style={{ float: "left" }}>
                {t("targets.remove")}
              </Button>
            </Popconfirm>
          )}
          {buttons}
        </>
      )}
    >
      <Form<TargetDraft>
        form={form}
        layout="vertical"
        initialValues={draft}
        onFinish={(values) => onSave({ ...draft, ...values })}
      >
        <Form.Item
          name="indicator"
          label={t("targets.indicator")}
          rules={[{ required: true, message: t("targets.required") }]}
        >
          <Select
            showSearch
            disabled={editing}
            data-testid="target-indicator"
            optionFilterProp="label"
            options={numeric.map((i) => ({
              value: i.code,
              label: `${i.nameVi} (${i.unitNameVi})`,
            }))}
            onChange={() => form.setFieldValue("option", undefined)}
          />
        </Form.Item>
        {options && options.length > 0 && (
          <Form.Item name="option" label={t("targets.option")}>
            <Select
              allowClear
              disabled={editing}
              data-testid="target-option"
              placeholder={t("targets.optionTotal")}
              options={options}
            />
          </Form.Item>
        )}
        <Form.Item
          name="kind"
          label={t("targets.kind")}
          rules={[{ required: true, message: t("targets.required") }]}
        >
          <Select
            disabled={editing}
            data-testid="target-kind"
            options={kinds.map((k) => ({ value: k.code, label: k.nameVi }))}
          />
        </Form.Item>
        <Form.Item
          name="value"
          label={t("targets.value")}
          rules={[{ required: true, message: t("targets.required") }]}
        >
          <InputNumber style={{ width: "100%" }} decimalSeparator="," data-testid="target-value" />
        </Form.Item>
        <Form.Item
          name="dueDate"
          label={t("targets.dueDate")}
          rules={[{ pattern: /^\d{4}-\d{2}-\d{2}$/, message: "YYYY-MM-DD" }]}
        >
          <Input disabled={editing} data-testid="target-due" />
        </Form.Item>
        <Form.Item name="source" label={t("targets.source")}>
          <Input placeholder={t("targets.sourcePlaceholder")} data-testid="target-source" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
