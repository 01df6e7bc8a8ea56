import { describe, expect, it } from "vitest";
import { lastMonthOf, periodName, reportPeriodOf } from "./report-period.ts";

describe("the report's period on the report screen", () => {
  it.each([
    ["2023-08", "month", "2023-08"],
    ["2023-08", "quarter", "2023-Q3"],
    ["2023-08", "half", "2023-H2"],
    ["2023-12", "nine_months", "2023-9M"],
    ["2023-07", "year_to_date", "2023-7M"],
    ["2023-11", "year_to_date", "2023-11M"],
    ["2023-02", "year_to_date", "2023-2M"],
    ["2023-01", "year_to_date", "2023-01"],
    ["2023-03", "year_to_date", "2023-Q1"],
    ["2023-06", "year_to_date", "2023-H1"],
    ["2023-12", "year_to_date", "2023"],
    ["2023-01", "year", "2023"],
  ] as const)("the %s report of kind %s is %s", (month, kind, period) => {
    expect(reportPeriodOf(month, kind)).toBe(period);
  });

  it("opens a period at its last month, and names it as reports do", () => {
    expect(lastMonthOf("2023-Q3")).toBe("2023-09");
    expect(lastMonthOf("2023-9M")).toBe("2023-09");
    expect(lastMonthOf("2023-7M")).toBe("2023-07");
    expect(periodName("2023-7M", "vi")).toBe("7 tháng đầu năm 2023");
    expect(periodName("2023-11M", "en")).toBe("first 11 months of 2023");
    expect(lastMonthOf("2023")).toBe("2023-12");
    expect(periodName("2023-Q3", "vi")).toBe("quý III năm 2023");
    expect(periodName("2023-08", "vi")).toBe("tháng 8 năm 2023");
  });
});
