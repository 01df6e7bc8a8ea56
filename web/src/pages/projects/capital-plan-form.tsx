import { Form, Input, InputNumber } from "antd";
import { call } from "../../api/client.ts";
import { api } from "../../api/contract.ts";
import { useI18n } from "../../i18n/index.ts";
import { AmountItem } from "./amount-item.tsx";
import { RowFormModal } from "./row-form-modal.tsx";
import { useSaveRow } from "./use-save-row.ts";

/** A capital plan line as the project page lists it, with its version. */
export interface CapitalPlanRow {
  readonly year: number;
  readonly fundSource: string;
  readonly programme: string;
  readonly amount: number;
  readonly note: string;
  readonly version: number;
}

interface Fields {
  year: number;
  fundSource?: string;
  programme?: string;
  amount?: number | null;
  note?: string;
}

interface Props {
  readonly code: string;
  /** The line to change; none for a new year or source. */
  readonly row?: CapitalPlanRow;
  /** The year the page shows, the default of a new line. */
  readonly year: number;
  /** The managing level of the project: the usual fund source code. */
  readonly source: string;
  readonly onClose: () => void;
}

/** Enters a project's capital plan for one year from one fund source (triệu đồng). */
export function CapitalPlanForm({ code, row, year, source, onClose }: Props) {
  const { t } = useI18n();
  const save = useSaveRow(
    code,
    (fields: Fields) =>
      call(api.registers.saveCapitalPlan, {
        params: { code },
        body: {
          year: fields.year,
          fundSource: fields.fundSource?.trim() ?? "",
          programme: fields.programme?.trim() ?? "",
          amount: fields.amount ?? 0,
          note: fields.note?.trim() ?? "",
          expectedVersion: row?.version ?? 0,
        },
      }),
    onClose,
  );
  const initial: Fields = row ? { ...row } : { year, fundSource: source, programme: "" };
  return (
    <RowFormModal<Fields>
      title={row ? t("projects.editPlan") : t("projects.addPlan")}
      initialValues={initial}
      saving={save}
      testId="capital-plan-form"
      onClose={onClose}
    >
      <Form.Item name="year" label={t("projects.year")}>
        <InputNumber disabled={row !== undefined} style={{ width: "100%" }} />
      </Form.Item>
      <Form.Item
        name="fundSource"
        label={t("projects.fundSource")}
        extra={t("projects.sourceHelp")}
      >
        <Input disabled={row !== undefined} />
      </Form.Item>
      <Form.Item name="programme" label={t("projects.programme")}>
        <Input />
      </Form.Item>
      <AmountItem />
      <Form.Item name="note" label={t("projects.note")}>
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
    </RowFormModal>
  );
}
