import type { FormulaNode } from "./ast.ts";
import { AGAINST_LAST_YEAR } from "./functions.ts";
import { printFormula } from "./printer.ts";
import { bareName, readReference } from "./reference.ts";

function collect(node: FormulaNode, into: Set<string>): void {
  if (readReference(node).ok) {
    into.add(printFormula(node));
    return;
  }
  switch (node.kind) {
    case "unary":
      collect(node.operand, into);
      return;
    case "binary":
      collect(node.left, into);
      collect(node.right, into);
      return;
    case "call": {
      const [first, second] = node.args;
      if (node.name === "pct_of" && first !== undefined) {
        const text = printFormula(first);
        into.add(text);
        into.add(`target(${text}, ${bareName(second) ?? "?"})`);
        return;
      }
      if (AGAINST_LAST_YEAR.has(node.name) && first !== undefined) {
        const text = printFormula(first);
        into.add(text);
        into.add(`last_year(${text})`);
        return;
      }
      if (node.name === "sum_children") {
        into.add(printFormula(node));
        return;
      }
      for (const arg of node.args) collect(arg, into);
      return;
    }
    default:
      return;
  }
}

/**
 * The texts under which `evaluate` reports the values it reads (its `references[].text`),
 * known before evaluating: `referenceTexts(parseFormula("pct_of(ytd(x), plan) + y"))` →
 * `["ytd(x)", "target(ytd(x), plan)", "y"]`. Message templates may name them as placeholders.
 */
export function referenceTexts(tree: FormulaNode): readonly string[] {
  const found = new Set<string>();
  collect(tree, found);
  return Object.freeze([...found]);
}
