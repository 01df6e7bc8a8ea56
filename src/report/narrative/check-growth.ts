import { BASE_PHRASE, CHANGE, CURRENT_TO_CHANGE, counts, JOINED } from "./change-words.ts";
import { type NarrativeFinding, quote, shown, vn } from "./finding.ts";
import type { Mention } from "./mentions.ts";
import { sentenceAround } from "./sentence.ts";
import { percentAgrees, type Range, rangeOf } from "./tolerance.ts";

/** Range of the change from `base` to `now`, in % of the base, the way the word reads it. */
function growthRange(now: Range, base: Range, word: string): Range | undefined {
  if (base.lo <= 0) return undefined;
  return word === "giảm"
    ? { lo: (1 - now.hi / base.lo) * 100, hi: (1 - now.lo / base.hi) * 100 }
    : { lo: (now.lo / base.hi - 1) * 100, hi: (now.hi / base.lo - 1) * 100 };
}

/**
 * A % change written with both ends and no amount: "đạt 1.234,5 tỷ đồng, tăng 8,2% so với cùng
 * kỳ (1.141 tỷ đồng)" — (1.234,5 − 1.141) ÷ 1.141 = 8,19%. Changes that also write the amount
 * are `checkChanges`' own.
 */
export function checkGrowth(text: string, all: readonly Mention[]): NarrativeFinding[] {
  const out: NarrativeFinding[] = [];
  // "so với cùng kỳ năm 2022 là 1.141 tỷ đồng": the year stands between the % and its base.
  const mentions = all.filter((x) => x.kind !== "not_data");
  for (const m of text.matchAll(CHANGE)) {
    const end = m.index + m[0].length;
    const i = mentions.findIndex((x) => x.start >= end);
    const pct = mentions[i];
    const next = mentions[i + 1];
    if (!pct?.percent || pct.kind !== "figure" || !/^\s*$/u.test(text.slice(end, pct.start)))
      continue;
    if (next && JOINED.test(text.slice(pct.unitEnd, next.start))) continue;
    const sentence = sentenceAround(text, m.index);
    const now = mentions
      .filter((x) => counts(x) && x.end <= m.index && x.start >= sentence[0])
      .at(-1);
    if (!now || !CURRENT_TO_CHANGE.test(text.slice(now.unitEnd, m.index))) continue;
    const base = next;
    if (!base || !counts(base) || base.unit !== now.unit || base.end > sentence[1]) continue;
    if (!BASE_PHRASE.test(text.slice(pct.unitEnd, base.start))) continue;
    const word = (m[1] ?? "").toLowerCase();
    const computed = growthRange(rangeOf(now), rangeOf(base), word);
    if (!computed || percentAgrees(pct, computed)) continue;
    const exact = (Math.abs(now.value - base.value) / base.value) * 100;
    const actual = now.value >= base.value ? "tăng" : "giảm";
    const scale = 10 ** now.exponent;
    out.push({
      kind: "change_mismatch",
      message: `Tỷ lệ ${word} không khớp với số kỳ so sánh: ${quote(text, now.start, base.unitEnd + 1)} — từ ${vn(base.value / scale, base.decimals)} đến ${vn(now.value / scale, now.decimals)} là ${actual} ${vn(exact, shown(pct.decimals))}%, làm tròn là ${vn(exact, pct.decimals)}%, nhưng ghi ${word} ${pct.numeral.replace(/\s/g, "")}.`,
    });
  }
  return out;
}
