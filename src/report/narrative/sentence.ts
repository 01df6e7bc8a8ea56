/**
 * Where sentences and list items end. A dot ends a sentence only before a space or the end
 * ("22.313,03" and "5.9" stay numbers); a semicolon ends a list item, not the sentence.
 */
const SENTENCE_END = /[.!?](?=\s|$)/gu;

/** [start, end) of the sentence around `position`. */
export function sentenceAround(text: string, position: number): readonly [number, number] {
  let start = 0;
  let end = text.length;
  for (const m of text.matchAll(SENTENCE_END)) {
    if (m.index < position) start = m.index + 1;
    else {
      end = m.index;
      break;
    }
  }
  return [start, end];
}

/**
 * [start, end) of the list item around `position` at its own parenthesis depth: between the
 * nearest commas or semicolons that are not inside a parenthesis opened within the item.
 */
export function itemAround(
  text: string,
  position: number,
  bounds: readonly [number, number],
): readonly [number, number] {
  let start = position;
  for (let depth = 0; start > bounds[0]; start--) {
    const c = text[start - 1];
    if (c === ")") depth++;
    else if (c === "(") {
      if (depth === 0) break;
      depth--;
    } else if ((c === "," || c === ";") && depth === 0) break;
  }
  let end = position;
  for (let depth = 0; end < bounds[1]; end++) {
    const c = text[end];
    if (c === "(") depth++;
    else if (c === ")") {
      if (depth === 0) break;
      depth--;
    } else if ((c === "," || c === ";") && depth === 0) break;
  }
  return [start, end];
}

/** The text with parenthesized asides taken out: "(lũy kế 6.312 hồ sơ)" says nothing of the item. */
export function withoutAsides(text: string): string {
  let out = "";
  let depth = 0;
  for (const c of text) {
    if (c === "(") depth++;
    else if (c === ")") depth = Math.max(0, depth - 1);
    else if (depth === 0) out += c;
  }
  return out;
}
