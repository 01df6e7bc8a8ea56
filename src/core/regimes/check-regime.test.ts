import { expect, it } from "vitest";
import { checkRegime } from "./check-regime.ts";
import type { ReportingRegime } from "./regime.ts";

const context = {
  isIndicator: (code: string) => ["a", "b"].includes(code),
  isUnit: (code: string) => code === "P1",
};
const regime: ReportingRegime = {
  code: "thang",
  nameVi: "Biểu tháng",
  frequency: "month",
  cutoff: "decree09",
  deadlineDay: 16,
  lockAfterDays: 5,
  reportingUnits: ["P1"],
  indicators: ["a", "b"],
};

it("accepts a form whose indicators and units exist", () => {
  expect(() => checkRegime(regime, context)).not.toThrow();
  expect(() => checkRegime({ ...regime, lockAfterDays: true }, context)).not.toThrow();
});

it("refuses a form naming what does not exist, or a day out of the month, naming the field", () => {
  const refused = (r: ReportingRegime) => {
    try {
      checkRegime(r, context);
    } catch (error) {
      return error as { code: string; message: string; details: { field: string } };
    }
    throw new Error("expected a refusal");
  };
  expect(refused({ ...regime, indicators: ["a", "z"] })).toMatchObject({
    code: "regime.invalid",
    details: { field: "indicators" },
    message: 'Biểu mẫu "thang": không có chỉ tiêu "z"',
  });
  expect(refused({ ...regime, reportingUnits: ["P9"] }).details.field).toBe("reportingUnits");
  expect(refused({ ...regime, deadlineDay: 32 }).details.field).toBe("deadlineDay");
  expect(refused({ ...regime, lockAfterDays: -1 }).details.field).toBe("lockAfterDays");
  expect(refused({ ...regime, code: "Bieu Thang" }).details.field).toBe("code");
  expect(refused({ ...regime, nameVi: " " }).details.field).toBe("nameVi");
  expect(refused({ ...regime, cutoff: "weekly" as ReportingRegime["cutoff"] }).details.field).toBe(
    "cutoff",
  );
});
