import type { BinaryOperator, FormulaNode } from "./ast.ts";
import { tokenize } from "./lexer.ts";
import { FORMULA_LIMITS } from "./limits.ts";
import { binaryNode, unaryNode } from "./nodes.ts";
import { parseOperand } from "./parse-operand.ts";
import { sourceMap } from "./source-position.ts";
import { syntaxError } from "./syntax-error.ts";
import { describeToken, type TokenCursor, tokenCursor } from "./token-cursor.ts";

/** Where to parse inside a longer text (a report template); positions stay those of the whole text. */
export interface ParseOptions {
  /** First UTF-16 offset to read (default 0). */
  readonly start?: number;
  /** Offset after the last one to read (default: end of text). */
  readonly end?: number;
}

// Grammar, loosest first:
//   or := and ("or" and)* ; and := not ("and" not)* ; not := "not" not | comparison
//   comparison := additive (cmp additive)?            (no chaining)
//   additive := multiplicative (("+"|"-") multiplicative)*
//   multiplicative := unary (("*"|"/") unary)*
//   unary := "-" unary | power ; power := operand ("^" unary)?   (so -2^2 = -(2^2), 2^-1 ok)

const COMPARISONS: readonly string[] = ["==", "!=", "<", "<=", ">", ">="];

function binary(cursor: TokenCursor, op: BinaryOperator, left: FormulaNode, right: FormulaNode) {
  return binaryNode(op, left, right, cursor.source.spanOf(left.span.start, right.span.end));
}

function leftAssociative(
  ops: readonly string[],
  operand: (cursor: TokenCursor) => FormulaNode,
): (cursor: TokenCursor) => FormulaNode {
  return (cursor) => {
    let left = operand(cursor);
    for (
      let token = cursor.peek();
      "text" in token && ops.includes(token.text);
      token = cursor.peek()
    ) {
      cursor.next();
      left = binary(cursor, token.text as BinaryOperator, left, operand(cursor));
    }
    return left;
  };
}

function parseUnary(cursor: TokenCursor): FormulaNode {
  if (cursor.isSymbol("-")) {
    const token = cursor.next();
    const operand = cursor.nest(token, () => parseUnary(cursor));
    return unaryNode("-", operand, cursor.source.spanOf(token.start, operand.span.end));
  }
  const base = parseOperand(cursor, parseOr);
  if (!cursor.isSymbol("^")) return base;
  const power = cursor.next();
  return binary(
    cursor,
    "^",
    base,
    cursor.nest(power, () => parseUnary(cursor)),
  );
}

const parseMultiplicative = leftAssociative(["*", "/"], parseUnary);
const parseAdditive = leftAssociative(["+", "-"], parseMultiplicative);

// Comparisons do not chain: `a < b < c` is almost always a mistake for `a < b and b < c`.
function parseComparison(cursor: TokenCursor): FormulaNode {
  const left = parseAdditive(cursor);
  const token = cursor.peek();
  if (token.type !== "symbol" || !COMPARISONS.includes(token.text)) return left;
  cursor.next();
  const node = binary(cursor, token.text as BinaryOperator, left, parseAdditive(cursor));
  const after = cursor.peek();
  if (after.type === "symbol" && COMPARISONS.includes(after.text)) {
    const what = "Không thể nối liền hai phép so sánh (viết 'a < b and b < c')";
    throw cursor.fail(after, "chained_comparison", what);
  }
  return node;
}

function parseNot(cursor: TokenCursor): FormulaNode {
  if (!cursor.isKeyword("not")) return parseComparison(cursor);
  const token = cursor.next();
  const operand = cursor.nest(token, () => parseNot(cursor));
  return unaryNode("not", operand, cursor.source.spanOf(token.start, operand.span.end));
}

const parseAnd = leftAssociative(["and"], parseNot);

function parseOr(cursor: TokenCursor): FormulaNode {
  return leftAssociative(["or"], parseAnd)(cursor);
}

/**
 * Parses a formula into a frozen tree with source positions. Throws `formula.syntax` with line,
 * column and an excerpt. Example: `parseFormula("pct_of(thu_ngan_sach, plan)")`.
 */
export function parseFormula(text: string, options: ParseOptions = {}): FormulaNode {
  const source = sourceMap(text);
  const start = options.start ?? 0;
  const end = options.end ?? text.length;
  if (end - start > FORMULA_LIMITS.length) {
    const what = `Công thức dài quá ${FORMULA_LIMITS.length} ký tự`;
    throw syntaxError(source, start, "too_long", what, { length: end - start });
  }
  const tokens = tokenize(source, start, end);
  if (tokens.length - 1 > FORMULA_LIMITS.tokens) {
    const what = `Công thức có quá ${FORMULA_LIMITS.tokens} thành phần`;
    throw syntaxError(source, start, "too_long", what, { tokens: tokens.length - 1 });
  }
  const cursor = tokenCursor(source, tokens);
  const first = cursor.peek();
  if (first.type === "eof") throw cursor.fail(first, "empty", "Công thức trống");
  const tree = parseOr(cursor);
  const rest = cursor.peek();
  if (rest.type === "eof") return tree;
  const isSymbol = rest.type === "symbol";
  const what =
    isSymbol && rest.text === ")"
      ? "Thừa dấu ')'"
      : isSymbol && rest.text === "="
        ? "Dấu '=' đứng lẻ (so sánh bằng viết '==')"
        : `Không mong đợi ${describeToken(rest)}`;
  throw cursor.fail(rest, "unexpected_token", what);
}
