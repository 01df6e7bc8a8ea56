import type { BaocaoError } from "../errors.ts";
import type { Token } from "./lexer.ts";
import { FORMULA_LIMITS } from "./limits.ts";
import type { SourceMap } from "./source-position.ts";
import { type SyntaxReason, syntaxError } from "./syntax-error.ts";

/** A read position in a token list, shared by the grammar rules of the parser. */
export interface TokenCursor {
  readonly source: SourceMap;
  peek(): Token;
  next(): Token;
  isSymbol(text: string): boolean;
  isKeyword(text: string): boolean;
  /** Consumes the symbol or throws "Thiếu dấu '…'". */
  expectSymbol(text: string): Token;
  fail(token: Token, reason: SyntaxReason, what: string): BaocaoError;
  /**
   * Parses something nested one level deeper (a bracket, a call, a unary operand) and refuses,
   * at `token`, nesting deeper than FORMULA_LIMITS.nesting.
   */
  nest<T>(token: Token, parse: () => T): T;
}

/** How a token is named in messages: "tên 'x'", "số 2", "cuối công thức". */
export function describeToken(token: Token): string {
  switch (token.type) {
    case "eof":
      return "cuối công thức";
    case "number":
      return `số ${token.value}`;
    case "name":
      return `tên '${token.text}'`;
    default:
      return `'${token.text}'`;
  }
}

/** A cursor over tokens that end with `eof`; it never moves past the `eof`. */
export function tokenCursor(source: SourceMap, tokens: readonly Token[]): TokenCursor {
  let index = 0;
  let depth = 0;
  const last = tokens[tokens.length - 1] as Token;
  const peek = (): Token => tokens[index] ?? last;
  const next = (): Token => {
    const token = peek();
    if (token.type !== "eof") index++;
    return token;
  };
  const fail = (token: Token, reason: SyntaxReason, what: string): BaocaoError =>
    syntaxError(source, token.start, reason, what, { found: describeToken(token) });
  return {
    source,
    peek,
    next,
    fail,
    nest(token, parse) {
      if (depth >= FORMULA_LIMITS.nesting) {
        const what = `Công thức lồng nhau quá ${FORMULA_LIMITS.nesting} tầng`;
        throw fail(token, "too_deep", what);
      }
      depth++;
      try {
        return parse();
      } finally {
        depth--;
      }
    },
    isSymbol(text) {
      const token = peek();
      return token.type === "symbol" && token.text === text;
    },
    isKeyword(text) {
      const token = peek();
      return token.type === "keyword" && token.text === text;
    },
    expectSymbol(text) {
      const token = peek();
      if (token.type === "symbol" && token.text === text) return next();
      const found = token.type === "eof" ? "" : ` (gặp ${describeToken(token)})`;
      throw syntaxError(source, token.start, "missing_token", `Thiếu dấu '${text}'${found}`, {
        expected: text,
        found: describeToken(token),
      });
    },
  };
}
