import type {
  BinaryNode,
  BinaryOperator,
  BooleanNode,
  CallNode,
  FormulaNode,
  NumberNode,
  RefNode,
  Selector,
  Span,
  UnaryNode,
  UnaryOperator,
} from "./ast.ts";

// Children are frozen when they are built, so freezing each new node and its arrays is enough
// to make the whole tree deeply immutable.

/** Freezes a span. */
export function span(start: number, end: number, line: number, column: number): Span {
  return Object.freeze({ start, end, line, column });
}

/** Builds a frozen number literal. */
export function numberNode(value: number, at: Span): NumberNode {
  return Object.freeze({ kind: "number", value, span: at });
}

/** Builds a frozen boolean literal. */
export function booleanNode(value: boolean, at: Span): BooleanNode {
  return Object.freeze({ kind: "boolean", value, span: at });
}

/** Builds a frozen selector (`option` or `category=option`). */
export function selector(category: string | null, option: string, at: Span): Selector {
  return Object.freeze({ category, option, span: at });
}

/** Builds a frozen reference. */
export function refNode(name: string, selectors: readonly Selector[], at: Span): RefNode {
  return Object.freeze({ kind: "ref", name, selectors: Object.freeze([...selectors]), span: at });
}

/** Builds a frozen unary node. */
export function unaryNode(op: UnaryOperator, operand: FormulaNode, at: Span): UnaryNode {
  return Object.freeze({ kind: "unary", op, operand, span: at });
}

/** Builds a frozen binary node. */
export function binaryNode(
  op: BinaryOperator,
  left: FormulaNode,
  right: FormulaNode,
  at: Span,
): BinaryNode {
  return Object.freeze({ kind: "binary", op, left, right, span: at });
}

/** Builds a frozen call node. */
export function callNode(
  name: string,
  args: readonly FormulaNode[],
  nameSpan: Span,
  at: Span,
): CallNode {
  return Object.freeze({ kind: "call", name, args: Object.freeze([...args]), nameSpan, span: at });
}
