/**
 * fast-check generators of formula trees, for the property tests of the parser, printer and
 * evaluator. Trees are built with the node constructors, so they look exactly like parsed ones
 * except for their (dummy) positions.
 */
import fc from "fast-check";
import type { FormulaNode } from "../../../src/core/formula/ast.ts";
import {
  binaryNode,
  booleanNode,
  callNode,
  numberNode,
  refNode,
  selector,
  span,
  unaryNode,
} from "../../../src/core/formula/nodes.ts";

/** The dummy position of generated nodes. */
export const NOWHERE = span(0, 0, 1, 1);

/** Indicator codes the generated trees use; the arithmetic environment gives each a value. */
export const NAMES = ["a", "b", "c", "zero", "missing"] as const;

// Non-negative only: the parser reads `-5` as negation of 5, never as a negative literal.
const literal = fc.oneof(
  fc.integer({ min: 0, max: 1000 }),
  fc.double({ min: 0, max: 1e6, noNaN: true, noDefaultInfinity: true }).map(Math.abs),
  fc.constantFrom(0.5, 56.585, 1e21, 5e-324),
);

const numberLeaf = literal.map((v) => numberNode(v, NOWHERE));

const refLeaf = fc
  .tuple(
    fc.constantFrom(...NAMES),
    fc.array(
      fc.tuple(
        fc.option(fc.constantFrom("level", "season"), { nil: null }),
        fc.constantFrom("p", "q"),
      ),
      { maxLength: 2 },
    ),
  )
  .map(([name, selectors]) =>
    refNode(
      name,
      selectors.map(([category, option]) => selector(category, option, NOWHERE)),
      NOWHERE,
    ),
  );

const BINARY = ["+", "-", "*", "/", "^", "==", "!=", "<", "<=", ">", ">=", "and", "or"] as const;

/** Any tree the parser can produce, well-typed or not (the parser does not check types). */
export const anyTree: fc.Arbitrary<FormulaNode> = fc.letrec<{ node: FormulaNode }>((tie) => ({
  node: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    numberLeaf,
    fc.boolean().map((v) => booleanNode(v, NOWHERE)),
    refLeaf,
    fc
      .tuple(fc.constantFrom("-" as const, "not" as const), tie("node"))
      .map(([op, operand]) => unaryNode(op, operand, NOWHERE)),
    fc
      .tuple(fc.constantFrom(...BINARY), tie("node"), tie("node"))
      .map(([op, left, right]) => binaryNode(op, left, right, NOWHERE)),
    fc
      .tuple(fc.constantFrom("min", "ytd", "if", "f"), fc.array(tie("node"), { maxLength: 3 }))
      .map(([name, args]) => callNode(name, args, NOWHERE, NOWHERE)),
  ),
})).node;

/** Well-typed numeric trees: arithmetic, negation and the numeric built-ins over `NAMES`. */
export const arithmeticTree: fc.Arbitrary<FormulaNode> = fc.letrec<{ node: FormulaNode }>(
  (tie) => ({
    node: fc.oneof(
      { depthSize: "small", withCrossShrink: true },
      numberLeaf,
      fc.constantFrom(...NAMES).map((name) => refNode(name, [], NOWHERE)),
      tie("node").map((operand) => unaryNode("-", operand, NOWHERE)),
      fc
        .tuple(fc.constantFrom("+", "-", "*", "/", "^" as const), tie("node"), tie("node"))
        .map(([op, left, right]) => binaryNode(op, left, right, NOWHERE)),
      fc
        .tuple(
          fc.constantFrom("min", "max", "sum", "coalesce"),
          fc.array(tie("node"), { minLength: 2, maxLength: 3 }),
        )
        .map(([name, args]) => callNode(name, args, NOWHERE, NOWHERE)),
      tie("node").map((x) => callNode("abs", [x], NOWHERE, NOWHERE)),
      fc
        .tuple(tie("node"), fc.integer({ min: 0, max: 3 }))
        .map(([x, n]) => callNode("round", [x, numberNode(n, NOWHERE)], NOWHERE, NOWHERE)),
    ),
  }),
).node;
