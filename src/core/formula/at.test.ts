import { describe, expect, it } from "vitest";
import { checkFormula } from "./checker.ts";
import { dependencies } from "./dependencies.ts";
import { evaluate } from "./evaluator.ts";
import { parseFormula } from "./parser.ts";
import { printFormula } from "./printer.ts";
import type { ReferenceQuery } from "./reference.ts";
import { simpleSymbols } from "./symbols.ts";

describe("at(x, UNIT): a figure of another reporting unit", () => {
  const symbols = simpleSymbols({ loans: [] });

  it("asks the environment for the named unit, composing with the period functions", () => {
    const seen: ReferenceQuery[] = [];
    const tree = parseFormula("at(ytd(loans), NH_CSXH) - at(loans, AGRIBANK)");
    const result = evaluate(tree, {
      resolve: (q) => {
        seen.push(q);
        return q.unit === "NH_CSXH" ? 100 : 30;
      },
    });
    expect(result.value).toBe(70);
    expect(seen.map((q) => [q.indicator, q.unit, q.period.ytd])).toEqual([
      ["loans", "NH_CSXH", true],
      ["loans", "AGRIBANK", false],
    ]);
    expect(result.references.map((r) => r.text)).toEqual([
      "at(ytd(loans), NH_CSXH)",
      "at(loans, AGRIBANK)",
    ]);
  });

  it("is checked: the unit is a code, not an indicator, and must be a bare name", () => {
    expect(checkFormula(parseFormula("at(loans, NH_CSXH)"), symbols).issues).toEqual([]);
    expect(dependencies(parseFormula("at(loans, NH_CSXH)"))).toEqual(["loans"]);
    const bad = checkFormula(parseFormula("at(loans, 3)"), symbols).issues.map((i) => i.code);
    expect(bad).toContain("formula.invalid_argument");
    expect(printFormula(parseFormula("at( loans ,NH_CSXH )"))).toBe("at(loans, NH_CSXH)");
  });
});
