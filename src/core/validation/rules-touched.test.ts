import { describe, expect, it } from "vitest";
import type { ReferenceQuery } from "../formula/index.ts";
import { defineRule } from "./define-rule.ts";
import { evaluateRule } from "./evaluate-rule.ts";
import type { RuleInput } from "./rule.ts";
import { RulesTouched } from "./rules-touched.ts";

const rule = (code: string, left: string, operator: RuleInput["operator"], right: string) =>
  defineRule({ code, left, operator, right, severity: "warning", message: "{left} {right}" });

// `rate` and `share` are derived indicators: rate = a / e, share = rate * 100.
const FORMULAS: Record<string, readonly string[]> = { rate: ["a", "e"], share: ["rate"] };
const formulaReads = (code: string) => FORMULAS[code];

const RULES = [
  rule("sum", "a + b", "==", "c"),
  rule("ytd", "ytd(d)", "<=", "100"),
  rule("derived", "rate", ">=", "0.5"),
  rule("two_steps", "share", "<", "90"),
  rule("other_unit", "at(f, NH_CSXH)", ">=", "b"),
  rule("constant", "1", "==", "1"),
];
const touched = new RulesTouched(RULES, formulaReads);
const codes = (indicators: string[]) => touched.by(indicators).map((r) => r.code);

describe("RulesTouched", () => {
  it("picks the rules that read a changed indicator, directly or through derived ones", () => {
    expect(codes(["a"])).toEqual(["sum", "derived", "two_steps"]);
    expect(codes(["e"])).toEqual(["derived", "two_steps"]);
    expect(codes(["d"])).toEqual(["ytd"]);
    expect(codes(["b"])).toEqual(["sum", "other_unit"]);
    expect(codes(["f"])).toEqual(["other_unit"]);
    expect(codes(["z"])).toEqual([]);
  });

  it("lists each rule once, in the rules' order, whatever the order of the changes", () => {
    expect(codes(["f", "c", "a", "a"])).toEqual(["sum", "derived", "two_steps", "other_unit"]);
  });

  // The property the save relies on: a rule left out keeps its outcome when the change is made.
  it("never leaves out a rule whose outcome a change of one indicator turns", () => {
    const base: Record<string, number> = { a: 60, b: 10, c: 70, d: 50, e: 100, f: 10 };
    const outcomes = (values: Record<string, number>) => {
      const read = (name: string): number => {
        if (name === "rate") return read("a") / read("e");
        if (name === "share") return read("rate") * 100;
        return values[name] ?? 0;
      };
      const env = { resolve: (q: ReferenceQuery) => read(q.indicator) };
      return RULES.map((r) => evaluateRule(r, env) === null);
    };
    const before = outcomes(base);
    let turned = 0;
    for (const code of Object.keys(base)) {
      for (const value of [0, 1, 45, 99, 200, 10_000]) {
        const after = outcomes({ ...base, [code]: value });
        const picked = new Set(codes([code]));
        RULES.forEach((r, i) => {
          if (after[i] !== before[i]) {
            turned++;
            expect(picked, `${code} = ${value} turns ${r.code}`).toContain(r.code);
          }
        });
      }
    }
    // The check above must have had something to check.
    expect(turned).toBeGreaterThan(5);
  });
});
