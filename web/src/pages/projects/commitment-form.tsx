import { DatePicker, Form, Input, InputNumber } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { call } from "../../api/client.ts";
import { api, type ManagingLevelCode } from "../../api/contract.ts";
import { useI18n } from "../../i18n/index.ts";
import { RowFormModal } from "./row-form-modal.tsx";
import { useSaveRow } from "./use-save-row.ts";

/** A disbursement commitment as the project page lists it: the project's own or its level's. */
export interface CommitmentRow {
  readonly projectCode: string;
  readonly managingLevel: ManagingLevelCode | null;
  readonly dueDate: string;
  readonly sharePct: number;
  readonly note: string;
  readonly version: number;
  readonly editable: boolean;
}

interface Fields {
  dueDate: Dayjs;
  sharePct?: number | null;
  note?: string;
}

interface Props {
  /** The project whose page it is (read again after the save). */
  readonly code: string;
  /** The commitment to change; none for a new one of the project. */
  readonly row?: CommitmentRow;
  /** The month the page shows: a new commitment is due at the end of its quarter. */
  readonly period: string;
  readonly onClose: () => void;
}

/**
 * Enters a disbursement commitment: its due date (the key, fixed once saved) and the share of the
 * year's plan due by then. A managing level's commitment is saved for the level, not the project.
 */
export function CommitmentForm({ code, row, period, onClose }: Props) {
  const { t } = useI18n();
  const level = row?.projectCode === "" ? row.managingLevel : null;
  const save = useSaveRow(
    code,
    (fields: Fields) => {
      const body = {
        dueDate: fields.dueDate.format("YYYY-MM-DD"),
        sharePct: fields.sharePct ?? 0,
        note: fields.note?.trim() ?? "",
        expectedVersion: row?.version ?? 0,
      };
      return level
        ? call(api.registers.saveLevelCommitment, {
            params: { level },
            body,
          })
        : call(api.registers.saveCommitment, { params: { code }, body });
    },
    onClose,
  );
  const initial: Partial<Fields> = row
    ? { dueDate: dayjs(row.dueDate), sharePct: row.sharePct, note: row.note }
    : { dueDate: quarterEnd(period) };
  return (
    <RowFormModal<Fields>
      title={row ? t("projects.editCommitment") : t("projects.addCommitment")}
      initialValues={initial}
      saving={save}
      testId="commitment-form"
      onClose={onClose}
    >
      <Form.Item
        name="dueDate"
        label={t("projects.dueDate")}
        rules={[{ required: true, message: t("projects.dueRequired") }]}
      >
        <DatePicker
          format="DD/MM/YYYY"
          allowClear={false}
          disabled={row !== undefined}
          style={{ width: "100%" }}
        />
      </Form.Item>
      <Form.Item
        name="sharePct"
        label={`${t("projects.share")} (%)`}
        extra={t("projects.shareHelp")}
        rules={[{ required: true, message: t("projects.shareRequired") }]}
      >
        <InputNumber
          data-testid="commitment-share"
          min={0}
          max={100}
          decimalSeparator=","
          style={{ width: "100%" }}
        />
      </Form.Item>
      <Form.Item name="note" label={t("projects.note")}>
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
    </RowFormModal>
  );
}

/** The last day of the quarter of a month: "2023-08" → 30/09/2023, when commitments fall due. */
function quarterEnd(period: string): Dayjs {
  const [year, month] = period.split("-").map(Number);
  const last = Math.ceil((month ?? 1) / 3) * 3;
  return dayjs(`${year}-${String(last).padStart(2, "0")}-01`).endOf("month");
}
