import type { FormulaNode } from "./ast.ts";
import { functionSpec } from "./functions.ts";

function collect(node: FormulaNode, into: Set<string>): void {
  switch (node.kind) {
    case "ref":
      into.add(node.name);
      return;
    case "unary":
      collect(node.operand, into);
      return;
    case "binary":
      collect(node.left, into);
      collect(node.right, into);
      return;
    case "call": {
      // `plan` in `target(x, plan)` is a target kind, not an indicator.
      const skip = functionSpec(node.name)?.targetKindArg;
      node.args.forEach((arg, i) => {
        if (i !== skip) collect(arg, into);
      });
      return;
    }
    default:
      return;
  }
}

/**
 * The indicator codes a formula reads, each once, in order of first appearance.
 * Example: `dependencies(parseFormula("a + ytd(b) - a"))` → `["a", "b"]`.
 */
export function dependencies(tree: FormulaNode): readonly string[] {
  const found = new Set<string>();
  collect(tree, found);
  return Object.freeze([...found]);
}
