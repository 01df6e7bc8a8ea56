import { describe, expect, it } from "vitest";
import { formatPeriodId, yearToDatePeriod } from "../core/periods/index.ts";
import { templateVariables } from "./template-variables.ts";

describe("the period's words in a template", () => {
  it("follows the last month of longer periods", () => {
    expect(templateVariables("2023-9M")).toMatchObject({
      month: "9",
      next_month: "10",
      quarter: "III",
    });
    expect(templateVariables("2023-Q4")).toMatchObject({
      month: "12",
      year: "2023",
      quarter: "IV",
    });
    expect(templateVariables("2023-H1")).toMatchObject({
      month: "6",
      next_month: "7",
      last_day: "30",
    });
    expect(templateVariables("2023")).toMatchObject({ month: "12", period_name: "năm 2023" });
  });

  it("turns the year after December", () => {
    expect(templateVariables("2023-12")).toMatchObject({
      month: "12",
      year: "2023",
      next_month: "1",
      next_year: "2024",
    });
  });

  it("never writes a day the month does not have", () => {
    expect(templateVariables("2023-02", { cutoffDay: 30 })).toMatchObject({
      cutoff_day: "28",
      last_day: "28",
    });
    expect(templateVariables("2024-02", { cutoffDay: 30 }).cutoff_day).toBe("29");
    expect(templateVariables("2023-08", { cutoffDay: 30 })).toMatchObject({
      cutoff_day: "30",
      last_day: "31",
    });
    expect(templateVariables("2023-08").cutoff_day).toBe("31");
  });

  it("speaks of January to month n in every n, and of what comes after", () => {
    const words = Array.from({ length: 12 }, (_, i) => {
      const v = templateVariables(formatPeriodId(yearToDatePeriod(2023, i + 1)));
      return [v.period_name, v.month, v.next_month, v.next_year, v.next_period_name];
    });
    expect(words).toEqual([
      ["tháng 1 năm 2023", "1", "2", "2023", "tháng 2 năm 2023"],
      ["2 tháng đầu năm 2023", "2", "3", "2023", "10 tháng cuối năm 2023"],
      ["quý I năm 2023", "3", "4", "2023", "quý II năm 2023"],
      ["4 tháng đầu năm 2023", "4", "5", "2023", "8 tháng cuối năm 2023"],
      ["5 tháng đầu năm 2023", "5", "6", "2023", "7 tháng cuối năm 2023"],
      ["6 tháng đầu năm 2023", "6", "7", "2023", "6 tháng cuối năm 2023"],
      ["7 tháng đầu năm 2023", "7", "8", "2023", "5 tháng cuối năm 2023"],
      ["8 tháng đầu năm 2023", "8", "9", "2023", "4 tháng cuối năm 2023"],
      ["9 tháng đầu năm 2023", "9", "10", "2023", "3 tháng cuối năm 2023"],
      ["10 tháng đầu năm 2023", "10", "11", "2023", "2 tháng cuối năm 2023"],
      ["11 tháng đầu năm 2023", "11", "12", "2023", "tháng 12 năm 2023"],
      ["năm 2023", "12", "1", "2024", "năm 2024"],
    ]);
  });

  it("writes a 7-month report's dates and quarter from July", () => {
    expect(templateVariables("2023-7M", { cutoffDay: 30 })).toMatchObject({
      month: "7",
      year: "2023",
      last_day: "31",
      cutoff_day: "30",
      quarter: "III",
      last_year: "2022",
      rest_of_year_name: "5 tháng cuối năm 2023",
    });
    expect(templateVariables("2024-2M", { cutoffDay: 30 })).toMatchObject({
      month: "2",
      cutoff_day: "29",
      quarter: "I",
    });
  });

  it("turns the year after a December report of any kind", () => {
    for (const id of ["2023-12", "2023-Q4", "2023-H2", "2023"]) {
      expect(templateVariables(id), id).toMatchObject({
        month: "12",
        next_month: "1",
        next_year: "2024",
        rest_of_year_name: "năm 2024",
      });
    }
  });
});
