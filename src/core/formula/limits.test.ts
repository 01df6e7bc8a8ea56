import { describe, expect, it } from "vitest";
import { isBaocaoError } from "../errors.ts";
import { checkFormula } from "./checker.ts";
import { evaluate } from "./evaluator.ts";
import { FORMULA_LIMITS } from "./limits.ts";
import { parseFormula } from "./parser.ts";
import { printFormula } from "./printer.ts";

function reasonOf(source: string): unknown {
  try {
    parseFormula(source);
  } catch (error) {
    if (isBaocaoError(error, "formula.syntax")) return error.details.reason;
    throw error;
  }
  return "parsed";
}

const deep = FORMULA_LIMITS.nesting + 1;

describe("formula limits", () => {
  it.each([
    ["brackets", `${"(".repeat(deep)}1${")".repeat(deep)}`],
    ["unary minus", `${"-".repeat(deep)}1`],
    ["not", `${"not ".repeat(deep)}true`],
    ["powers", Array.from({ length: deep + 1 }, () => "2").join("^")],
    ["calls", `${"abs(".repeat(deep)}1${")".repeat(deep)}`],
  ])("refuses %s nested deeper than the limit, as a syntax error", (_, source) => {
    expect(reasonOf(source)).toBe("too_deep");
  });

  it("accepts nesting up to the limit", () => {
    const n = FORMULA_LIMITS.nesting;
    expect(reasonOf(`${"(".repeat(n)}1${")".repeat(n)}`)).toBe("parsed");
  });

  it("refuses a source longer than the limit, and too many tokens", () => {
    expect(reasonOf(`a${" ".repeat(FORMULA_LIMITS.length)}`)).toBe("too_long");
    const terms = Array.from({ length: FORMULA_LIMITS.tokens / 2 + 1 }, () => "1").join("+");
    expect(terms.length).toBeLessThanOrEqual(FORMULA_LIMITS.length);
    expect(reasonOf(terms)).toBe("too_long");
  });

  it("walks the longest chain the limits allow without running out of stack", () => {
    const terms = Array.from({ length: FORMULA_LIMITS.tokens / 2 }, () => "1").join("+");
    const tree = parseFormula(terms);
    expect(checkFormula(tree).issues).toEqual([]);
    expect(evaluate(tree, { resolve: () => null }).value).toBe(FORMULA_LIMITS.tokens / 2);
    expect(printFormula(tree)).toBe(terms.replaceAll("+", " + "));
  });
});
