import { type Piece, type Sentence, sentenceText } from "./sentences.ts";
import { tokenize } from "./tokens.ts";

/** The words of a sentence without case, numbers left out (they are what changes month to month). */
export function wordBag(sentence: Sentence): Map<string, number> {
  const bag = new Map<string, number>();
  const text = sentence.pieces
    .filter((p): p is Extract<Piece, { text: string }> => "text" in p)
    .map((p) => p.text)
    .join(" ");
  for (const t of tokenize(text))
    if (t.kind === "word") bag.set(t.text.toLowerCase(), (bag.get(t.text.toLowerCase()) ?? 0) + 1);
  return bag;
}

/**
 * Dice coefficient of two word bags (1: the same words, 0: none shared). Word order is ignored on
 * purpose: offices reorder clauses; the holes are placed by their neighbours afterwards.
 */
export function dice(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  let shared = 0;
  let total = 0;
  for (const [w, n] of a) {
    shared += Math.min(n, b.get(w) ?? 0);
    total += n;
  }
  for (const n of b.values()) total += n;
  return total === 0 ? 0 : (2 * shared) / total;
}

/** For messages: a sentence shortened to about `max` characters. */
export function shortText(sentence: Sentence, max = 120): string {
  const text = sentenceText(sentence);
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
