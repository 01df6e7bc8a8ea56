import { type NarrativeFinding, quote, shown, vn } from "./finding.ts";
import type { Mention } from "./mentions.ts";
import { percentAgrees, percentRange, rangeOf } from "./tolerance.ts";

// What may stand between "x/y unit" and its percentage: words, a comma, no other number and
// no semicolon ("6.524/6.422 học sinh đạt 101%", "22.313,03/22.338,49 ha, đạt tỷ lệ 99,89%").
const BETWEEN_AFTER = /^[^;()\d]{0,40}$/u;
const BETWEEN_BEFORE = /^\s*\(\s*$/u;

const isNumber = (m: Mention): boolean => !m.percent && (m.kind === "figure" || m.kind === "bare");

/** The left side of "966/7.326 triệu đồng" borrows the scale written once after the pair. */
function borrowScale(done: Mention, total: Mention): Mention {
  if (done.exponent !== 0 || total.exponent === 0) return done;
  return { ...done, value: done.value * 10 ** total.exponent, exponent: total.exponent };
}

/**
 * "x/y …, đạt p%": p must be x ÷ y × 100 rounded to the decimals written (see `percentAgrees`).
 * Also "đạt p% (x/y …)".
 * @example "cấp tiểu học 6.524/6.422 học sinh đạt 101%" → 101,59% rounds to 102%
 */
export function checkRatios(text: string, mentions: readonly Mention[]): NarrativeFinding[] {
  const out: NarrativeFinding[] = [];
  for (let i = 0; i + 1 < mentions.length; i++) {
    const done = mentions[i];
    const total = mentions[i + 1];
    if (!done || !total || !isNumber(done) || !isNumber(total)) continue;
    // "6.524/6.422 học sinh", and "21,727 tỷ đồng/64,300 tỷ đồng" with the unit written twice.
    if (!/^\s*\/\s*$/u.test(text.slice(done.unitEnd, total.start))) continue;
    const after = mentions[i + 2];
    const before = mentions[i - 1];
    const stated =
      after?.percent &&
      after.kind === "figure" &&
      BETWEEN_AFTER.test(text.slice(total.end, after.start))
        ? after
        : before?.percent &&
            before.kind === "figure" &&
            BETWEEN_BEFORE.test(text.slice(before.end, done.start))
          ? before
          : undefined;
    if (!stated) continue;
    const computed = percentRange(rangeOf(borrowScale(done, total)), rangeOf(total));
    if (!computed || percentAgrees(stated, computed)) continue;
    const exact = (done.value / total.value) * 100;
    const from = Math.min(done.start, stated.start);
    const to = Math.max(total.end, stated.end);
    out.push({
      kind: "ratio_mismatch",
      message: `Tỷ lệ không khớp với số liệu: ${quote(text, from, to)} — ${done.numeral}/${total.numeral} = ${vn(exact, shown(stated.decimals))}%, làm tròn là ${vn(exact, stated.decimals)}%, nhưng ghi ${stated.numeral.replace(/\s/g, "")}.`,
    });
  }
  return out;
}
