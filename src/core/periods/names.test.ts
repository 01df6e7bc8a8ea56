import { describe, expect, it } from "vitest";
import { englishName, restOfYearName, vietnameseName } from "./names.ts";
import { yearToDatePeriod } from "./period.ts";
import { parsePeriod } from "./period-id.ts";

const vi = (id: string, short = false) => vietnameseName(parsePeriod(id), { short });
const en = (id: string, short = false) => englishName(parsePeriod(id), { short });

describe("vietnameseName", () => {
  it("names each type as reports write it", () => {
    expect(vi("2023-08")).toBe("tháng 8 năm 2023");
    expect(vi("2023-01")).toBe("tháng 1 năm 2023");
    expect(vi("2023-12")).toBe("tháng 12 năm 2023");
    expect(vi("2023-Q1")).toBe("quý I năm 2023");
    expect(vi("2023-Q3")).toBe("quý III năm 2023");
    expect(vi("2023-Q4")).toBe("quý IV năm 2023");
    expect(vi("2023-H1")).toBe("6 tháng đầu năm 2023");
    expect(vi("2023-H2")).toBe("6 tháng cuối năm 2023");
    expect(vi("2023-9M")).toBe("9 tháng đầu năm 2023");
    expect(vi("2023-7M")).toBe("7 tháng đầu năm 2023");
    expect(vi("2023")).toBe("năm 2023");
  });

  it("names January to every month n as reports do, in the kind that covers those months", () => {
    const names = Array.from({ length: 12 }, (_, i) => [
      vietnameseName(yearToDatePeriod(2023, i + 1)),
      vietnameseName(yearToDatePeriod(2023, i + 1), { short: true }),
    ]);
    expect(names).toEqual([
      ["tháng 1 năm 2023", "tháng 1"],
      ["2 tháng đầu năm 2023", "2 tháng"],
      ["quý I năm 2023", "quý I"],
      ["4 tháng đầu năm 2023", "4 tháng"],
      ["5 tháng đầu năm 2023", "5 tháng"],
      ["6 tháng đầu năm 2023", "6 tháng đầu năm"],
      ["7 tháng đầu năm 2023", "7 tháng"],
      ["8 tháng đầu năm 2023", "8 tháng"],
      ["9 tháng đầu năm 2023", "9 tháng"],
      ["10 tháng đầu năm 2023", "10 tháng"],
      ["11 tháng đầu năm 2023", "11 tháng"],
      ["năm 2023", "năm 2023"],
    ]);
  });

  it("drops the year in short form, except for a year", () => {
    expect(vi("2023-08", true)).toBe("tháng 8");
    expect(vi("2023-Q3", true)).toBe("quý III");
    expect(vi("2023-Q2", true)).toBe("quý II");
    expect(vi("2023-H1", true)).toBe("6 tháng đầu năm");
    expect(vi("2023-H2", true)).toBe("6 tháng cuối năm");
    expect(vi("2023-9M", true)).toBe("9 tháng");
    expect(vi("2023-11M", true)).toBe("11 tháng");
    expect(vi("2023", true)).toBe("năm 2023");
  });

  it("defaults to the long form", () => {
    expect(vietnameseName(parsePeriod("2023-09"))).toBe("tháng 9 năm 2023");
  });
});

describe("englishName", () => {
  it("names each type", () => {
    expect(en("2023-08")).toBe("August 2023");
    expect(en("2023-01")).toBe("January 2023");
    expect(en("2023-12")).toBe("December 2023");
    expect(en("2023-Q3")).toBe("Q3 2023");
    expect(en("2023-H1")).toBe("first half of 2023");
    expect(en("2023-H2")).toBe("second half of 2023");
    expect(en("2023-9M")).toBe("first 9 months of 2023");
    expect(en("2023-7M")).toBe("first 7 months of 2023");
    expect(en("2023")).toBe("2023");
  });

  it("has short forms too", () => {
    expect(en("2023-08", true)).toBe("August");
    expect(en("2023-Q3", true)).toBe("Q3");
    expect(en("2023-H2", true)).toBe("second half");
    expect(en("2023-9M", true)).toBe("9 months");
    expect(en("2023", true)).toBe("2023");
    expect(englishName(parsePeriod("2023-05"))).toBe("May 2023");
  });
});

describe("restOfYearName", () => {
  it("names the months left after January to every month n, and the next year after December", () => {
    const names = Array.from({ length: 12 }, (_, i) =>
      restOfYearName(yearToDatePeriod(2023, i + 1)),
    );
    expect(names).toEqual([
      "11 tháng cuối năm 2023",
      "10 tháng cuối năm 2023",
      "9 tháng cuối năm 2023",
      "8 tháng cuối năm 2023",
      "7 tháng cuối năm 2023",
      "6 tháng cuối năm 2023",
      "5 tháng cuối năm 2023",
      "4 tháng cuối năm 2023",
      "3 tháng cuối năm 2023",
      "2 tháng cuối năm 2023",
      "tháng 12 năm 2023",
      "năm 2024",
    ]);
    expect(restOfYearName(parsePeriod("2023-12"))).toBe("năm 2024");
    expect(restOfYearName(parsePeriod("2023-Q4"))).toBe("năm 2024");
    expect(restOfYearName(parsePeriod("2023-Q3"))).toBe("3 tháng cuối năm 2023");
  });
});
