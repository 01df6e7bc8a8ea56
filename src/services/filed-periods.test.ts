import { describe, expect, it } from "vitest";
import type { ReportingRegime } from "../core/regimes/index.ts";
import { laterFilings, longerPeriodsFiled } from "./filed-periods.ts";

const regime = (
  code: string,
  frequency: ReportingRegime["frequency"],
  indicators: string[],
): ReportingRegime => ({
  code,
  nameVi: `Biểu ${code}`,
  frequency,
  cutoff: "decree09",
  reportingUnits: ["P1"],
  indicators,
});

const regimes = [
  regime("monthly", "month", ["received", "resolved"]),
  regime("quarterly", "quarter", ["jobs", "received"]),
  regime("yearly", "year", ["jobs", "area"]),
];

const shape = (month: string, unit = "P1") =>
  longerPeriodsFiled(regimes, unit, month).map((p) => [
    p.period,
    p.kind,
    p.nameVi,
    p.forms.map((f) => f.code),
    p.indicators,
  ]);

describe("the longer periods a unit's forms are filed for in a month", () => {
  it("is none in a month that ends no quarter, and none for a unit outside the forms", () => {
    expect(shape("2023-08")).toEqual([]);
    expect(shape("2023-09", "P2")).toEqual([]);
  });

  it("is the quarter in its last month, without the indicators a monthly form holds", () => {
    expect(shape("2023-09")).toEqual([
      ["2023-Q3", "quarter", "quý III năm 2023", ["quarterly"], ["jobs"]],
    ]);
  });

  it("gives an indicator of a quarterly and a yearly form to the quarter in December", () => {
    expect(shape("2023-12")).toEqual([
      ["2023-Q4", "quarter", "quý IV năm 2023", ["quarterly"], ["jobs"]],
      ["2023", "year", "năm 2023", ["yearly"], ["area"]],
    ]);
  });
});

describe("the longer forms a unit enters in a later month", () => {
  it("names each with the period and the month it is entered in", () => {
    expect(laterFilings(regimes, "P1", "2023-08")).toEqual([
      {
        code: "quarterly",
        nameVi: "Biểu quarterly",
        period: "2023-Q3",
        periodNameVi: "quý III năm 2023",
        month: "2023-09",
      },
      {
        code: "yearly",
        nameVi: "Biểu yearly",
        period: "2023",
        periodNameVi: "năm 2023",
        month: "2023-12",
      },
    ]);
    expect(laterFilings(regimes, "P1", "2023-12")).toEqual([]);
  });
});
