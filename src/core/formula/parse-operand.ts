import type { FormulaNode, Selector } from "./ast.ts";
import type { Token } from "./lexer.ts";
import { booleanNode, callNode, numberNode, refNode, selector } from "./nodes.ts";
import { describeToken, type TokenCursor } from "./token-cursor.ts";

/** Parses a whole expression; handed in by the parser so that operands can nest. */
export type ParseExpression = (cursor: TokenCursor) => FormulaNode;

type NameToken = Token & { type: "name" };

function expectName(cursor: TokenCursor): NameToken {
  const token = cursor.next();
  if (token.type === "name") return token;
  throw cursor.fail(
    token,
    "invalid_selector",
    `Cần mã phân tổ trong '[…]', gặp ${describeToken(token)}`,
  );
}

function parseSelector(cursor: TokenCursor): Selector {
  const first = expectName(cursor);
  if (!cursor.isSymbol("=")) {
    return selector(null, first.text, cursor.source.spanOf(first.start, first.end));
  }
  cursor.next();
  const option = expectName(cursor);
  return selector(first.text, option.text, cursor.source.spanOf(first.start, option.end));
}

function parseNamed(cursor: TokenCursor, name: NameToken, parse: ParseExpression): FormulaNode {
  const nameSpan = cursor.source.spanOf(name.start, name.end);
  if (cursor.isSymbol("(")) {
    const open = cursor.next();
    const args: FormulaNode[] = [];
    if (!cursor.isSymbol(")")) {
      args.push(cursor.nest(open, () => parse(cursor)));
      while (cursor.isSymbol(",")) {
        cursor.next();
        args.push(cursor.nest(open, () => parse(cursor)));
      }
    }
    const close = cursor.expectSymbol(")");
    return callNode(name.text, args, nameSpan, cursor.source.spanOf(name.start, close.end));
  }
  if (cursor.isSymbol("[")) {
    cursor.next();
    const selectors = [parseSelector(cursor)];
    while (cursor.isSymbol(",")) {
      cursor.next();
      selectors.push(parseSelector(cursor));
    }
    const close = cursor.expectSymbol("]");
    return refNode(name.text, selectors, cursor.source.spanOf(name.start, close.end));
  }
  return refNode(name.text, [], nameSpan);
}

/** Parses an operand: a number, `true`/`false`, a reference, a call or a parenthesised expression. */
export function parseOperand(cursor: TokenCursor, parse: ParseExpression): FormulaNode {
  const token = cursor.next();
  const at = cursor.source.spanOf(token.start, token.end);
  switch (token.type) {
    case "number":
      return numberNode(token.value, at);
    case "name":
      return parseNamed(cursor, token, parse);
    case "keyword":
      if (token.text === "true" || token.text === "false")
        return booleanNode(token.text === "true", at);
      break;
    case "symbol":
      if (token.text === "(") {
        const inner = cursor.nest(token, () => parse(cursor));
        cursor.expectSymbol(")");
        return inner;
      }
      break;
    case "eof":
      throw cursor.fail(token, "unexpected_token", "Công thức bị cụt, thiếu một giá trị");
  }
  throw cursor.fail(token, "unexpected_token", `Không mong đợi ${describeToken(token)}`);
}
