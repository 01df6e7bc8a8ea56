/**
 * The formula tree. Every node is frozen and carries the span of source text it came from, so
 * that the checker and the evaluator can point a clerk at line and column of a problem.
 */

/** Where a node sits in the source: UTF-16 offsets [start, end) and the 1-based line and column of start. */
export interface Span {
  readonly start: number;
  readonly end: number;
  readonly line: number;
  readonly column: number;
}

/** Binary operators, from arithmetic to logic. */
export type BinaryOperator =
  | "+"
  | "-"
  | "*"
  | "/"
  | "^"
  | "=="
  | "!="
  | "<"
  | "<="
  | ">"
  | ">="
  | "and"
  | "or";

/** Unary operators: numeric negation and logical `not`. */
export type UnaryOperator = "-" | "not";

/** A numeric literal such as `56.59` (source always uses `.` as decimal mark). */
export interface NumberNode {
  readonly kind: "number";
  readonly value: number;
  readonly span: Span;
}

/** `true` or `false`. */
export interface BooleanNode {
  readonly kind: "boolean";
  readonly value: boolean;
  readonly span: Span;
}

/**
 * One disaggregation selector inside `[…]`: `summer_autumn` (option only, category inferred)
 * or `level=primary` (explicit category).
 */
export interface Selector {
  readonly category: string | null;
  readonly option: string;
  readonly span: Span;
}

/** A bare name: an indicator code, optionally narrowed by selectors (`x[level=primary]`). */
export interface RefNode {
  readonly kind: "ref";
  readonly name: string;
  readonly selectors: readonly Selector[];
  readonly span: Span;
}

/** `-x` or `not x`. */
export interface UnaryNode {
  readonly kind: "unary";
  readonly op: UnaryOperator;
  readonly operand: FormulaNode;
  readonly span: Span;
}

/** `left op right`. */
export interface BinaryNode {
  readonly kind: "binary";
  readonly op: BinaryOperator;
  readonly left: FormulaNode;
  readonly right: FormulaNode;
  readonly span: Span;
}

/** A function call `name(arg, …)`; `nameSpan` points at the name alone. */
export interface CallNode {
  readonly kind: "call";
  readonly name: string;
  readonly args: readonly FormulaNode[];
  readonly nameSpan: Span;
  readonly span: Span;
}

/** Any node of the formula tree. */
export type FormulaNode = NumberNode | BooleanNode | RefNode | UnaryNode | BinaryNode | CallNode;

/** The kinds of node, for exhaustive switches and tests. */
export type FormulaNodeKind = FormulaNode["kind"];
