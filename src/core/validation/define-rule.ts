import { BaocaoError, isBaocaoError } from "../errors.ts";
import {
  type CheckedFormula,
  compileFormula,
  type FormulaSymbols,
  referenceTexts,
} from "../formula/index.ts";
import { FIXED_PLACEHOLDERS, placeholdersOf } from "./message-template.ts";
import {
  RULE_OPERATORS,
  type RuleInput,
  type RuleOperator,
  SEVERITIES,
  type Severity,
  type ValidationRule,
} from "./rule.ts";

const CODE = /^[a-z][a-z0-9_]*(\.[a-z0-9_]+)*$/;
const MAX_DECIMALS = 6;

function invalid(code: string, message: string, details: Record<string, unknown>): BaocaoError {
  return new BaocaoError("validation.invalid_rule", `Quy tắc "${code}": ${message}`, {
    rule: code,
    ...details,
  });
}

// A formula error must say which rule and which side it is in, or nobody can find it.
function compileSide(
  rule: string,
  side: "left" | "right",
  source: string,
  symbols: FormulaSymbols | undefined,
): CheckedFormula {
  try {
    return compileFormula(source, symbols, { expect: "number" });
  } catch (error) {
    if (!isBaocaoError(error)) throw error;
    const where = side === "left" ? "vế trái" : "vế phải";
    throw new BaocaoError(error.code, `Quy tắc "${rule}", ${where}: ${error.message}`, {
      ...error.details,
      rule,
      side,
    });
  }
}

/**
 * Validates a rule and compiles both sides (checked against `symbols` when given). Throws
 * `validation.invalid_rule` for a bad code, operator, severity, tolerance or placeholder, and
 * the formula error (with `rule` and `side` in its details) for a bad expression.
 */
export function defineRule(input: RuleInput, symbols?: FormulaSymbols): ValidationRule {
  const code = input.code;
  if (typeof code !== "string" || !CODE.test(code)) {
    throw invalid(String(code), "mã quy tắc phải viết thường, dạng linh_vuc.ten_quy_tac", {
      field: "code",
    });
  }
  if (!RULE_OPERATORS.includes(input.operator as RuleOperator)) {
    throw invalid(
      code,
      `phép so sánh "${input.operator}" không hợp lệ (${RULE_OPERATORS.join(" ")})`,
      {
        field: "operator",
      },
    );
  }
  if (!SEVERITIES.includes(input.severity as Severity)) {
    throw invalid(code, `mức độ "${input.severity}" không hợp lệ (error, warning, info)`, {
      field: "severity",
    });
  }
  const tolerance = input.tolerance ?? 0;
  if (!Number.isFinite(tolerance) || tolerance < 0) {
    throw invalid(code, "dung sai phải là số không âm", { field: "tolerance" });
  }
  const decimals = input.decimals ?? null;
  if (
    decimals !== null &&
    (!Number.isInteger(decimals) || decimals < 0 || decimals > MAX_DECIMALS)
  ) {
    throw invalid(code, `số chữ số làm tròn phải là số nguyên từ 0 đến ${MAX_DECIMALS}`, {
      field: "decimals",
    });
  }
  if (typeof input.message !== "string" || input.message.trim() === "") {
    throw invalid(code, "thiếu thông báo", { field: "message" });
  }
  const left = compileSide(code, "left", input.left, symbols);
  const right = compileSide(code, "right", input.right, symbols);
  const known = new Set([
    ...FIXED_PLACEHOLDERS,
    ...referenceTexts(left.tree),
    ...referenceTexts(right.tree),
  ]);
  const unknown = placeholdersOf(input.message).filter((p) => !known.has(p));
  if (unknown.length > 0) {
    throw invalid(
      code,
      `thông báo dùng chỗ trống không có: ${unknown.map((p) => `{${p}}`).join(", ")}`,
      {
        field: "message",
        unknown,
        known: [...known],
      },
    );
  }
  return Object.freeze({
    code,
    left,
    operator: input.operator,
    right,
    severity: input.severity,
    message: input.message,
    tolerance,
    decimals,
  });
}
