import { describe, expect, it } from "vitest";
import { isBaocaoError } from "../errors.ts";
import { catalogueSymbols } from "./catalogue-symbols.ts";
import { defineRule } from "./define-rule.ts";
import type { RuleInput } from "./rule.ts";
import { catalogue } from "./test-fixtures.ts";

const symbols = catalogueSymbols(catalogue);

const base: RuleInput = {
  code: "mot_cua.can_doi",
  left: "mot_cua_dung_han + mot_cua_tre_han + mot_cua_trong_han",
  operator: "==",
  right: "mot_cua_tiep_nhan",
  severity: "error",
  message: "Cộng lại ({left}) khác số tiếp nhận ({right}), lệch {difference}",
};

function failure(input: RuleInput) {
  try {
    defineRule(input, symbols);
  } catch (error) {
    if (isBaocaoError(error)) return error;
    throw error;
  }
  throw new Error("defined");
}

describe("defineRule", () => {
  it("compiles both sides and freezes the rule", () => {
    const rule = defineRule(base, symbols);
    expect(rule.left.dependencies).toEqual([
      "mot_cua_dung_han",
      "mot_cua_tre_han",
      "mot_cua_trong_han",
    ]);
    expect(rule.right.type).toBe("number");
    expect(rule).toMatchObject({ tolerance: 0, decimals: null, severity: "error" });
    expect(Object.isFrozen(rule)).toBe(true);
  });

  it("rejects bad codes, operators, severities, tolerances and rounding", () => {
    expect(failure({ ...base, code: "Mot Cua" }).code).toBe("validation.invalid_rule");
    expect(failure({ ...base, operator: "=" as never }).message).toBe(
      'Quy tắc "mot_cua.can_doi": phép so sánh "=" không hợp lệ (== != < <= > >=)',
    );
    expect(failure({ ...base, severity: "fatal" as never }).details).toMatchObject({
      field: "severity",
    });
    expect(failure({ ...base, tolerance: -1 }).details).toMatchObject({ field: "tolerance" });
    expect(failure({ ...base, decimals: 1.5 }).details).toMatchObject({ field: "decimals" });
    expect(failure({ ...base, message: " " }).details).toMatchObject({ field: "message" });
  });

  it("names the rule and the side of a formula error, with its position", () => {
    const error = failure({ ...base, right: "mot_cua_tiep_nhn" });
    expect(error.code).toBe("formula.unknown_name");
    expect(error.message).toBe(
      "Quy tắc \"mot_cua.can_doi\", vế phải: Không có chỉ tiêu 'mot_cua_tiep_nhn' ở dòng 1, cột 1",
    );
    expect(error.details).toMatchObject({
      rule: "mot_cua.can_doi",
      side: "right",
      line: 1,
      column: 1,
    });
    expect(failure({ ...base, left: "mot_cua_dung_han +" }).code).toBe("formula.syntax");
  });

  it("demands numbers on both sides", () => {
    expect(failure({ ...base, left: "mot_cua_dung_han > 1" }).code).toBe("formula.type_mismatch");
  });

  it("rejects placeholders that name nothing either side reads", () => {
    const error = failure({ ...base, message: "Lệch {diference} so với {mot_cua_tiep_nhan}" });
    expect(error.message).toBe(
      'Quy tắc "mot_cua.can_doi": thông báo dùng chỗ trống không có: {diference}',
    );
  });

  it("checks names only against the symbols it is given", () => {
    expect(() => defineRule({ ...base, right: "anything_at_all" })).not.toThrow();
  });
});
