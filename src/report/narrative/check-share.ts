import { type NarrativeFinding, quote, shown, vn } from "./finding.ts";
import type { Mention } from "./mentions.ts";
import { sentenceAround } from "./sentence.ts";
import { percentAgrees, percentRange, rangeOf } from "./tolerance.ts";

const SHARE = /(?<![\p{L}])chiếm(?:\s+tỷ\s+lệ)?\s*$/iu;
const BREAKDOWN = /(?<![\p{L}])(?:trong đó|bao gồm|gồm)(?![\p{L}])/giu;

const counts = (m: Mention): boolean => m.kind === "figure" && !m.percent && m.unit !== undefined;

/**
 * A share against its part and whole, when all three are written: "tiếp nhận 880 hồ sơ (trong
 * đó, trực tuyến 573 hồ sơ, chiếm 65% tổng số…)" — 573 ÷ 880 = 65,11%. The whole is the figure
 * that the "trong đó" / "gồm" before the part breaks down; without one the whole is unknown
 * ("chiếm 45% kế hoạch" may be of anything) and nothing is checked.
 */
export function checkShares(text: string, mentions: readonly Mention[]): NarrativeFinding[] {
  const out: NarrativeFinding[] = [];
  mentions.forEach((stated, i) => {
    if (!stated.percent || stated.kind !== "figure") return;
    const sentence = sentenceAround(text, stated.start);
    if (!SHARE.test(text.slice(Math.max(sentence[0], stated.start - 20), stated.start))) return;
    const part = mentions.slice(0, i).findLast((m) => counts(m) && m.start >= sentence[0]);
    if (!part) return;
    const opener = [...text.slice(sentence[0], part.start).matchAll(BREAKDOWN)].at(-1);
    if (!opener) return;
    const at = sentence[0] + opener.index;
    const whole = mentions
      .filter((m) => counts(m) && m.unit === part.unit && m.start >= sentence[0] && m.end <= at)
      .at(-1);
    if (!whole) return;
    const computed = percentRange(rangeOf(part), rangeOf(whole));
    if (!computed || percentAgrees(stated, computed)) return;
    const exact = (part.value / whole.value) * 100;
    out.push({
      kind: "share_mismatch",
      message: `Tỷ trọng không khớp: ${quote(text, whole.start, stated.end + 15)} — ${part.numeral}/${whole.numeral} = ${vn(exact, shown(stated.decimals))}%, làm tròn là ${vn(exact, stated.decimals)}%, nhưng ghi ${stated.numeral.replace(/\s/g, "")}.`,
    });
  });
  return out;
}
