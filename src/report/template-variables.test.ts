import { describe, expect, it } from "vitest";
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
});
