import { normalizeText } from "../core/numbers/parse-figure.ts";

/** A word, a numeral or one punctuation mark of a sentence, with where it sits in that sentence. */
export interface Token {
  readonly kind: "word" | "number" | "mark";
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

const TOKEN = /(\d+(?:[.,]\d+)*)|(\p{L}[\p{L}\p{M}\d_]*)|(\S)/gu;

/**
 * The plain text of a report as the aligner compares it: NFC, one space, no Markdown emphasis
 * (`*tăng 1.900*` in the reference text) and no footnote marks (`thị xã¹`), which a template
 * writes as runs, not characters.
 */
export function cleanText(text: string): string {
  return normalizeText(cleanPiece(text));
}

/** The same cleaning for a piece of a template line: its spaces at either end are kept. */
export function cleanPiece(text: string): string {
  return text
    .normalize("NFC")
    .replace(/\*+/g, "")
    .replace(/[¹²³⁴⁵⁶⁷⁸⁹⁰]+/g, "")
    .replace(/[\u00a0\u2007\u202f\u2009\s]+/g, " ");
}

/** Splits a cleaned text into tokens; numerals keep their marks ("96.549" is one token). */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const kind = m[1] !== undefined ? "number" : m[2] !== undefined ? "word" : "mark";
    const start = m.index ?? 0;
    tokens.push({ kind, text: m[0], start, end: start + m[0].length });
  }
  return tokens;
}

/** How two tokens compare in context: words without case, numerals and marks as written. */
export function sameToken(a: Token, b: Token): boolean {
  if (a.kind !== b.kind) return false;
  return a.kind === "word" ? a.text.toLowerCase() === b.text.toLowerCase() : a.text === b.text;
}
