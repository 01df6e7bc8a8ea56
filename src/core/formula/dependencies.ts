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
      // `plan` in `target(x, plan)` is a target kind and `NH_CSXH` in `at(x, NH_CSXH)` a unit.
      const spec = functionSpec(node.name);
      node.args.forEach((arg, i) => {
        if (i !== spec?.targetKindArg && i !== spec?.unitArg) collect(arg, into);
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

/** The names given as one argument of calls (`pick` says which argument of which call), each once. */
function namedArguments(
  tree: FormulaNode,
  pick: (call: Extract<FormulaNode, { kind: "call" }>) => FormulaNode | undefined,
): readonly string[] {
  const found = new Set<string>();
  const visit = (node: FormulaNode): void => {
    if (node.kind === "unary") visit(node.operand);
    if (node.kind === "binary") {
      visit(node.left);
      visit(node.right);
    }
    if (node.kind === "call") {
      const named = pick(node);
      if (named?.kind === "ref") found.add(named.name);
      node.args.forEach(visit);
    }
  };
  visit(tree);
  return Object.freeze([...found]);
}

/**
 * The reporting units a formula names with `at(x, UNIT)`, each once.
 * Example: `referencedUnits(parseFormula("at(loans, NH_CSXH)"))` → `["NH_CSXH"]`.
 */
export function referencedUnits(tree: FormulaNode): readonly string[] {
  return namedArguments(tree, (call) => (call.name === "at" ? call.args[1] : undefined));
}

/**
 * The target kinds a formula names (`plan` in `target(x, plan)`, `pct_of(x, plan)`), each once.
 * Example: `referencedTargetKinds(parseFormula("pct_of(ytd(x), du_toan)"))` → `["du_toan"]`.
 */
export function referencedTargetKinds(tree: FormulaNode): readonly string[] {
  return namedArguments(tree, (call) => {
    const index = functionSpec(call.name)?.targetKindArg;
    return index === undefined ? undefined : call.args[index];
  });
}
