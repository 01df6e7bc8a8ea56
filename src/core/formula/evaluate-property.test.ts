import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { arithmeticTree } from "../../../test/support/arbitraries/formula.ts";
import type { FormulaNode } from "./ast.ts";
import { roundHalfUp } from "./decimal-round.ts";
import { evaluate } from "./evaluator.ts";
import { parseFormula } from "./parser.ts";
import { printFormula } from "./printer.ts";

const VALUES: Record<string, number | null> = { a: 852, b: 56.585, c: -3, zero: 0, missing: null };

const finite = (v: number): number | null => (Number.isFinite(v) ? v : null);

// An independent, deliberately plain evaluator of the generated trees: the oracle.
function direct(node: FormulaNode): number | null {
  switch (node.kind) {
    case "number":
      return node.value;
    case "ref":
      return VALUES[node.name] ?? null;
    case "unary": {
      const v = direct(node.operand);
      return v === null ? null : -v;
    }
    case "binary": {
      const l = direct(node.left);
      const r = direct(node.right);
      if (l === null || r === null) return null;
      if (node.op === "+") return finite(l + r);
      if (node.op === "-") return finite(l - r);
      if (node.op === "*") return finite(l * r);
      if (node.op === "/") return r === 0 ? null : finite(l / r);
      return finite(l ** r);
    }
    case "call": {
      const args = node.args.map(direct);
      const present = args.filter((v): v is number => v !== null);
      switch (node.name) {
        case "min":
          return args.includes(null) ? null : Math.min(...present);
        case "max":
          return args.includes(null) ? null : Math.max(...present);
        case "sum":
          return present.length === 0 ? null : finite(present.reduce((x, y) => x + y, 0));
        case "coalesce":
          return present[0] ?? null;
        case "abs":
          return args[0] == null ? null : Math.abs(args[0]);
        default:
          return args[0] == null || args[1] == null ? null : roundHalfUp(args[0], args[1]);
      }
    }
    default:
      throw new Error(`not generated: ${node.kind}`);
  }
}

describe("evaluate (property)", () => {
  it("evaluating the parsed print of a random tree equals evaluating the tree directly", () => {
    const env = { resolve: (q: { indicator: string }) => VALUES[q.indicator] ?? null };
    fc.assert(
      fc.property(arithmeticTree, (tree) => {
        const expected = direct(tree);
        const actual = evaluate(parseFormula(printFormula(tree)), env).value;
        // -0 and 0 are the same figure in a report; the evaluator normalises the result.
        expect(actual).toBe(expected === 0 ? 0 : expected);
      }),
      { numRuns: 1000 },
    );
  });
});
