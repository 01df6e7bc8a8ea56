import { describe, expect, it } from "vitest";
import { formatPeriodId, monthPeriod, parsePeriod } from "../periods/index.ts";
import type { ReportingRegime } from "./regime.ts";
import { filedPeriod, filingMonth, nextFilingMonth } from "./when-filed.ts";

describe("the period a form filed in a month covers", () => {
  it("is the month for a monthly form and the longer period ending in it for the others", () => {
    const covered = (frequency: ReportingRegime["frequency"], month: number) =>
      formatPeriodId(filedPeriod({ frequency }, monthPeriod(2023, month)));
    expect(covered("month", 8)).toBe("2023-08");
    expect(covered("quarter", 3)).toBe("2023-Q1");
    expect(covered("quarter", 12)).toBe("2023-Q4");
    expect(covered("half", 6)).toBe("2023-H1");
    expect(covered("half", 12)).toBe("2023-H2");
    expect(covered("nine_months", 9)).toBe("2023-9M");
    expect(covered("year", 12)).toBe("2023");
  });
});

describe("the month a period's values are kept in", () => {
  it("is the month itself, or a longer period's last month", () => {
    const kept = (id: string) => formatPeriodId(filingMonth(parsePeriod(id)));
    expect(["2023-08", "2023-Q1", "2023-H1", "2023-9M", "2023"].map(kept)).toEqual([
      "2023-08",
      "2023-03",
      "2023-06",
      "2023-09",
      "2023-12",
    ]);
  });
});

describe("the next month a form is filed in", () => {
  it("is the month itself when filed then, else the end of the form's period", () => {
    const next = (frequency: ReportingRegime["frequency"], id: string) =>
      formatPeriodId(nextFilingMonth({ frequency }, parsePeriod(id)));
    expect(next("month", "2023-08")).toBe("2023-08");
    expect(next("quarter", "2023-08")).toBe("2023-09");
    expect(next("quarter", "2023-09")).toBe("2023-09");
    expect(next("quarter", "2023-10")).toBe("2023-12");
    expect(next("half", "2023-01")).toBe("2023-06");
    expect(next("nine_months", "2023-10")).toBe("2024-09");
    expect(next("year", "2023-01")).toBe("2023-12");
  });
});
