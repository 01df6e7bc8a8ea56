import { type FieldFail, failAt, type RowRules } from "./check-rows.ts";
import * as f from "./fields.ts";
import type { CapitalPlanInput, CommitmentInput, DisbursementInput } from "./inputs.ts";
import { capitalPlanKey, commitmentKey, disbursementKey } from "./keys.ts";
import { type CapitalPlan, type Commitment, type Disbursement, MANAGING_LEVELS } from "./types.ts";

/** How capital plan rows are checked. */
export const capitalPlanRules: RowRules<CapitalPlanInput, CapitalPlan> = {
  keyField: "projectCode",
  describe: (key) => `Kế hoạch vốn ${key.split("|").join(" / ")}`,
  key: (input, fail) => {
    const projectCode = f.projectCode(input.projectCode, failAt(fail, "projectCode"));
    const year = f.year(input.year, failAt(fail, "year"));
    const fundSource = f.optionCode(
      input.fundSource,
      "nguồn vốn",
      failAt(fail, "fundSource"),
      false,
    );
    if (projectCode === undefined || year === undefined || fundSource === undefined)
      return undefined;
    return capitalPlanKey({ projectCode, year, fundSource });
  },
  record: (input, fail) => {
    const programme = f.optionCode(input.programme, "chương trình", failAt(fail, "programme"));
    const amount = f.amount(input.amount, "Kế hoạch vốn", failAt(fail, "amount"));
    if (programme === undefined || amount === undefined) return undefined;
    return {
      projectCode: input.projectCode,
      year: input.year,
      fundSource: input.fundSource ?? "",
      programme,
      amount,
      note: f.optionalText(input.note),
      synthetic: input.synthetic === true,
    };
  },
};

/** How commitment rows are checked: for one project or one managing level, never both. */
export const commitmentRules: RowRules<CommitmentInput, Commitment> = {
  keyField: "dueDate",
  describe: (key) => `Cam kết giải ngân ${key.split("|").join(" / ")}`,
  key: (input, fail) => {
    const dueDate = f.date(input.dueDate, "Hạn cam kết", failAt(fail, "dueDate"));
    const project = input.projectCode ?? "";
    const level = input.managingLevel ?? null;
    if ((project === "") === (level === null)) {
      fail(
        project === "" ? "projectCode" : "managingLevel",
        "register.invalid_scope",
        "Cam kết giải ngân ghi cho một dự án (project_code) hoặc một cấp quản lý vốn (managing_level), không cả hai.",
      );
      return undefined;
    }
    const projectCode = project === "" ? "" : f.projectCode(project, failAt(fail, "projectCode"));
    const managingLevel =
      level === null
        ? null
        : f.oneOf(level, MANAGING_LEVELS, "Cấp quản lý vốn", failAt(fail, "managingLevel"));
    if (dueDate === undefined || projectCode === undefined || managingLevel === undefined)
      return undefined;
    return commitmentKey({ projectCode, managingLevel, dueDate });
  },
  record: (input, fail) => {
    const share = f.amount(input.sharePct, "Tỷ lệ cam kết", failAt(fail, "sharePct"));
    if (share === undefined) return undefined;
    if (share > 100) {
      fail("sharePct", "register.invalid_share", `Tỷ lệ cam kết ${share}% vượt quá 100%.`);
      return undefined;
    }
    return {
      projectCode: input.projectCode ?? "",
      managingLevel: input.managingLevel ?? null,
      dueDate: input.dueDate,
      sharePct: share,
      note: f.optionalText(input.note),
    };
  },
};

/** The month of a disbursement: as written, else the calendar month of its date. */
function disbursementPeriod(input: DisbursementInput, fail: FieldFail): string | undefined {
  if (input.period) return f.month(input.period, "Kỳ giải ngân", failAt(fail, "period"));
  if (input.date) {
    const date = f.date(input.date, "Ngày giải ngân", failAt(fail, "date"));
    return date?.slice(0, 7);
  }
  fail("period", "register.missing", "Thiếu kỳ giải ngân (period) hoặc ngày giải ngân (date).");
  return undefined;
}

/** How disbursement rows are checked. */
export const disbursementRules: RowRules<DisbursementInput, Disbursement> = {
  keyField: "projectCode",
  describe: (key) => `Giải ngân ${key.split("|").filter(Boolean).join(" / ")}`,
  key: (input, fail) => {
    const projectCode = f.projectCode(input.projectCode, failAt(fail, "projectCode"));
    const period = disbursementPeriod(input, fail);
    const fundSource = f.optionCode(input.fundSource, "nguồn vốn", failAt(fail, "fundSource"));
    if (projectCode === undefined || period === undefined || fundSource === undefined)
      return undefined;
    return disbursementKey({ projectCode, period, fundSource });
  },
  record: (input, fail) => {
    const period = disbursementPeriod(input, () => {});
    const date = f.optional(input.date, (v) => f.date(v, "Ngày giải ngân", failAt(fail, "date")));
    const amount = f.amount(input.amount, "Số giải ngân", failAt(fail, "amount"));
    const status = f.oneOf(
      input.status ?? "official",
      ["official", "estimate"] as const,
      "Trạng thái số liệu",
      failAt(fail, "status"),
    );
    if (period === undefined || date === undefined || amount === undefined || status === undefined)
      return undefined;
    return {
      projectCode: input.projectCode,
      period,
      fundSource: input.fundSource ?? "",
      date,
      amount,
      status,
      note: f.optionalText(input.note),
      synthetic: input.synthetic === true,
    };
  },
};
