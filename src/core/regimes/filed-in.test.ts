import { describe, expect, it } from "vitest";
import { monthPeriod, parsePeriod } from "../periods/index.ts";
import { isFiledIn } from "./filed-in.ts";
import type { ReportingRegime } from "./regime.ts";

const months = (frequency: ReportingRegime["frequency"]) =>
  Array.from({ length: 12 }, (_, i) => i + 1).filter((m) =>
    isFiledIn({ frequency }, monthPeriod(2023, m)),
  );

describe("the months a form is filed in", () => {
  it("is every month for a monthly form, and the period's last month for the others", () => {
    expect(months("month")).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(months("quarter")).toEqual([3, 6, 9, 12]);
    expect(months("half")).toEqual([6, 12]);
    expect(months("nine_months")).toEqual([9]);
    expect(months("year")).toEqual([12]);
  });

  it("is never a period that is not a month", () => {
    expect(isFiledIn({ frequency: "quarter" }, parsePeriod("2023-Q3"))).toBe(false);
  });
});
