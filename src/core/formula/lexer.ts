import type { SourceMap } from "./source-position.ts";
import { syntaxError } from "./syntax-error.ts";

/** Words the language reserves: they can never be indicator codes. */
export const KEYWORDS = ["and", "or", "not", "true", "false"] as const;

/** One of the reserved words. */
export type Keyword = (typeof KEYWORDS)[number];

/** Punctuation and operator symbols, longest first so that `<=` wins over `<`. */
const SYMBOLS = [
  "==",
  "!=",
  "<=",
  ">=",
  "<",
  ">",
  "=",
  "+",
  "-",
  "*",
  "/",
  "^",
  "(",
  ")",
  "[",
  "]",
  ",",
] as const;

/** A punctuation or operator symbol. */
export type SymbolText = (typeof SYMBOLS)[number];

/** A token with its UTF-16 offsets in the source. */
export type Token =
  | {
      readonly type: "number";
      readonly value: number;
      readonly start: number;
      readonly end: number;
    }
  | { readonly type: "name"; readonly text: string; readonly start: number; readonly end: number }
  | {
      readonly type: "keyword";
      readonly text: Keyword;
      readonly start: number;
      readonly end: number;
    }
  | {
      readonly type: "symbol";
      readonly text: SymbolText;
      readonly start: number;
      readonly end: number;
    }
  | { readonly type: "eof"; readonly start: number; readonly end: number };

// Spreadsheet and C habits a clerk may bring along, with the spelling this language wants.
const HINTS: Readonly<Record<string, string>> = {
  "&&": "dùng 'and'",
  "||": "dùng 'or'",
  "!": "dùng 'not' hoặc '!='",
  "<>": "dùng '!='",
  "%": "không có phép '%': viết (a / b * 100)",
};

const NAME_START = /[A-Za-z_]/;
const NAME_PART = /[A-Za-z0-9_]/;
const NUMBER = /\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LETTER = /\p{L}/u;
const LETTER_HINT = "tên chỉ gồm chữ không dấu, chữ số và '_'";
const WHITESPACE = /[ \t\r\n\u00a0]/;

function isKeyword(text: string): text is Keyword {
  return (KEYWORDS as readonly string[]).includes(text);
}

const HINT_KEYS = Object.keys(HINTS).sort((a, b) => b.length - a.length);

function longestMatch<T extends string>(candidates: readonly T[], text: string, i: number) {
  return candidates.find((c) => text.startsWith(c, i));
}

/**
 * Splits `source.text[start, end)` into tokens; throws `formula.syntax` at the first character
 * that cannot start a token. The last token is always `eof`.
 */
export function tokenize(source: SourceMap, start: number, end: number): Token[] {
  // Cutting the text at `end` keeps every match inside the slice; offsets stay those of the whole.
  const text = end >= source.text.length ? source.text : source.text.slice(0, end);
  const tokens: Token[] = [];
  let i = start;
  while (i < end) {
    const ch = text[i] ?? "";
    if (WHITESPACE.test(ch)) {
      i++;
      continue;
    }
    if (/\d/.test(ch)) {
      NUMBER.lastIndex = i;
      const match = NUMBER.exec(text);
      const raw = match?.[0] ?? ch;
      const after = i + raw.length;
      if (after < end && (NAME_PART.test(text[after] ?? "") || text[after] === ".")) {
        let stop = after;
        while (stop < end && /[\w.]/.test(text[stop] ?? "")) stop++;
        throw syntaxError(source, i, "invalid_number", `Số không hợp lệ '${text.slice(i, stop)}'`);
      }
      tokens.push({ type: "number", value: Number(raw), start: i, end: after });
      i = after;
      continue;
    }
    if (NAME_START.test(ch)) {
      let j = i + 1;
      while (j < end && NAME_PART.test(text[j] ?? "")) j++;
      const word = text.slice(i, j);
      tokens.push(
        isKeyword(word)
          ? { type: "keyword", text: word, start: i, end: j }
          : { type: "name", text: word, start: i, end: j },
      );
      i = j;
      continue;
    }
    const symbol = longestMatch(SYMBOLS, text, i);
    const hintKey = longestMatch(HINT_KEYS, text, i);
    const shadowed = hintKey !== undefined && hintKey.length > (symbol?.length ?? 0);
    if (symbol !== undefined && !shadowed) {
      tokens.push({ type: "symbol", text: symbol, start: i, end: i + symbol.length });
      i += symbol.length;
      continue;
    }
    const shown = String.fromCodePoint(text.codePointAt(i) ?? 0);
    const hint = shadowed ? HINTS[hintKey] : LETTER.test(shown) ? LETTER_HINT : undefined;
    const why = hint === undefined ? "" : ` (${hint})`;
    throw syntaxError(source, i, "invalid_character", `Ký tự không hợp lệ '${shown}'${why}`);
  }
  tokens.push({ type: "eof", start: end, end });
  return tokens;
}
