import {
  Alert,
  Button,
  type ButtonProps,
  DatePicker,
  Drawer,
  Form,
  Input,
  InputNumber,
  Space,
} from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useId } from "react";
import type { ReportMeta } from "../../../../../src/report/model.ts";
import { FRONT_MATTER_TEXT_FIELDS } from "../../../../../src/report/template/front-matter.ts";
import { replaceFrontMatter } from "../../../../../src/report/template/write-front-matter.ts";
import { useOpening } from "../../../hooks/use-opening.ts";
import { type MessageKey, useI18n } from "../../../i18n/index.ts";
import { readTemplateMeta } from "./read-template-meta.ts";

/** The form's fields: the document's text fields, the date as a date, recipients as lines. */
type MetaForm = Omit<Partial<ReportMeta>, "date" | "recipients"> & {
  date?: Dayjs | null;
  recipients?: string;
};

// The date has a date picker of its own.
const TEXT_FIELDS = FRONT_MATTER_TEXT_FIELDS.filter(
  (f): f is Exclude<(typeof FRONT_MATTER_TEXT_FIELDS)[number], "date"> => f !== "date",
);

/**
 * "Thông tin văn bản": the template's front matter (issuing body, number, place, date, subject,
 * signer, recipients…) as a form, so a clerk never edits YAML. Applying writes the fields back
 * into the template's text (which stays the stored, diffable form); saving the draft is as usual.
 */
export function FrontMatterDrawer({
  open,
  template,
  onApply,
  onClose,
}: {
  open: boolean;
  template: string;
  onApply: (template: string) => void;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const formId = useId();
  const opening = useOpening(open);
  const read = open ? readTemplateMeta(template) : { meta: {} };
  const initial: MetaForm | undefined =
    "meta" in read
      ? {
          ...read.meta,
          date: read.meta.date && dayjs(read.meta.date).isValid() ? dayjs(read.meta.date) : null,
          recipients: (read.meta.recipients ?? []).join("\n"),
        }
      : undefined;

  const apply = (values: MetaForm) => {
    const meta: Partial<ReportMeta> = {
      ...Object.fromEntries(TEXT_FIELDS.map((f) => [f, values[f]?.trim() ?? ""])),
      ...(values.date ? { date: values.date.format("YYYY-MM-DD") } : {}),
      ...(values.cutoffDay ? { cutoffDay: values.cutoffDay } : {}),
      recipients: (values.recipients ?? "")
        .split("\n")
        .map((r) => r.trim())
        .filter((r) => r !== ""),
    };
    onApply(replaceFrontMatter(template, meta));
    onClose();
  };

  return (
    <Drawer
      open={open}
      title={t("meta.title")}
      onClose={onClose}
      width="min(560px, 100vw)"
      destroyOnHidden
      data-testid="front-matter"
      footer={
        <Space>
          <Button
            type="primary"
            htmlType="submit"
            form={formId}
            disabled={initial === undefined}
            {...({ "data-testid": "front-matter-apply" } as ButtonProps)}
          >
            {t("meta.apply")}
          </Button>
          <Button onClick={onClose}>{t("catalogue.cancel")}</Button>
        </Space>
      }
    >
      {"error" in read ? (
        <Alert type="error" showIcon title={read.error} data-testid="front-matter-error" />
      ) : (
        <Form<MetaForm>
          key={opening}
          id={formId}
          layout="vertical"
          initialValues={initial}
          onFinish={apply}
        >
          {TEXT_FIELDS.map((field) => (
            <Form.Item key={field} name={field} label={t(labelOf(field))}>
              {field === "subject" ? (
                <Input.TextArea autoSize={{ minRows: 2 }} data-testid={`meta-${field}`} />
              ) : (
                <Input data-testid={`meta-${field}`} autoComplete="off" />
              )}
            </Form.Item>
          ))}
          <Form.Item name="date" label={t("meta.date")}>
            <DatePicker format="DD/MM/YYYY" data-testid="meta-date" />
          </Form.Item>
          <Form.Item name="cutoffDay" label={t("meta.cutoffDay")} extra={t("meta.cutoffDayHelp")}>
            <InputNumber min={1} max={31} data-testid="meta-cutoffDay" />
          </Form.Item>
          <Form.Item
            name="recipients"
            label={t("meta.recipients")}
            extra={t("meta.recipientsHelp")}
          >
            <Input.TextArea autoSize={{ minRows: 3 }} data-testid="meta-recipients" />
          </Form.Item>
        </Form>
      )}
    </Drawer>
  );
}

/** The label of a field; "title" is the document's kind ("BÁO CÁO"), not the drawer's title. */
function labelOf(field: (typeof TEXT_FIELDS)[number]): MessageKey {
  return field === "title" ? "meta.kind" : (`meta.${field}` as MessageKey);
}
