import { failAt, type RowRules } from "./check-rows.ts";
import * as f from "./fields.ts";
import type { SiteClearanceInput } from "./inputs.ts";
import { clearanceKey } from "./keys.ts";
import type { SiteClearance } from "./types.ts";

/**
 * How site clearance rows are checked. Figures that contradict each other (more households paid
 * than affected) are kept: they are questionable, not malformed, and reported as findings.
 */
export const clearanceRules: RowRules<SiteClearanceInput, SiteClearance> = {
  keyField: "projectCode",
  describe: (key) => `Giải phóng mặt bằng ${key.split("|").join(" / ")}`,
  key: (input, fail) => {
    const projectCode = f.projectCode(input.projectCode, failAt(fail, "projectCode"));
    const period = f.month(input.period, "Kỳ", failAt(fail, "period"));
    if (projectCode === undefined || period === undefined) return undefined;
    return clearanceKey({ projectCode, period });
  },
  record: (input, fail) => {
    const date = f.optional(input.date, (v) => f.date(v, "Ngày số liệu", failAt(fail, "date")));
    const householdsTotal = f.count(
      input.householdsTotal,
      "Số hộ bị ảnh hưởng",
      failAt(fail, "householdsTotal"),
    );
    const householdsPaid = f.count(
      input.householdsPaid,
      "Số hộ đã chi trả",
      failAt(fail, "householdsPaid"),
    );
    const householdsHandedOver = f.optional(input.householdsHandedOver, (v) =>
      f.count(v, "Số hộ đã bàn giao mặt bằng", failAt(fail, "householdsHandedOver")),
    );
    const amountTotal = f.optional(input.amountTotal, (v) =>
      f.amount(v, "Tổng kinh phí bồi thường", failAt(fail, "amountTotal")),
    );
    const amountPaid = f.optional(input.amountPaid, (v) =>
      f.amount(v, "Kinh phí đã chi trả", failAt(fail, "amountPaid")),
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
