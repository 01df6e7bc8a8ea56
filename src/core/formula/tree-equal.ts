import type { FormulaNode, Selector } from "./ast.ts";

function sameSelectors(a: readonly Selector[], b: readonly Selector[]): boolean {
  return (
    a.length === b.length &&
    a.every((s, i) => s.category === b[i]?.category && s.option === b[i]?.option)
  );
}

function sameList(a: readonly FormulaNode[], b: readonly FormulaNode[]): boolean {
  return (
    a.length === b.length &&
    a.every((node, i) => {
      const other = b[i];
      return other !== undefined && equalTrees(node, other);
    })
  );
}

/**
 * True when two trees have the same shape and contents, whatever their source positions:
 * `equalTrees(parseFormula("a+b"), parseFormula("a + (b)"))` is true.
 */
export function equalTrees(a: FormulaNode, b: FormulaNode): boolean {
  switch (a.kind) {
    case "number":
    case "boolean":
      return b.kind === a.kind && Object.is(b.value, a.value);
    case "ref":
      return b.kind === "ref" && b.name === a.name && sameSelectors(a.selectors, b.selectors);
    case "unary":
      return b.kind === "unary" && b.op === a.op && equalTrees(a.operand, b.operand);
    case "binary":
      return (
        b.kind === "binary" &&
        b.op === a.op &&
        equalTrees(a.left, b.left) &&
        equalTrees(a.right, b.right)
      );
    case "call":
      return b.kind === "call" && b.name === a.name && sameList(a.args, b.args);
  }
}
