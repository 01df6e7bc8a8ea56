import { describe, expect, it } from "vitest";
import { BaocaoError } from "../errors.ts";
import type { CatalogueInput, IndicatorInput } from "./catalogue-input.ts";
import { defineCatalogue } from "./define-catalogue.ts";
import type { CatalogueProblem } from "./problems.ts";
import { SCHOOL_LEVEL, STANDARD_CATEGORY_SETS } from "./standard-category-sets.ts";

/** A slice of the reference report's indicators (Ngã Năm, August 2023). */
const reference: CatalogueInput = {
  categorySets: STANDARD_CATEGORY_SETS,
  subGroups: [
    {
      code: "nong_nghiep",
      sector: "economy",
      nameVi: "Sản xuất nông nghiệp",
      nameEn: "Agriculture",
    },
    { code: "ngan_sach", sector: "economy", nameVi: "Thu ngân sách", nameEn: "Budget revenue" },
    { code: "giao_duc", sector: "culture_society", nameVi: "Giáo dục", nameEn: "Education" },
    {
      code: "mot_cua",
      sector: "inspection_justice_government",
      nameVi: "Bộ phận một cửa",
      nameEn: "One-stop shop",
    },
  ],
  indicators: [
    {
      code: "lua_dien_tich_thu_hoach",
      nameVi: "Diện tích lúa thu hoạch",
      nameEn: "Rice area harvested",
      sector: "economy",
      subGroup: "nong_nghiep",
      unit: "ha",
      valueType: "number",
      aggregation: { overTime: "sum", overUnits: "sum" },
      disaggregations: ["rice_season"],
      direction: "higher_is_better",
    },
    {
      code: "lua_nang_suat",
      nameVi: "Năng suất lúa bình quân",
      nameEn: "Average rice yield",
      sector: "economy",
      subGroup: "nong_nghiep",
      unit: "tan_per_ha",
      valueType: "number",
      decimals: 3,
      aggregation: {
        overTime: "none",
        overUnits: { kind: "weighted_average", weight: "lua_dien_tich_thu_hoach" },
      },
      disaggregations: [{ set: "rice_season", options: ["he_thu"] }],
      direction: "higher_is_better",
    },
    {
      code: "lua_thiet_hai",
      nameVi: "Diện tích lúa, hoa màu bị thiệt hại",
      nameEn: "Rice and crop area damaged",
      sector: "economy",
      subGroup: "nong_nghiep",
      unit: "ha",
      valueType: "number",
      decimals: 0,
      aggregation: { overTime: "sum", overUnits: "sum" },
      disaggregations: ["damage_band"],
      direction: "lower_is_better",
    },
    {
      code: "thu_ngan_sach",
      nameVi: "Thu ngân sách các nguồn trong chỉ tiêu",
      nameEn: "Budget revenue within targets",
      sector: "economy",
      subGroup: "ngan_sach",
      unit: "trieu_dong",
      valueType: "number",
      decimals: 0,
      aggregation: { overTime: "sum", overUnits: "sum" },
      direction: "higher_is_better",
    },
    {
      code: "hoc_sinh_ra_lop",
      nameVi: "Học sinh ra lớp",
      nameEn: "Pupils enrolled",
      sector: "culture_society",
      subGroup: "giao_duc",
      unit: "hoc_sinh",
      valueType: "integer",
      aggregation: { overTime: "last", overUnits: "sum" },
      disaggregations: ["school_level"],
      direction: "higher_is_better",
    },
    {
      code: "mot_cua_tiep_nhan",
      nameVi: "Hồ sơ tiếp nhận",
      nameEn: "Dossiers received",
      sector: "inspection_justice_government",
      subGroup: "mot_cua",
      unit: "ho_so",
      valueType: "integer",
      aggregation: { overTime: "sum", overUnits: "sum" },
    },
    {
      code: "mot_cua_truc_tuyen_ty_le",
      nameVi: "Tỷ lệ hồ sơ trực tuyến",
      nameEn: "Share of online dossiers",
      sector: "inspection_justice_government",
      subGroup: "mot_cua",
      unit: "percent",
      valueType: "percent",
      decimals: 0,
      aggregation: {
        overTime: "none",
        overUnits: { kind: "weighted_average", weight: "mot_cua_tiep_nhan" },
      },
      direction: "higher_is_better",
      formula: "mot_cua_truc_tuyen / mot_cua_tiep_nhan * 100",
    },
    {
      code: "an_ninh_ghi_chu",
      nameVi: "Nhận định tình hình an ninh chính trị",
      nameEn: "Political security assessment",
      sector: "defence_security",
      valueType: "text",
    },
  ],
};

/** Runs defineCatalogue on a broken input and returns the problems it reports. */
function problemsOf(input: CatalogueInput): readonly CatalogueProblem[] {
  try {
    defineCatalogue(input);
  } catch (error) {
    expect(error).toBeInstanceOf(BaocaoError);
    const e = error as BaocaoError;
    expect(e.code).toBe("catalogue.invalid");
    return e.details.problems as CatalogueProblem[];
  }
  throw new Error("defineCatalogue accepted a broken catalogue");
}

/** The reference catalogue with indicator `index` patched. */
function withIndicator(index: number, patch: Partial<Record<keyof IndicatorInput, unknown>>) {
  const indicators = reference.indicators.map((ind, i) =>
    i === index ? ({ ...ind, ...patch } as IndicatorInput) : ind,
  );
  return { ...reference, indicators };
}

describe("defineCatalogue on a valid catalogue", () => {
  const catalogue = defineCatalogue(reference);

  it("keeps every indicator in order and indexes it by code", () => {
    expect(catalogue.indicators.map((i) => i.code)).toEqual(
      reference.indicators.map((i) => i.code),
    );
    expect(catalogue.byCode.get("thu_ngan_sach")?.unit).toBe("trieu_dong");
  });

  it("fills defaults: decimals, direction, unit and aggregation of text", () => {
    const area = catalogue.byCode.get("lua_dien_tich_thu_hoach");
    expect(area?.decimals).toBe(2);
    const dossiers = catalogue.byCode.get("mot_cua_tiep_nhan");
    expect(dossiers?.decimals).toBe(0);
    expect(dossiers?.direction).toBe("neutral");
    expect(catalogue.byCode.get("an_ninh_ghi_chu")).toEqual({
      code: "an_ninh_ghi_chu",
      nameVi: "Nhận định tình hình an ninh chính trị",
      nameEn: "Political security assessment",
      sector: "defence_security",
      unit: "none",
      valueType: "text",
      aggregation: { overTime: "none", overUnits: { kind: "none" } },
      disaggregations: [],
      decimals: 0,
      direction: "neutral",
    });
  });

  it("needs no aggregation rule for a derived indicator, which is computed from its parts", () => {
    const catalogue = defineCatalogue({
      indicators: [
        {
          code: "a",
          nameVi: "A",
          nameEn: "A",
          sector: "economy",
          unit: "ho_so",
          valueType: "integer",
          aggregation: { overTime: "sum", overUnits: "sum" },
        },
        {
          code: "rate",
          nameVi: "Tỷ lệ",
          nameEn: "Rate",
          sector: "economy",
          unit: "percent",
          valueType: "percent",
          formula: "a / a * 100",
        },
      ],
    });
    expect(catalogue.byCode.get("rate")?.aggregation).toEqual({
      overTime: "none",
      overUnits: { kind: "none" },
    });
  });

  it("normalises disaggregations with their options and total rule", () => {
    expect(catalogue.byCode.get("hoc_sinh_ra_lop")?.disaggregations).toEqual([
      { set: "school_level", options: ["mam_non", "tieu_hoc", "thcs", "thpt"], totalRule: "sum" },
    ]);
    expect(catalogue.byCode.get("lua_thiet_hai")?.disaggregations).toEqual([
      { set: "damage_band", options: ["tren_70", "tu_30_den_70"], totalRule: "independent" },
    ]);
    expect(catalogue.byCode.get("lua_nang_suat")?.disaggregations).toEqual([
      { set: "rice_season", options: ["he_thu"], totalRule: "sum" },
    ]);
  });

  it("keeps the weight of a weighted average and the formula string", () => {
    const share = catalogue.byCode.get("mot_cua_truc_tuyen_ty_le");
    expect(share?.aggregation.overUnits).toEqual({
      kind: "weighted_average",
      weight: "mot_cua_tiep_nhan",
    });
    expect(share?.formula).toBe("mot_cua_truc_tuyen / mot_cua_tiep_nhan * 100");
  });

  it("accepts extra units and lets indicators use them", () => {
    const input = withIndicator(2, { unit: "cong" });
    const extended = defineCatalogue({
      ...input,
      extraUnits: [
        { code: "cong", symbol: "công", nameEn: "công", dimension: "area", factor: 1000 },
      ],
    });
    expect(extended.byCode.get("lua_thiet_hai")?.unit).toBe("cong");
    expect(extended.measureUnits.some((u) => u.code === "cong")).toBe(true);
  });
});

describe("defineCatalogue problems (each with its path)", () => {
  const cases: readonly [string, CatalogueInput, Partial<CatalogueProblem>][] = [
    [
      "duplicate indicator code",
      withIndicator(3, { code: "lua_nang_suat" }),
      { path: "indicators[3].code", code: "catalogue.duplicate_code", indicator: "lua_nang_suat" },
    ],
    [
      "malformed code",
      withIndicator(3, { code: "Thu Ngân Sách" }),
      { path: "indicators[3].code", code: "catalogue.invalid_code" },
    ],
    [
      "missing name",
      withIndicator(3, { nameVi: " " }),
      { path: "indicators[3].nameVi", code: "catalogue.missing_text", indicator: "thu_ngan_sach" },
    ],
    [
      "unknown sector",
      withIndicator(3, { sector: "finance" }),
      { path: "indicators[3].sector", code: "catalogue.unknown_sector", received: "finance" },
    ],
    [
      "unknown sub-group",
      withIndicator(3, { subGroup: "thue" }),
      { path: "indicators[3].subGroup", code: "catalogue.unknown_sub_group" },
    ],
    [
      "sub-group of another sector",
      withIndicator(3, { subGroup: "giao_duc" }),
      { path: "indicators[3].subGroup", code: "catalogue.sub_group_sector_mismatch" },
    ],
    [
      "unknown unit of measure",
      withIndicator(3, { unit: "trieu" }),
      {
        path: "indicators[3].unit",
        code: "catalogue.unknown_unit",
        indicator: "thu_ngan_sach",
        received: "trieu",
      },
    ],
    [
      "missing unit of a numeric indicator",
      withIndicator(3, { unit: undefined }),
      { path: "indicators[3].unit", code: "catalogue.missing_unit" },
    ],
    [
      "percent indicator with a non-percent unit",
      withIndicator(6, { unit: "ho_so" }),
      {
        path: "indicators[6].unit",
        code: "catalogue.unit_value_type_mismatch",
        expected: "percent",
      },
    ],
    [
      "unknown value type",
      withIndicator(3, { valueType: "money" }),
      { path: "indicators[3].valueType", code: "catalogue.invalid_value_type" },
    ],
    [
      "missing aggregation over time",
      withIndicator(3, { aggregation: { overUnits: "sum" } }),
      { path: "indicators[3].aggregation.overTime", code: "catalogue.missing_aggregation" },
    ],
    [
      "unknown aggregation over units",
      withIndicator(3, { aggregation: { overTime: "sum", overUnits: "median" } }),
      { path: "indicators[3].aggregation.overUnits", code: "catalogue.invalid_aggregation" },
    ],
    [
      "text with sum",
      withIndicator(7, { aggregation: { overTime: "sum", overUnits: "none" } }),
      {
        path: "indicators[7].aggregation.overTime",
        code: "catalogue.incompatible_aggregation",
        expected: "last | none",
        received: "sum",
      },
    ],
    [
      "percent summed over units",
      withIndicator(6, { aggregation: { overTime: "last", overUnits: "sum" } }),
      { path: "indicators[6].aggregation.overUnits", code: "catalogue.incompatible_aggregation" },
    ],
    [
      "weighted_average without a weight indicator",
      withIndicator(1, { aggregation: { overTime: "none", overUnits: "weighted_average" } }),
      {
        path: "indicators[1].aggregation.overUnits.weight",
        code: "catalogue.missing_weight",
        indicator: "lua_nang_suat",
      },
    ],
    [
      "weighted_average with an unknown weight indicator",
      withIndicator(1, {
        aggregation: {
          overTime: "none",
          overUnits: { kind: "weighted_average", weight: "dien_tich" },
        },
      }),
      {
        path: "indicators[1].aggregation.overUnits.weight",
        code: "catalogue.invalid_weight",
        received: "dien_tich",
      },
    ],
    [
      "weighted_average weighted by a text indicator",
      withIndicator(1, {
        aggregation: {
          overTime: "none",
          overUnits: { kind: "weighted_average", weight: "an_ninh_ghi_chu" },
        },
      }),
      { path: "indicators[1].aggregation.overUnits.weight", code: "catalogue.invalid_weight" },
    ],
    [
      "unknown disaggregation",
      withIndicator(4, { disaggregations: ["gender"] }),
      {
        path: "indicators[4].disaggregations[0]",
        code: "catalogue.unknown_category_set",
        received: "gender",
      },
    ],
    [
      "unknown option",
      withIndicator(4, {
        disaggregations: [{ set: "school_level", options: ["thcs", "dai_hoc"] }],
      }),
      {
        path: "indicators[4].disaggregations[0].options[1]",
        code: "catalogue.unknown_option",
        received: "dai_hoc",
      },
    ],
    [
      "the same disaggregation twice",
      withIndicator(4, { disaggregations: ["school_level", { set: "school_level" }] }),
      { path: "indicators[4].disaggregations[1].set", code: "catalogue.duplicate_category_set" },
    ],
    [
      "unknown total rule",
      withIndicator(4, { disaggregations: [{ set: "school_level", totalRule: "max" }] }),
      { path: "indicators[4].disaggregations[0].totalRule", code: "catalogue.invalid_total_rule" },
    ],
    [
      "decimals above 6",
      withIndicator(3, { decimals: 7 }),
      { path: "indicators[3].decimals", code: "catalogue.invalid_decimals", received: 7 },
    ],
    [
      "negative decimals",
      withIndicator(3, { decimals: -1 }),
      { path: "indicators[3].decimals", code: "catalogue.invalid_decimals" },
    ],
    [
      "fractional decimals",
      withIndicator(3, { decimals: 1.5 }),
      { path: "indicators[3].decimals", code: "catalogue.invalid_decimals" },
    ],
    [
      "decimals on an integer indicator",
      withIndicator(5, { decimals: 2 }),
      { path: "indicators[5].decimals", code: "catalogue.invalid_decimals" },
    ],
    [
      "unknown direction",
      withIndicator(3, { direction: "up" }),
      { path: "indicators[3].direction", code: "catalogue.invalid_direction" },
    ],
    [
      "empty formula",
      withIndicator(6, { formula: "" }),
      { path: "indicators[6].formula", code: "catalogue.missing_text" },
    ],
    [
      "duplicate sub-group",
      {
        ...reference,
        subGroups: [...(reference.subGroups ?? []), ...(reference.subGroups ?? []).slice(0, 1)],
      },
      { path: "subGroups[4].code", code: "catalogue.duplicate_code", received: "nong_nghiep" },
    ],
    [
      "sub-group in an unknown sector",
      {
        ...reference,
        subGroups: [
          ...(reference.subGroups ?? []),
          { code: "x", sector: "army", nameVi: "X", nameEn: "X" },
        ],
      },
      { path: "subGroups[4].sector", code: "catalogue.unknown_sector" },
    ],
    [
      "category set without options",
      {
        ...reference,
        categorySets: [
          ...STANDARD_CATEGORY_SETS,
          { code: "gioi_tinh", nameVi: "Giới tính", nameEn: "Sex", options: [] },
        ],
      },
      { path: "categorySets[4].options", code: "catalogue.empty_category_set" },
    ],
    [
      "duplicate option in a category set",
      {
        ...reference,
        categorySets: [
          ...STANDARD_CATEGORY_SETS,
          {
            code: "gioi_tinh",
            nameVi: "Giới tính",
            nameEn: "Sex",
            options: [
              { code: "nam", nameVi: "Nam", nameEn: "Male" },
              { code: "nam", nameVi: "Nữ", nameEn: "Female" },
            ],
          },
        ],
      },
      { path: "categorySets[4].options[1].code", code: "catalogue.duplicate_code" },
    ],
    [
      "duplicate category set",
      {
        ...reference,
        categorySets: [...STANDARD_CATEGORY_SETS, SCHOOL_LEVEL],
      },
      { path: "categorySets[4].code", code: "catalogue.duplicate_code", received: "school_level" },
    ],
    [
      "extra unit clashing with the built-in table",
      {
        ...reference,
        extraUnits: [
          { code: "ha", symbol: "ha", nameEn: "hectare", dimension: "area", factor: 10_000 },
        ],
      },
      { code: "catalogue.duplicate_code", received: "ha" },
    ],
    [
      "extra unit with a zero factor",
      {
        ...reference,
        extraUnits: [
          { code: "cong", symbol: "công", nameEn: "công", dimension: "area", factor: 0 },
        ],
      },
      { path: "extraUnits[0].factor", code: "catalogue.invalid_factor" },
    ],
  ];

  it.each(cases)("%s", (_name, input, expected) => {
    const problems = problemsOf(input);
    expect(problems).toContainEqual(expect.objectContaining(expected));
    for (const p of problems) {
      expect(p.message).toMatch(/\S/);
      expect(p.expected).toMatch(/\S/);
    }
  });

  it("collects every problem, not just the first", () => {
    const input: CatalogueInput = {
      ...reference,
      indicators: reference.indicators.map((ind, i) => {
        if (i === 0) return { ...ind, unit: "mau" };
        if (i === 1)
          return { ...ind, aggregation: { overTime: "none", overUnits: "weighted_average" } };
        if (i === 3) return { ...ind, decimals: 9, code: "lua_thiet_hai" };
        if (i === 7) return { ...ind, aggregation: { overTime: "sum", overUnits: "sum" } };
        return ind;
      }),
    };
    const problems = problemsOf(input);
    expect(problems.map((p) => [p.path, p.code])).toEqual([
      ["indicators[0].unit", "catalogue.unknown_unit"],
      ["indicators[1].aggregation.overUnits.weight", "catalogue.missing_weight"],
      ["indicators[3].decimals", "catalogue.invalid_decimals"],
      ["indicators[7].aggregation.overTime", "catalogue.incompatible_aggregation"],
      ["indicators[7].aggregation.overUnits", "catalogue.incompatible_aggregation"],
      ["indicators[3].code", "catalogue.duplicate_code"],
    ]);
  });

  it("says how many problems there are, in Vietnamese", () => {
    expect(() => defineCatalogue(withIndicator(3, { unit: "trieu", decimals: 8 }))).toThrow(
      /Danh mục chỉ tiêu có 2 lỗi cần sửa: indicators\[3\]\.unit: Đơn vị tính "trieu" không có/,
    );
  });

  it("rejects a catalogue without an indicator list", () => {
    const problems = problemsOf({} as CatalogueInput);
    expect(problems).toEqual([
      expect.objectContaining({ path: "indicators", code: "catalogue.missing_indicators" }),
    ]);
  });
});
