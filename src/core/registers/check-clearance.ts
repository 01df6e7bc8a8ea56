import type { FieldFail, RowRules } from "./check-rows.ts";
import * as f from "./fields.ts";
import type { SiteClearanceInput } from "./inputs.ts";
import { clearanceKey } from "./keys.ts";
import type { SiteClearance } from "./types.ts";

const at = (fail: FieldFail, field: string) => (code: string, message: string) =>
  fail(field, code, message);

/**
 * How site clearance rows are checked. Figures that contradict each other (more households paid
 * than affected) are kept: they are questionable, not malformed, and reported as findings.
 */
export const clearanceRules: RowRules<SiteClearanceInput, SiteClearance> = {
  register: "siteClearance",
  keyField: "projectCode",
  describe: (key) => `Giải phóng mặt bằng ${key.split("|").join(" / ")}`,
  key: (input, fail) => {
    const projectCode = f.projectCode(input.projectCode, at(fail, "projectCode"));
    const period = f.month(input.period, "Kỳ", at(fail, "period"));
    if (projectCode === undefined || period === undefined) return undefined;
    return clearanceKey({ projectCode, period });
  },
  record: (input, fail) => {
    const date = f.optional(input.date, (v) => f.date(v, "Ngày số liệu", at(fail, "date")));
    const householdsTotal = f.count(
      input.householdsTotal,
      "Số hộ bị ảnh hưởng",
      at(fail, "householdsTotal"),
    );
    const householdsPaid = f.count(
      input.householdsPaid,
      "Số hộ đã chi trả",
      at(fail, "householdsPaid"),
    );
    const householdsHandedOver = f.optional(input.householdsHandedOver, (v) =>
      f.count(v, "Số hộ đã bàn giao mặt bằng", at(fail, "householdsHandedOver")),
    );
    const amountTotal = f.optional(input.amountTotal, (v) =>
      f.amount(v, "Tổng kinh phí bồi thường", at(fail, "amountTotal")),
    );
    const amountPaid = f.optional(input.amountPaid, (v) =>
      f.amount(v, "Kinh phí đã chi trả", at(fail, "amountPaid")),
    );
    if (
      date === undefined ||
      householdsTotal === undefined ||
      householdsPaid === undefined ||
      householdsHandedOver === undefined ||
      amountTotal === undefined ||
      amountPaid === undefined
    )
      return undefined;
    return {
      projectCode: input.projectCode,
      period: input.period,
      date,
      householdsTotal,
      householdsPaid,
      householdsHandedOver,
      amountTotal,
      amountPaid,
      note: f.optionalText(input.note),
      synthetic: input.synthetic === true,
    };
  },
};
