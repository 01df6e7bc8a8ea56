import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { anyTree, NOWHERE } from "../../../test/support/arbitraries/formula.ts";
import { binaryNode, numberNode, refNode, unaryNode } from "./nodes.ts";
import { parseFormula } from "./parser.ts";
import { printFormula } from "./printer.ts";
import { equalTrees } from "./tree-equal.ts";

describe("printFormula", () => {
  it.each([
    ["a+b*c", "a + b * c"],
    ["(a+b)*c", "(a + b) * c"],
    ["a-(b-c)", "a - (b - c)"],
    ["(a-b)-c", "a - b - c"],
    ["a+(b+c)", "a + (b + c)"],
    ["(2^3)^2", "(2 ^ 3) ^ 2"],
    ["2^3^2", "2 ^ 3 ^ 2"],
    ["(-2)^2", "(-2) ^ 2"],
    ["-2^2", "-2 ^ 2"],
    ["2^-x", "2 ^ -x"],
    ["-(a+b)", "-(a + b)"],
    ["(a<b)==(c>d)", "(a < b) == (c > d)"],
    ["not (a and b)", "not (a and b)"],
    ["(not a) == b", "(not a) == b"],
    ["a or (b or c)", "a or (b or c)"],
    ["x[ level = p ,q]", "x[level=p, q]"],
    ["pct_of( budget , plan )", "pct_of(budget, plan)"],
    ["f()", "f()"],
    ["0.1 + 1e21", "0.1 + 1e+21"],
  ])("%s → %s", (source, printed) => {
    expect(printFormula(parseFormula(source))).toBe(printed);
  });

  it("keeps a negative literal built by code apart from its neighbours", () => {
    const tree = binaryNode("^", numberNode(-2, NOWHERE), refNode("x", [], NOWHERE), NOWHERE);
    expect(printFormula(tree)).toBe("(-2) ^ x");
    expect(printFormula(unaryNode("-", numberNode(-2, NOWHERE), NOWHERE))).toBe("--2");
  });

  it("property: parsing a printed tree gives the same tree back", () => {
    fc.assert(
      fc.property(anyTree, (tree) => {
        const printed = printFormula(tree);
        const reparsed = parseFormula(printed);
        expect(equalTrees(reparsed, tree)).toBe(true);
        expect(printFormula(reparsed)).toBe(printed);
      }),
      { numRuns: 500 },
    );
  });
});
