import { describe, expect, it } from "vitest";
import { defineCatalogue, STANDARD_CATEGORY_SETS } from "../catalogue/index.ts";
import { defineTargets, type TargetInput } from "./define-targets.ts";
import { findTarget } from "./find-target.ts";
import { targetKey } from "./target.ts";

// Issue 17: "a target can't be set on one category option (ten extra indicators were needed)".
const catalogue = defineCatalogue({
  categorySets: STANDARD_CATEGORY_SETS,
  indicators: [
    {
      code: "lua_san_luong",
      nameVi: "Sản lượng lúa",
      nameEn: "Rice output",
      sector: "economy",
      unit: "tan",
      valueType: "number",
      aggregation: { overTime: "sum", overUnits: "sum" },
      disaggregations: ["rice_season"],
    },
    {
      code: "thu_ngan_sach",
      nameVi: "Thu ngân sách",
      nameEn: "Budget revenue",
      sector: "economy",
      unit: "trieu_dong",
      valueType: "number",
      aggregation: { overTime: "sum", overUnits: "sum" },
    },
  ],
});

const base = { indicator: "lua_san_luong", reportingUnit: "NN", year: 2023, kind: "plan" };

function problems(inputs: readonly TargetInput[]) {
  try {
    defineTargets(inputs, catalogue);
  } catch (error) {
    return (error as { details: { problems: { path: string; code: string; message: string }[] } })
      .details.problems;
  }
  throw new Error("accepted");
}

describe("targets on one category option", () => {
  it("finds the option's category, and keeps the total and each option apart", () => {
    const defined = defineTargets(
      [
        { ...base, value: 100_000 },
        { ...base, option: "he_thu", value: 40_000 },
        { ...base, category: "rice_season", option: "dong_xuan", value: 45_000 },
      ],
      catalogue,
    );
    expect(defined[1]).toMatchObject({ category: "rice_season", option: "he_thu" });
    expect(new Set(defined.map(targetKey)).size).toBe(3);
    const query = { indicator: "lua_san_luong", reportingUnit: "NN", year: 2023 };
    expect(findTarget(defined, query, "plan")?.value).toBe(100_000);
    expect(
      findTarget(defined, { ...query, disaggregation: "rice_season=he_thu" }, "plan")?.value,
    ).toBe(40_000);
    expect(
      findTarget(defined, { ...query, disaggregation: "rice_season=thu_dong" }, "plan"),
    ).toBeUndefined();
  });

  it("refuses an option the indicator does not have, naming the ones it has", () => {
    const [p] = problems([{ ...base, option: "mua_kho", value: 1 }]);
    expect(p).toMatchObject({ path: "targets[0].option", code: "targets.invalid_option" });
    expect(p?.message).toContain("rice_season=he_thu");
    const [q] = problems([{ ...base, indicator: "thu_ngan_sach", option: "he_thu", value: 1 }]);
    expect(q?.message).toContain("không phân tổ");
    const [r] = problems([{ ...base, category: "school_level", option: "he_thu", value: 1 }]);
    expect(r?.code).toBe("targets.invalid_option");
  });

  it("refuses the same option twice for one kind", () => {
    const twice = { ...base, option: "he_thu", value: 1 };
    expect(problems([twice, { ...twice, category: "rice_season" }])[0]?.code).toBe(
      "targets.duplicate",
    );
  });
});
