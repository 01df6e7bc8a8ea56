import { DatePicker, Form, Input, Select } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { call } from "../../api/client.ts";
import { api } from "../../api/contract.ts";
import { codeName, useI18n } from "../../i18n/index.ts";
import { AmountItem } from "./amount-item.tsx";
import { RowFormModal } from "./row-form-modal.tsx";
import { useSaveRow } from "./use-save-row.ts";

/** A disbursement as the project page lists it, with its version. */
export interface DisbursementRow {
  readonly period: string;
  readonly fundSource: string;
  readonly date: string | null;
  readonly amount: number;
  readonly status: string;
  readonly note: string;
  readonly version: number;
}

interface Fields {
  period: Dayjs;
  date?: Dayjs | null;
  fundSource: string;
  amount?: number | null;
  status: string;
  note?: string;
}

interface Props {
  readonly code: string;
  /** The row to change; none for a new month. */
  readonly row?: DisbursementRow;
  /** The month the page shows, the default of a new row. */
  readonly period: string;
  /** Fund sources of the project's plan lines, offered first. */
  readonly sources: readonly string[];
  readonly onClose: () => void;
}

/** Enters the amount disbursed in one month from one source (triệu đồng, not cumulative). */
export function DisbursementForm({ code, row, period, sources, onClose }: Props) {
  const { t, lang } = useI18n();
  const save = useSaveRow(
    code,
    (fields: Fields) =>
      call(api.registers.saveDisbursement, {
        params: { code },
        body: {
          period: fields.period.format("YYYY-MM"),
          date: fields.date ? fields.date.format("YYYY-MM-DD") : null,
          fundSource: fields.fundSource ?? "",
          amount: fields.amount ?? 0,
          status: fields.status,
          note: fields.note?.trim() ?? "",
          expectedVersion: row?.version ?? 0,
        },
      }),
    onClose,
  );
  const initial: Fields = row
    ? {
        period: dayjs(`${row.period}-01`),
        date: row.date ? dayjs(row.date) : null,
        fundSource: row.fundSource,
        amount: row.amount,
        status: row.status,
        note: row.note,
      }
    : { period: dayjs(`${period}-01`), fundSource: sources[0] ?? "", status: "official" };
  return (
    <RowFormModal<Fields>
      title={row ? t("projects.editDisbursement") : t("projects.addDisbursement")}
      initialValues={initial}
      saving={save}
      testId="disbursement-form"
      onClose={onClose}
    >
      <Form.Item name="period" label={t("projects.period")}>
        <DatePicker
          picker="month"
          format="MM/YYYY"
          allowClear={false}
          disabled={row !== undefined}
          style={{ width: "100%" }}
        />
      </Form.Item>
      <Form.Item name="fundSource" label={t("projects.fundSource")}>
        <Select
          disabled={row !== undefined}
          options={[...new Set([...sources, ""])].map((s) => ({
            value: s,
            label: s ? codeName(s, lang) : t("projects.noSource"),
          }))}
        />
      </Form.Item>
      <AmountItem />
      <Form.Item name="date" label={t("projects.date")}>
        <DatePicker format="DD/MM/YYYY" style={{ width: "100%" }} />
      </Form.Item>
      <Form.Item name="status" label={t("projects.status")}>
        <Select
          options={["official", "estimate"].map((s) => ({ value: s, label: codeName(s, lang) }))}
        />
      </Form.Item>
      <Form.Item name="note" label={t("projects.note")}>
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
    </RowFormModal>
  );
}
