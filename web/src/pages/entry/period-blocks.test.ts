import { describe, expect, it } from "vitest";
import type { EntryForm, EntryIndicator } from "../../api/contract.ts";
import { monthSpan, periodBlocks } from "./period-blocks.ts";

const indicator = (code: string): EntryIndicator => ({
  code,
  nameVi: code,
  nameEn: code,
  unitNameVi: "người",
  valueType: "integer",
  decimals: 0,
  cells: [],
});

const form = (longer: EntryForm["longerPeriods"]): EntryForm => ({
  unit: { code: "PHUONG_1", nameVi: "Phường 1" },
  period: "2023-09",
  editable: true,
  submissions: [],
  lockedIndicators: [],
  longerPeriods: longer,
  laterFilings: [],
  findings: [],
  sectors: [
    { code: "economy", nameVi: "Kinh tế", indicators: [indicator("rice"), indicator("jobs")] },
    { code: "social", nameVi: "Xã hội", indicators: [indicator("mediation")] },
  ],
});

const quarter = {
  period: "2023-Q3",
  kind: "quarter" as const,
  nameVi: "quý III năm 2023",
  forms: [{ code: "wards_quarterly", nameVi: "Báo cáo quý của phường" }],
  indicators: ["jobs", "mediation"],
};

const shape = (f: EntryForm) =>
  periodBlocks(f).map((b) => [
    b.period,
    b.sectors.map((s) => `${s.code}:${s.indicators.map((i) => i.code).join(",")}`),
  ]);

describe("the entry form split by the period its figures are for", () => {
  it("keeps a form of monthly figures whole", () => {
    expect(shape(form([]))).toEqual([["2023-09", ["economy:rice,jobs", "social:mediation"]]]);
  });

  it("puts a quarterly form's indicators in the quarter's block, after the month's", () => {
    expect(shape(form([quarter]))).toEqual([
      ["2023-09", ["economy:rice"]],
      ["2023-Q3", ["economy:jobs", "social:mediation"]],
    ]);
    expect(periodBlocks(form([quarter]))[1]?.longer?.nameVi).toBe("quý III năm 2023");
  });

  it("shows the quarter alone when the unit files nothing monthly", () => {
    const only = { ...quarter, indicators: ["rice", "jobs", "mediation"] };
    expect(shape(form([only]))).toEqual([["2023-Q3", ["economy:rice,jobs", "social:mediation"]]]);
  });

  it("gives an indicator of two longer forms to the first (shorter) one only", () => {
    const year = {
      ...quarter,
      period: "2023",
      kind: "year" as const,
      indicators: ["jobs", "rice"],
    };
    expect(shape({ ...form([quarter, year]), period: "2023-12" })).toEqual([
      ["2023-Q3", ["economy:jobs", "social:mediation"]],
      ["2023", ["economy:rice"]],
    ]);
  });
});

describe("the months a period spans", () => {
  it("names a month alone and a longer period by its first and last month", () => {
    expect(monthSpan("2023-09")).toBe("9/2023");
    expect(monthSpan("2023-Q3")).toBe("7–9/2023");
    expect(monthSpan("2023-H2")).toBe("7–12/2023");
    expect(monthSpan("2023-9M")).toBe("1–9/2023");
    expect(monthSpan("2023")).toBe("1–12/2023");
  });
});
