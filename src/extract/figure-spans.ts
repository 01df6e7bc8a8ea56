import type { Token } from "./tokens.ts";

/** An item of a sentence for alignment: a token, or a whole figure as written ("121,224 tỷ"). */
export type Item =
  | { readonly kind: "token"; readonly token: Token }
  | {
      readonly kind: "figure";
      readonly text: string;
      readonly start: number;
      readonly end: number;
    };

const SCALE = /^(tỷ|tỉ|triệu|nghìn|ngàn)$/iu;
const CHANGE = /^(tăng|giảm)$/iu;

const isNumber = (t: Token | undefined) => t?.kind === "number";
const isScale = (t: Token | undefined) => t?.kind === "word" && SCALE.test(t.text);

/**
 * Groups tokens into figures as Vietnamese reports write them: "96.549", "56,59%", "tăng 1.900",
 * "25 tỷ 465 triệu", the spoken "2 tỷ 9" (read later, and flagged there); other tokens stay.
 * `text` is the figure's source text between its first and last token.
 */
export function figureItems(tokens: readonly Token[], text: string): Item[] {
  const items: Item[] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i] as Token;
    const changed = token.kind === "word" && CHANGE.test(token.text) && isNumber(tokens[i + 1]);
    if (!isNumber(token) && !changed) {
      items.push({ kind: "token", token });
      i++;
      continue;
    }
    const first = i;
    if (changed) i++;
    i++; // the numeral
    if (tokens[i]?.kind === "mark" && tokens[i]?.text === "%") i++;
    else
      while (isScale(tokens[i])) {
        i++;
        // A numeral after a scale word belongs to the figure whatever its shape: "25 tỷ 465
        // triệu", the spoken "2 tỷ 9", or a malformed "25 tỷ 465.000.000" that the reader refuses
        // whole — cutting it at "25 tỷ" would read a wrong value.
        if (isNumber(tokens[i])) i++;
      }
    const start = (tokens[first] as Token).start;
    const end = (tokens[i - 1] as Token).end;
    items.push({ kind: "figure", text: text.slice(start, end), start, end });
  }
  return items;
}
