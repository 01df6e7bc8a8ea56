import { describe, expect, it } from "vitest";
import { dependencies, referencedTargetKinds } from "./dependencies.ts";
import { parseFormula } from "./parser.ts";

describe("dependencies", () => {
  it("lists each indicator once, in order of first appearance", () => {
    expect(dependencies(parseFormula("b + ytd(a) - b * last_year(c[x])"))).toEqual(["b", "a", "c"]);
  });

  it("does not count target kinds as indicators", () => {
    expect(dependencies(parseFormula("pct_of(revenue, plan) + target(x, assigned)"))).toEqual([
      "revenue",
      "x",
    ]);
  });

  it("is empty for constants", () => {
    expect(dependencies(parseFormula("round(1 / 3, 2)"))).toEqual([]);
  });
});

describe("referencedTargetKinds", () => {
  it("lists the kinds named as a target kind, not the indicators", () => {
    expect(
      referencedTargetKinds(
        parseFormula("pct_of(ytd(revenue), du_toan) + target(plan_x, plan) - pct_of(x, du_toan)"),
      ),
    ).toEqual(["du_toan", "plan"]);
    expect(referencedTargetKinds(parseFormula("ytd(revenue) + plan_x"))).toEqual([]);
  });
});
