import { describe, expect, it } from "vitest";
import { monthPeriod, parsePeriod } from "../periods/index.ts";
import { filedFormName, isFiledIn } from "./filed-in.ts";
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

describe("a form's name in the month it is filed", () => {
  it("names the period a longer form covers, and leaves a monthly form's name as it is", () => {
    const named = (frequency: ReportingRegime["frequency"], month: number) =>
      filedFormName({ nameVi: "Biểu", frequency }, monthPeriod(2023, month));
    expect(named("month", 8)).toBe("Biểu");
    expect(named("quarter", 9)).toBe("Biểu (quý III năm 2023)");
    expect(named("half", 12)).toBe("Biểu (6 tháng cuối năm 2023)");
    expect(named("year", 12)).toBe("Biểu (năm 2023)");
  });
});
