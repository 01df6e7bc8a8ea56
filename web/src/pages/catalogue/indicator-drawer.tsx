import { App, Form, Input, InputNumber, Select } from "antd";
import type { CatalogueDefinitionsView, CatalogueView, IndicatorView } from "../../api/contract.ts";
import { useUnitName } from "../../api/use-unit-name.ts";
import { fmtMonth } from "../../format/dates.ts";
import { useFormat } from "../../format/use-format.ts";
import { type MessageKey, useI18n } from "../../i18n/index.ts";
import { nameIn } from "../../i18n/name-in.ts";
import { useUnitPeriod } from "../../layout/use-unit-period.ts";
import { useCatalogueChange } from "./catalogue-admin-api.ts";
import { EditorDrawer } from "./editor-drawer.tsx";
import { FormulaField } from "./formula-field.tsx";
import { type IndicatorForm, indicatorFormOf, indicatorInputOf } from "./indicator-form.ts";
import { previewLines } from "./indicator-preview.ts";

/**
 * Adds or edits an indicator: every field of a catalogue file, the formula checked as it is
 * typed. An edit that changes how existing values aggregate (aggregation rules, formula, measure
 * unit) is first checked by the server (a dry run) and shown before → after for a confirmation.
 */
export function IndicatorDrawer({
  editing,
  open,
  catalogue,
  definitions,
  onClose,
}: {
  /** The indicator edited; undefined adds one. */
  editing: IndicatorView | undefined;
  open: boolean;
  catalogue: CatalogueView;
  definitions: CatalogueDefinitionsView;
  onClose: () => void;
}) {
  const { t, lang } = useI18n();
  const { modal } = App.useApp();
  const { unit, period } = useUnitPeriod();
  const unitName = useUnitName();
  const { num } = useFormat();
  const [form] = Form.useForm<IndicatorForm>();
  const change = useCatalogueChange(() => onClose());
  const sector = Form.useWatch("sector", form);
  const valueType: string = Form.useWatch("valueType", form) ?? "number";
  const overUnits = Form.useWatch("overUnits", form);
  const code: string | undefined = Form.useWatch("code", form);
  const allowed = definitions.choices.aggregations[valueType] ?? { overTime: [], overUnits: [] };
  const choice = (values: readonly string[]) => values.map((v) => ({ value: v, label: v }));
  const required = (field: MessageKey) => [
    { required: true, message: t("catalogue.required", { field: t(field) }) },
  ];

  const save = (values: IndicatorForm) => {
    const indicator = indicatorInputOf(values, editing);
    const edit = {
      kind: "indicator" as const,
      expected: editing?.version ?? null,
      indicator,
    };
    const lines = editing ? previewLines(editing, values) : [];
    if (lines.length === 0) {
      change.mutate({ change: edit });
      return;
    }
    change.mutate(
      { change: edit, dryRun: true, previewAt: { unit, period } },
      {
        onSuccess: ({ preview }) =>
          modal.confirm({
            title: t("catalogue.previewTitle"),
            content: (
              <div data-testid="indicator-preview">
                <p>{t("catalogue.previewIntro", { code: indicator.code })}</p>
                <ul>
                  {lines.map((line) => (
                    <li key={line.field}>
                      {t(line.field)}: <code>{line.before}</code> → <code>{line.after}</code>
                    </li>
                  ))}
                </ul>
                {preview && (
                  <p data-testid="indicator-preview-figure">
                    {t("catalogue.previewFigure", {
                      unit: unitName(preview.unit),
                      period: fmtMonth(preview.period),
                      before: num(preview.before.value, indicator.decimals),
                      after: num(preview.after.value, indicator.decimals),
                      ytdBefore: num(preview.before.ytd, indicator.decimals),
                      ytdAfter: num(preview.after.ytd, indicator.decimals),
                    })}
                  </p>
                )}
                <p>{t("catalogue.previewChecked")}</p>
              </div>
            ),
            okText: t("catalogue.save"),
            cancelText: t("catalogue.cancel"),
            onOk: () => change.mutate({ change: edit }),
          }),
      },
    );
  };

  return (
    <EditorDrawer<IndicatorForm>
      title={editing ? t("catalogue.editOf", { code: editing.code }) : t("catalogue.add")}
      open={open}
      form={form}
      initialValues={indicatorFormOf(editing)}
      busy={change.isPending}
      testId="indicator-editor"
      onFinish={save}
      onClose={onClose}
    >
      <Form.Item name="code" label={t("catalogue.code")} rules={required("catalogue.code")}>
        <Input data-testid="indicator-code" disabled={editing !== undefined} autoComplete="off" />
      </Form.Item>
      <Form.Item name="nameVi" label={t("catalogue.nameVi")} rules={required("catalogue.nameVi")}>
        <Input data-testid="indicator-name-vi" autoComplete="off" />
      </Form.Item>
      <Form.Item name="nameEn" label={t("catalogue.nameEn")} rules={required("catalogue.nameEn")}>
        <Input data-testid="indicator-name-en" autoComplete="off" />
      </Form.Item>
      <Form.Item name="sector" label={t("catalogue.sector")} rules={required("catalogue.sector")}>
        <Select
          data-testid="indicator-sector"
          options={catalogue.sectors.map((s) => ({ value: s.code, label: nameIn(lang, s) }))}
        />
      </Form.Item>
      <Form.Item name="subGroup" label={t("catalogue.subGroup")}>
        <Select
          allowClear
          options={catalogue.subGroups
            .filter((g) => g.sector === sector)
            .map((g) => ({ value: g.code, label: nameIn(lang, g) }))}
        />
      </Form.Item>
      <Form.Item
        name="valueType"
        label={t("catalogue.valueType")}
        rules={required("catalogue.valueType")}
      >
        <Select
          data-testid="indicator-value-type"
          options={choice(definitions.choices.valueTypes)}
        />
      </Form.Item>
      <Form.Item name="unit" label={t("catalogue.unit")}>
        <Select
          data-testid="indicator-unit"
          allowClear
          showSearch
          optionFilterProp="label"
          options={definitions.measureUnits.map((u) => ({
            value: u.code,
            label: u.symbol ? `${u.symbol} (${u.code})` : u.code,
          }))}
        />
      </Form.Item>
      <Form.Item name="decimals" label={t("catalogue.decimals")}>
        <InputNumber min={0} max={6} style={{ width: "100%" }} />
      </Form.Item>
      <Form.Item name="overTime" label={t("catalogue.overTime")}>
        <Select data-testid="indicator-over-time" allowClear options={choice(allowed.overTime)} />
      </Form.Item>
      <Form.Item name="overUnits" label={t("catalogue.overUnits")}>
        <Select data-testid="indicator-over-units" allowClear options={choice(allowed.overUnits)} />
      </Form.Item>
      {String(overUnits ?? "").startsWith("weighted") && (
        <Form.Item name="weight" label={t("catalogue.weight")}>
          <Select
            showSearch
            optionFilterProp="label"
            options={catalogue.indicators.map((i) => ({
              value: i.code,
              label: `${i.code} — ${i.nameVi}`,
            }))}
          />
        </Form.Item>
      )}
      <Form.Item name="direction" label={t("catalogue.direction")}>
        <Select allowClear options={choice(definitions.choices.directions)} />
      </Form.Item>
      <Form.Item name="disaggregations" label={t("catalogue.disaggregations")}>
        <Select
          mode="multiple"
          allowClear
          options={definitions.categorySets.map((s) => ({ value: s.code, label: nameIn(lang, s) }))}
        />
      </Form.Item>
      <FormulaField
        name="formula"
        label={t("catalogue.formula")}
        indicator={code?.trim() || undefined}
        testId="indicator-formula"
        help={t("catalogue.formulaHelp")}
      />
      <Form.Item name="rangeMin" label={t("catalogue.rangeMin")}>
        <InputNumber style={{ width: "100%" }} />
      </Form.Item>
      <Form.Item name="rangeMax" label={t("catalogue.rangeMax")}>
        <InputNumber style={{ width: "100%" }} />
      </Form.Item>
      <Form.Item name="description" label={t("catalogue.description")}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
      </Form.Item>
      {editing && <p className="muted">{t("catalogue.noRemoveIndicator")}</p>}
    </EditorDrawer>
  );
}
