import { DatePicker, Form, Input, InputNumber } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { call } from "../../api/client.ts";
import { api } from "../../api/contract.ts";
import { useI18n } from "../../i18n/index.ts";
import { RowFormModal } from "./row-form-modal.tsx";
import { useSaveRow } from "./use-save-row.ts";

/** A site-clearance row as the project page lists it, with its version. */
export interface ClearanceRow {
  readonly period: string;
  readonly date: string | null;
  readonly householdsTotal: number;
  readonly householdsPaid: number;
  readonly householdsHandedOver: number | null;
  readonly amountTotal: number | null;
  readonly amountPaid: number | null;
  readonly note: string;
  readonly version: number;
}

interface Fields {
  date?: Dayjs | null;
  householdsTotal?: number | null;
  householdsPaid?: number | null;
  householdsHandedOver?: number | null;
  amountTotal?: number | null;
  amountPaid?: number | null;
  note?: string;
}

interface Props {
  readonly code: string;
  /** The month the page shows: the row is the project's clearance as of that month. */
  readonly period: string;
  /** The month's stored row, when there is one (then the form edits it). */
  readonly row?: ClearanceRow;
  readonly onClose: () => void;
}

/** Enters a project's site clearance as of the month: households and compensation (đồng). */
export function ClearanceForm({ code, period, row, onClose }: Props) {
  const { t } = useI18n();
  const save = useSaveRow(
    code,
    (fields: Fields) =>
      call(api.registers.saveClearance, {
        params: { code },
        body: {
          period,
          date: fields.date ? fields.date.format("YYYY-MM-DD") : null,
          householdsTotal: fields.householdsTotal ?? 0,
          householdsPaid: fields.householdsPaid ?? 0,
          householdsHandedOver: fields.householdsHandedOver ?? null,
          amountTotal: fields.amountTotal ?? null,
          amountPaid: fields.amountPaid ?? null,
          note: fields.note?.trim() ?? "",
          expectedVersion: row?.version ?? 0,
        },
      }),
    onClose,
  );
  const initial: Fields = row ? { ...row, date: row.date ? dayjs(row.date) : null } : {};
  const number = (name: keyof Fields, label: string, testId?: string) => (
    <Form.Item name={name} label={label}>
      <InputNumber data-testid={testId} style={{ width: "100%" }} />
    </Form.Item>
  );
  return (
    <RowFormModal<Fields>
      title={t("projects.clearanceOf", { month: dayjs(`${period}-01`).format("MM/YYYY") })}
      initialValues={initial}
      saving={save}
      testId="clearance-form"
      onClose={onClose}
    >
      {number("householdsTotal", t("clearance.householdsTotal"), "clearance-form-total")}
      {number("householdsPaid", t("clearance.householdsPaid"), "clearance-form-paid")}
      {number("householdsHandedOver", t("clearance.handedOver"))}
      {number("amountTotal", t("clearance.amountTotal"))}
      {number("amountPaid", t("clearance.amountPaid"))}
      <Form.Item name="date" label={t("projects.date")}>
        <DatePicker format="DD/MM/YYYY" style={{ width: "100%" }} />
      </Form.Item>
      <Form.Item name="note" label={t("projects.note")}>
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
    </RowFormModal>
  );
}
