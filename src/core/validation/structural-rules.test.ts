import { describe, expect, it } from "vitest";
import { twoSetCatalogue } from "../../../test/engine/two-sets-fixture.ts";
import { defineCatalogue } from "../catalogue/index.ts";
import type { BalanceDeclaration } from "./balance.ts";
import { evaluateRules } from "./evaluate-rule.ts";
import { structuralRules } from "./structural-rules.ts";
import { AUGUST_2023, catalogue, tableEnv } from "./test-fixtures.ts";

const landBalance: BalanceDeclaration = {
  code: "tnmt_ho_so",
  parts: ["tnmt_dung_han", "tnmt_tre_han", "tnmt_trong_han"],
  total: "tnmt_tiep_nhan",
};

const balances: readonly BalanceDeclaration[] = [
  landBalance,
  {
    code: "mot_cua_ho_so",
    parts: ["mot_cua_dung_han", "mot_cua_tre_han", "mot_cua_trong_han"],
    total: "mot_cua_tiep_nhan",
    severity: "warning",
  },
];

describe("structuralRules", () => {
  const rules = structuralRules(catalogue, balances);
  const byCode = new Map(rules.map((r) => [r.code, r]));

  it("derives sums for `sum` disaggregations and part-within-whole for every part", () => {
    expect(rules.map((r) => r.code)).toEqual([
      "structure.parts_sum.hoc_sinh_ra_lop.school_level",
      "structure.part_within_whole.hoc_sinh_ra_lop.school_level.mam_non",
      "structure.part_within_whole.hoc_sinh_ra_lop.school_level.tieu_hoc",
      "structure.part_within_whole.hoc_sinh_ra_lop.school_level.thcs",
      "structure.part_within_whole.hoc_sinh_ra_lop.school_level.thpt",
      // damage bands are an independent total: no sum rule, only parts within the whole
      "structure.part_within_whole.lua_thiet_hai.damage_band.tren_70",
      "structure.part_within_whole.lua_thiet_hai.damage_band.tu_30_den_70",
      "structure.parts_sum.lua_san_luong.rice_season",
      "structure.part_within_whole.lua_san_luong.rice_season.dong_xuan",
      "structure.part_within_whole.lua_san_luong.rice_season.he_thu",
      "structure.part_within_whole.lua_san_luong.rice_season.thu_dong",
      "balance.tnmt_ho_so",
      "balance.mot_cua_ho_so",
    ]);
  });

  it("checks each set of a two-set indicator, unless its options would add an independent set", () => {
    const codes = structuralRules(defineCatalogue(twoSetCatalogue)).map((r) => r.code);
    expect(codes.filter((c) => c.includes(".crop_area."))).toEqual([
      "structure.parts_sum.crop_area.season",
      "structure.part_within_whole.crop_area.season.dong_xuan",
      "structure.part_within_whole.crop_area.season.he_thu",
      "structure.part_within_whole.crop_area.season.mua",
      "structure.parts_sum.crop_area.crop",
      "structure.part_within_whole.crop_area.crop.lua",
      "structure.part_within_whole.crop_area.crop.ngo",
    ]);
    // Damage by season would add up crops, whose total is entered on its own.
    expect(codes.filter((c) => c.includes(".crop_damage."))).toEqual([
      "structure.part_within_whole.crop_damage.crop.lua",
      "structure.part_within_whole.crop_damage.crop.ngo",
    ]);
  });

  it("skips percentages, whose parts do not add up", () => {
    expect(rules.some((r) => r.code.includes("hoc_sinh_ra_lop_ty_le"))).toBe(false);
  });

  it("writes the sum rule with explicit categories and a rounding tolerance", () => {
    const sum = byCode.get("structure.parts_sum.lua_san_luong.rice_season");
    expect(sum?.left.source).toBe(
      "lua_san_luong[rice_season=dong_xuan] + lua_san_luong[rice_season=he_thu] + lua_san_luong[rice_season=thu_dong]",
    );
    // three parts shown to whole tonnes: each may be off by half a tonne
    expect(sum?.tolerance).toBe(1.5);
    expect(byCode.get("structure.parts_sum.hoc_sinh_ra_lop.school_level")?.tolerance).toBe(0);
  });

  it("finds only the land dossier imbalance in the August 2023 report", () => {
    const findings = evaluateRules(rules, tableEnv(AUGUST_2023));
    expect(findings.map((f) => [f.ruleCode, f.severity, f.message])).toEqual([
      [
        "balance.tnmt_ho_so",
        "error",
        "Hồ sơ giải quyết đúng hạn + Hồ sơ giải quyết trễ hạn + Hồ sơ trong thời hạn giải quyết (853) không bằng Hồ sơ tài nguyên, môi trường tiếp nhận (852)",
      ],
    ]);
  });

  it("finds school levels that do not add up and a part larger than its whole", () => {
    const figures = {
      ...AUGUST_2023,
      "hoc_sinh_ra_lop[school_level=thpt]": 2656,
      "lua_thiet_hai[damage_band=tren_70]": 2700,
    };
    const findings = evaluateRules(rules, tableEnv(figures));
    expect(findings.map((f) => f.message)).toEqual([
      '"Học sinh ra lớp": cộng các mục theo cấp học (16.733) không bằng tổng số (16.633)',
      '"Diện tích lúa, hoa màu bị thiệt hại": mục Thiệt hại trên 70% (2.700) lớn hơn tổng số (2.631)',
      "Hồ sơ giải quyết đúng hạn + Hồ sơ giải quyết trễ hạn + Hồ sơ trong thời hạn giải quyết (853) không bằng Hồ sơ tài nguyên, môi trường tiếp nhận (852)",
    ]);
  });

  it("cannot judge a sum while a part is missing, but still checks the parts it has", () => {
    const figures = { lua_san_luong: 96549, "lua_san_luong[rice_season=he_thu]": 96549 };
    expect(evaluateRules(rules, tableEnv(figures))).toEqual([]);
  });

  it("keeps a balance's own message and severity", () => {
    const custom = structuralRules(catalogue, [
      { ...landBalance, code: "tnmt", severity: "info", message: "Lệch {difference} hồ sơ" },
    ]);
    const findings = evaluateRules(custom, tableEnv(AUGUST_2023));
    expect(findings.map((f) => [f.severity, f.message])).toEqual([["info", "Lệch 1 hồ sơ"]]);
  });

  it("rejects a balance naming an unknown indicator", () => {
    expect(() =>
      structuralRules(catalogue, [{ code: "x", parts: ["tnmt_dung_han"], total: "tnmt_nhan" }]),
    ).toThrow(expect.objectContaining({ code: "formula.unknown_name" }));
  });
});
