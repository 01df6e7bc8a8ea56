import { describe, expect, it } from "vitest";
import { catalogueSymbols } from "./catalogue-symbols.ts";
import { defineRule } from "./define-rule.ts";
import { evaluateRule, evaluateRules } from "./evaluate-rule.ts";
import type { RuleInput } from "./rule.ts";
import { AUGUST_2023, catalogue, tableEnv } from "./test-fixtures.ts";

const symbols = catalogueSymbols(catalogue);
const august = tableEnv(AUGUST_2023);

const landBalance: RuleInput = {
  code: "tnmt.ho_so_can_doi",
  left: "sum(tnmt_dung_han, tnmt_tre_han, tnmt_trong_han)",
  operator: "==",
  right: "tnmt_tiep_nhan",
  severity: "error",
  message: "Số hồ sơ đã giải quyết ({left}) cộng trong hạn không bằng số tiếp nhận ({right})",
};

// A stated percentage against the one computed from its figures, allowing for a report that
// rounds to whole percents: half a point either way.
function statedPercentRule(level: string | null): RuleInput {
  const part = level === null ? "" : `[school_level=${level}]`;
  return {
    code: `giao_duc.ty_le_ra_lop${level === null ? "" : `.${level}`}`,
    left: `hoc_sinh_ra_lop_ty_le${part}`,
    operator: "==",
    right: `pct_of(hoc_sinh_ra_lop${part}, resolution)`,
    severity: "warning",
    message: "Tỷ lệ ghi trong báo cáo ({left}%) khác tỷ lệ tính được ({right}%)",
    tolerance: 0.5,
  };
}

describe("evaluateRule: the reference report's inconsistencies", () => {
  it("finds that 829 resolved on time + 24 pending ≠ 852 land dossiers received", () => {
    const finding = evaluateRule(defineRule(landBalance, symbols), august);
    expect(finding).toEqual({
      ruleCode: "tnmt.ho_so_can_doi",
      severity: "error",
      message: "Số hồ sơ đã giải quyết (853) cộng trong hạn không bằng số tiếp nhận (852)",
      operator: "==",
      left: 853,
      right: 852,
      difference: 1,
      values: [
        { reference: "tnmt_dung_han", value: 829 },
        { reference: "tnmt_tre_han", value: null },
        { reference: "tnmt_trong_han", value: 24 },
        { reference: "tnmt_tiep_nhan", value: 852 },
      ],
    });
  });

  it("finds nothing in the one-stop shop: 719 + 1 + 160 = 880", () => {
    const rule = defineRule(
      {
        ...landBalance,
        code: "mot_cua.ho_so_can_doi",
        left: "mot_cua_dung_han + mot_cua_tre_han + mot_cua_trong_han",
        right: "mot_cua_tiep_nhan",
      },
      symbols,
    );
    expect(evaluateRule(rule, august)).toBeNull();
  });

  it("fires on 6524/6422 written as 101% (it is 101.59%)", () => {
    const finding = evaluateRule(defineRule(statedPercentRule("tieu_hoc"), symbols), august);
    expect(finding?.message).toBe("Tỷ lệ ghi trong báo cáo (101%) khác tỷ lệ tính được (101,59%)");
    expect(finding?.left).toBe(101);
    expect(finding?.right).toBeCloseTo(101.588, 3);
    expect(finding?.difference).toBeCloseTo(-0.588, 3);
    expect(finding?.values).toEqual([
      { reference: "hoc_sinh_ra_lop_ty_le[school_level=tieu_hoc]", value: 101 },
      { reference: "hoc_sinh_ra_lop[school_level=tieu_hoc]", value: 6524 },
      { reference: "target(hoc_sinh_ra_lop[school_level=tieu_hoc], resolution)", value: 6422 },
    ]);
  });

  it("does not fire on 16.633/16.543 written as 101% (100.54% rounds to 101%)", () => {
    expect(evaluateRule(defineRule(statedPercentRule(null), symbols), august)).toBeNull();
  });

  it("reaches the same verdicts by rounding to whole percents instead of a tolerance", () => {
    const rounded = (level: string | null) =>
      defineRule({ ...statedPercentRule(level), tolerance: 0, decimals: 0 }, symbols);
    expect(evaluateRule(rounded("tieu_hoc"), august)).toMatchObject({ left: 101, right: 102 });
    expect(evaluateRule(rounded(null), august)).toBeNull();
  });

  it("accepts the other levels as written (87.2%, 103%, 107%)", () => {
    for (const level of ["mam_non", "thcs", "thpt"]) {
      expect(evaluateRule(defineRule(statedPercentRule(level), symbols), august)).toBeNull();
    }
  });
});

describe("evaluateRule: missing data and operators", () => {
  it("stays silent when a side has no data", () => {
    const rule = defineRule(landBalance, symbols);
    expect(evaluateRule(rule, tableEnv({ tnmt_dung_han: 829 }))).toBeNull();
    expect(evaluateRule(rule, tableEnv({}))).toBeNull();
  });

  it("writes missing values in the message as such", () => {
    const rule = defineRule(
      {
        ...landBalance,
        message: "Đúng hạn {tnmt_dung_han}, trễ hạn {tnmt_tre_han}, chênh lệch {difference}",
      },
      symbols,
    );
    expect(evaluateRule(rule, august)?.message).toBe(
      "Đúng hạn 829, trễ hạn không có số liệu, chênh lệch 1",
    );
  });

  it("judges ordering rules with their tolerance", () => {
    const rule = defineRule(
      {
        code: "thiet_hai.trong_tong",
        left: "lua_thiet_hai[damage_band=tren_70]",
        operator: "<=",
        right: "lua_thiet_hai",
        severity: "error",
        message: "{left} > {right}",
        tolerance: 0.5,
      },
      symbols,
    );
    expect(evaluateRule(rule, august)).toBeNull();
    const over = tableEnv({ ...AUGUST_2023, "lua_thiet_hai[damage_band=tren_70]": 2631.4 });
    expect(evaluateRule(rule, over)).toBeNull();
    const wayOver = tableEnv({ ...AUGUST_2023, "lua_thiet_hai[damage_band=tren_70]": 2700 });
    expect(evaluateRule(rule, wayOver)?.message).toBe("2.700 > 2.631");
  });

  it("returns every finding, errors first", () => {
    const rules = [
      defineRule(statedPercentRule("tieu_hoc"), symbols),
      defineRule(landBalance, symbols),
      defineRule(statedPercentRule(null), symbols),
    ];
    expect(evaluateRules(rules, august).map((f) => f.ruleCode)).toEqual([
      "tnmt.ho_so_can_doi",
      "giao_duc.ty_le_ra_lop.tieu_hoc",
    ]);
  });
});
