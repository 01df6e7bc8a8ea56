import { describe, expect, it } from "vitest";
import { defineCatalogue } from "../catalogue/index.ts";
import { BaocaoError } from "../errors.ts";
import type { TargetInput, TargetProblem } from "./define-targets.ts";
import { defineTargets } from "./define-targets.ts";
import { findTarget, targetsFor } from "./find-target.ts";
import { isTargetKind, SEED_TARGET_KINDS, targetKindInfo } from "./target-kind.ts";

const catalogue = defineCatalogue({
  indicators: [
    {
      code: "bhyt_ty_le",
      nameVi: "Tỷ lệ người dân tham gia bảo hiểm y tế",
      nameEn: "Health insurance coverage",
      sector: "culture_society",
      unit: "percent",
      valueType: "percent",
      aggregation: { overTime: "last", overUnits: "average" },
      direction: "higher_is_better",
    },
    {
      code: "giai_ngan_ty_le",
      nameVi: "Tỷ lệ giải ngân vốn tỉnh quản lý",
      nameEn: "Disbursement rate, province-managed capital",
      sector: "economy",
      unit: "percent",
      valueType: "percent",
      aggregation: { overTime: "last", overUnits: "average" },
      direction: "higher_is_better",
    },
    {
      code: "ghi_chu",
      nameVi: "Ghi chú",
      nameEn: "Note",
      sector: "economy",
      valueType: "text",
    },
  ],
});

const unit = "nga_nam";

const targets: readonly TargetInput[] = [
  { indicator: "bhyt_ty_le", reportingUnit: unit, year: 2023, kind: "assigned", value: 95.1 },
  {
    indicator: "bhyt_ty_le",
    reportingUnit: unit,
    year: 2023,
    kind: "resolution",
    value: 95.13,
    source: "Nghị quyết HĐND thị xã",
  },
  {
    indicator: "giai_ngan_ty_le",
    reportingUnit: unit,
    year: 2023,
    kind: "commitment",
    value: 34.2,
    dueDate: "2023-08-31",
  },
  {
    indicator: "giai_ngan_ty_le",
    reportingUnit: unit,
    year: 2023,
    kind: "commitment",
    value: 60,
    dueDate: "2023-09-30",
  },
  { indicator: "giai_ngan_ty_le", reportingUnit: unit, year: 2023, kind: "commitment", value: 95 },
];

function problemsOf(inputs: readonly TargetInput[]): readonly TargetProblem[] {
  try {
    defineTargets(inputs, catalogue);
  } catch (error) {
    expect(error).toBeInstanceOf(BaocaoError);
    expect((error as BaocaoError).code).toBe("targets.invalid");
    return (error as BaocaoError).details.problems as TargetProblem[];
  }
  throw new Error("defineTargets accepted broken targets");
}

describe("target kinds", () => {
  it("seeds the four kinds with Vietnamese and English labels", () => {
    expect(SEED_TARGET_KINDS.map((k) => [k.code, k.nameVi])).toEqual([
      ["plan", "Kế hoạch năm"],
      ["assigned", "Chỉ tiêu tỉnh giao"],
      ["resolution", "Chỉ tiêu Nghị quyết"],
      ["commitment", "Cam kết giải ngân"],
    ]);
    expect(targetKindInfo("commitment").nameEn).toBe("Disbursement commitment");
    expect(isTargetKind("plan")).toBe(true);
    expect(isTargetKind("goal")).toBe(false);
  });
});

describe("defineTargets", () => {
  const defined = defineTargets(targets, catalogue);

  it("keeps several kinds for one indicator, unit and year", () => {
    const query = { indicator: "bhyt_ty_le", reportingUnit: unit, year: 2023 };
    expect(targetsFor(defined, query).map((t) => t.kind)).toEqual(["assigned", "resolution"]);
    expect(findTarget(defined, query, "resolution")?.source).toBe("Nghị quyết HĐND thị xã");
    expect(findTarget(defined, query, "plan")).toBeUndefined();
    expect(findTarget(defined, { ...query, year: 2024 }, "assigned")).toBeUndefined();
  });

  it("picks the commitment falling due next, else the last one", () => {
    const query = { indicator: "giai_ngan_ty_le", reportingUnit: unit, year: 2023 };
    expect(findTarget(defined, query, "commitment", "2023-08-30")?.value).toBe(34.2);
    expect(findTarget(defined, query, "commitment", "2023-08-31")?.value).toBe(34.2);
    expect(findTarget(defined, query, "commitment", "2023-09-01")?.value).toBe(60);
    expect(findTarget(defined, query, "commitment", "2023-10-15")?.value).toBe(95);
    expect(findTarget(defined, query, "commitment", "2024-01-15")?.value).toBe(95);
    expect(findTarget(defined, query, "commitment")?.value).toBe(95);
  });

  it("works without a catalogue and drops unknown fields", () => {
    const [t] = defineTargets([{ ...targets[0], extra: 1 } as TargetInput]);
    expect(t).toEqual({
      indicator: "bhyt_ty_le",
      reportingUnit: unit,
      year: 2023,
      kind: "assigned",
      value: 95.1,
    });
  });

  const base = {
    indicator: "bhyt_ty_le",
    reportingUnit: unit,
    year: 2023,
    kind: "plan",
    value: 95,
  };
  const cases: readonly [string, TargetInput, Partial<TargetProblem>][] = [
    [
      "unknown indicator",
      { ...base, indicator: "nope" },
      { path: "targets[0].indicator", code: "targets.unknown_indicator" },
    ],
    [
      "text indicator",
      { ...base, indicator: "ghi_chu" },
      { path: "targets[0].indicator", code: "targets.non_numeric_indicator" },
    ],
    [
      "missing indicator",
      { ...base, indicator: undefined },
      { path: "targets[0].indicator", code: "targets.missing_indicator" },
    ],
    [
      "missing reporting unit",
      { ...base, reportingUnit: "" },
      { path: "targets[0].reportingUnit", code: "targets.missing_reporting_unit" },
    ],
    [
      "fractional year",
      { ...base, year: 2023.5 },
      { path: "targets[0].year", code: "targets.invalid_year" },
    ],
    [
      "unknown kind",
      { ...base, kind: "goal" },
      { path: "targets[0].kind", code: "targets.invalid_kind", received: "goal" },
    ],
    [
      "value not a number",
      { ...base, value: "95" },
      { path: "targets[0].value", code: "targets.invalid_value" },
    ],
    [
      "impossible due date",
      { ...base, dueDate: "2023-02-29" },
      { path: "targets[0].dueDate", code: "targets.invalid_due_date" },
    ],
    [
      "due date in another format",
      { ...base, dueDate: "30/9/2023" },
      { path: "targets[0].dueDate", code: "targets.invalid_due_date" },
    ],
    [
      "source not text",
      { ...base, source: 45 },
      { path: "targets[0].source", code: "targets.invalid_source" },
    ],
  ];

  it.each(cases)("reports %s with its path", (_name, input, expected) => {
    expect(problemsOf([input])).toEqual([expect.objectContaining(expected)]);
  });

  it("reports a duplicate target and collects every problem", () => {
    const problems = problemsOf([base, { ...base, value: 96 }, { ...base, year: "2023" }]);
    expect(problems.map((p) => [p.path, p.code])).toEqual([
      ["targets[1].kind", "targets.duplicate"],
      ["targets[2].year", "targets.invalid_year"],
    ]);
    expect(problems[0]?.message).toContain("targets[0]");
  });
});
