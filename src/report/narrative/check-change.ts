import { BASE_PHRASE, CHANGE, CURRENT_TO_CHANGE, counts, JOINED } from "./change-words.ts";
import { type NarrativeFinding, quote, shown, vn } from "./finding.ts";
import type { Mention } from "./mentions.ts";
import { sentenceAround } from "./sentence.ts";
import { percentAgrees, percentRange, type Range, rangeOf } from "./tolerance.ts";

interface Change {
  readonly word: "tăng" | "giảm";
  readonly pct: Mention;
  readonly amount: Mention;
  readonly at: number;
}

/** The change phrases with both a % and an absolute amount. */
function changes(text: string, mentions: readonly Mention[]): Change[] {
  const out: Change[] = [];
  for (const m of text.matchAll(CHANGE)) {
    const end = m.index + m[0].length;
    const i = mentions.findIndex((x) => x.start >= end);
    const first = mentions[i];
    const second = mentions[i + 1];
    if (!first || !second || !/^\s*$/u.test(text.slice(end, first.start))) continue;
    if (!JOINED.test(text.slice(first.unitEnd, second.start))) continue;
    const word = (m[1] ?? "").toLowerCase() === "giảm" ? "giảm" : "tăng";
    if (first.percent && first.kind === "figure" && counts(second))
      out.push({ word, pct: first, amount: second, at: m.index });
    else if (counts(first) && second.percent && second.kind === "figure")
      out.push({ word, pct: second, amount: first, at: m.index });
  }
  return out;
}

/** The base of a change: "so với cùng kỳ (năm 2022 là) 58.957 ha" after it, or the figure before it less the change. */
function baseOf(
  text: string,
  mentions: readonly Mention[],
  c: Change,
): { range: Range; value: number; at: Mention } | undefined {
  const sentence = sentenceAround(text, c.at);
  const pairEnd = Math.max(c.pct.unitEnd, c.amount.unitEnd);
  const later = mentions.find(
    (x) => x.start >= pairEnd && x.end <= sentence[1] && (counts(x) || x.percent),
  );
  if (
    later &&
    counts(later) &&
    later.unit === c.amount.unit &&
    BASE_PHRASE.test(text.slice(pairEnd, later.start))
  )
    return { range: rangeOf(later), value: later.value, at: later };
  const current = mentions
    .filter((x) => counts(x) && x.unit === c.amount.unit && x.end <= c.at && x.start >= sentence[0])
    .at(-1);
  if (!current || !CURRENT_TO_CHANGE.test(text.slice(current.unitEnd, c.at))) return undefined;
  const now = rangeOf(current);
  const amount = Math.abs(c.amount.value);
  const delta = rangeOf({ ...c.amount, value: Math.abs(c.amount.value) });
  return c.word === "giảm"
    ? {
        range: { lo: now.lo + delta.lo, hi: now.hi + delta.hi },
        value: current.value + amount,
        at: current,
      }
    : {
        range: { lo: now.lo - delta.hi, hi: now.hi - delta.lo },
        value: current.value - amount,
        at: current,
      };
}

/**
 * A percentage change against its absolute change on the base the sentence states: "58.095 ha,
 * giảm 1,6% (-862 ha)" means a base of 58.957 ha, and 862 ÷ 58.957 = 1,46%, not 1,6%. Also
 * flags a sign that contradicts the word ("tăng 2% (-862 ha)").
 */
export function checkChanges(text: string, mentions: readonly Mention[]): NarrativeFinding[] {
  const out: NarrativeFinding[] = [];
  for (const c of changes(text, mentions)) {
    const from = Math.min(c.pct.start, c.amount.start, c.at);
    const to = Math.max(c.pct.unitEnd, c.amount.unitEnd) + 1;
    const signWord = c.amount.value < 0 ? "giảm" : "tăng";
    if (
      c.amount.value !== 0 &&
      /^[+\-−]/u.test(text.slice(c.amount.start)) &&
      signWord !== c.word
    ) {
      out.push({
        kind: "change_mismatch",
        message: `Chiều tăng/giảm không khớp: ${quote(text, from, to)} — ghi "${c.word}" nhưng số ${text.slice(c.amount.start, c.amount.end)} là ${signWord}.`,
      });
      continue;
    }
    const base = baseOf(text, mentions, c);
    if (!base) continue;
    const quoted = quote(text, Math.min(from, base.at.start), Math.max(to, base.at.unitEnd));
    const computed = percentRange(
      rangeOf({ ...c.amount, value: Math.abs(c.amount.value) }),
      base.range,
    );
    if (!computed || percentAgrees(c.pct, computed)) continue;
    const exact = (Math.abs(c.amount.value) / base.value) * 100;
    const scale = 10 ** c.amount.exponent;
    out.push({
      kind: "change_mismatch",
      message: `Tỷ lệ ${c.word} không khớp với số ${c.word}: ${quoted} — ${vn(Math.abs(c.amount.value) / scale, c.amount.decimals)}/${vn(base.value / scale, c.amount.decimals)} (số kỳ so sánh) = ${vn(exact, shown(c.pct.decimals))}%, làm tròn là ${vn(exact, c.pct.decimals)}%, nhưng ghi ${c.pct.numeral.replace(/\s/g, "")}.`,
    });
  }
  return out;
}
