import { describe, expect, it } from "vitest";
import { evaluate } from "./evaluator.ts";
import { parseFormula } from "./parser.ts";
import { referenceTexts } from "./reference-texts.ts";

describe("referenceTexts", () => {
  it("names references as the evaluator reports them", () => {
    const source = "pct_of(ytd(x), plan) + y[p] - last_year(y[p]) + sum_children(z) + 2 * y[p]";
    const tree = parseFormula(source);
    const env = { resolve: () => 1, resolveChildren: () => [1, 2] };
    const read = [...new Set(evaluate(tree, env).references.map((r) => r.text))];
    expect(referenceTexts(tree)).toEqual(read);
    expect(read).toEqual([
      "ytd(x)",
      "target(ytd(x), plan)",
      "y[p]",
      "last_year(y[p])",
      "sum_children(z)",
    ]);
  });

  it("does not descend into target kinds or offsets", () => {
    expect(referenceTexts(parseFormula("target(offset(x, -2), plan)"))).toEqual([
      "target(offset(x, -2), plan)",
    ]);
  });
});
