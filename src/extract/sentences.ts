import { cleanText } from "./tokens.ts";

/** A piece of a sentence: literal text, or the index of a template figure (a hole). */
export type Piece = { readonly text: string } | { readonly hole: number };

/** A sentence of a report or of a template: its pieces and the paragraph it came from. */
export interface Sentence {
  readonly paragraph: number;
  readonly pieces: readonly Piece[];
}

// A sentence ends at ";" or at ". ! ?" before a capital or an item dash: decimal marks
// ("96.549", "5,219") are never followed by a space, so they never split a sentence.
const BOUNDARY = /;\s+|[.!?]\s+(?=[\p{Lu}\-+–(“"])/gu;

/** Splits a paragraph's pieces into sentences; holes never split. */
export function splitSentences(paragraph: number, pieces: readonly Piece[]): Sentence[] {
  const sentences: Sentence[] = [];
  let current: Piece[] = [];
  const close = () => {
    if (current.some((p) => ("hole" in p ? true : p.text.trim() !== "")))
      sentences.push({ paragraph, pieces: current });
    current = [];
  };
  for (const piece of pieces) {
    if ("hole" in piece) {
      current.push(piece);
      continue;
    }
    let last = 0;
    for (const m of piece.text.matchAll(BOUNDARY)) {
      const end = (m.index ?? 0) + m[0].trimEnd().length;
      current.push({ text: piece.text.slice(last, end) });
      close();
      last = (m.index ?? 0) + m[0].length;
    }
    current.push({ text: piece.text.slice(last) });
  }
  close();
  return sentences;
}

/**
 * The sentences of a past report's plain text: one paragraph per non-empty line, each cleaned
 * (see cleanText) and split. Short footnote lines and page furniture are kept: they just match
 * nothing.
 */
export function reportSentences(text: string): Sentence[] {
  return paragraphs(text).flatMap((line, i) => splitSentences(i, [{ text: line }]));
}

const FOOTNOTE_LINE = /^[¹²³⁴⁵⁶⁷⁸⁹⁰]/;

/**
 * The paragraphs of a plain text. A page break leaves a paragraph cut in two ("… lũy kế đến nay
 * đã" / "giải quyết việc làm cho 3.033 …"), sometimes with the page's footnote between: a line
 * that does not end a sentence is joined to the next one that starts in lower case.
 */
export function paragraphs(text: string): string[] {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  const body: string[] = [];
  const notes: string[] = [];
  for (const raw of lines) {
    const line = raw.trim();
    if (line === "") continue;
    if (FOOTNOTE_LINE.test(line)) {
      notes.push(cleanText(line));
      continue;
    }
    const clean = cleanText(line);
    const last = body[body.length - 1];
    if (last !== undefined && !/[.:;!?]$/.test(last) && /^[\p{Ll}\d(]/u.test(clean))
      body[body.length - 1] = `${last} ${clean}`;
    else body.push(clean);
  }
  return [...body, ...notes].filter((p) => p !== "");
}

/** A report sentence as one string. */
export function sentenceText(sentence: Sentence): string {
  return sentence.pieces.map((p) => ("text" in p ? p.text : "{…}")).join("");
}
