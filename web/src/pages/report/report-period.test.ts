import { describe, expect, it } from "vitest";
import { lastMonthOf, periodName, reportPeriodOf } from "./report-period.ts";

describe("the report's period on the report screen", () => {
  it.each([
    ["2023-08", "month", "2023-08"],
    ["2023-08", "quarter", "2023-Q3"],
    ["2023-08", "half", "2023-H2"],
    ["2023-12", "nine_months", "2023-9M"],
    ["2023-01", "year", "2023"],
  ] as const)("the %s report of kind %s is %s", (month, kind, period) => {
    expect(reportPeriodOf(month, kind)).toBe(period);
  });

  it("opens a period at its last month, and names it as reports do", () => {
    expect(lastMonthOf("2023-Q3")).toBe("2023-09");
    expect(lastMonthOf("2023-9M")).toBe("2023-09");
    expect(lastMonthOf("2023")).toBe("2023-12");
    expect(periodName("2023-Q3", "vi")).toBe("quý III năm 2023");
    expect(periodName("2023-08", "vi")).toBe("tháng 8 năm 2023");
  });
});
