import type { Mention } from "./mentions.ts";

/** A closed range of values that a rounded figure may stand for. */
export interface Range {
  readonly lo: number;
  readonly hi: number;
}

const EPSILON = 1e-9;

/**
 * The values a written number may stand for. Whole numbers without a scale word are counts and
 * exact (829 hồ sơ is 829); a number with decimals or a scale word ("64,300 tỷ", "1,5 ha") was
 * rounded to its last written digit, so it stands for ± half of that digit.
 */
export function rangeOf(m: Mention): Range {
  if (m.decimals === 0 && m.exponent === 0) return { lo: m.value, hi: m.value };
  const half = 0.5 * 10 ** (m.exponent - m.decimals);
  return { lo: m.value - half, hi: m.value + half };
}

/** Range of a / b × 100 for positive ranges. */
export function percentRange(a: Range, b: Range): Range | undefined {
  if (b.lo <= 0) return undefined;
  return { lo: (a.lo / b.hi) * 100, hi: (a.hi / b.lo) * 100 };
}

/**
 * Whether a written percentage agrees with a computed range. The written value must be the
 * computed one rounded half up to the decimals written (101,59% is "102%", not "101%"). Rounding
 * down (truncation) is accepted only when the text says so, "trên 75%" / "hơn 75%"; rounding up
 * when it says "gần" / "dưới"; "khoảng" / "xấp xỉ" / "ước" allow one unit of the last digit.
 */
export function percentAgrees(stated: Mention, computed: Range): boolean {
  const step = 10 ** -stated.decimals;
  const p = Math.abs(stated.value);
  const overlaps = (lo: number, hi: number): boolean =>
    computed.lo <= hi + EPSILON && computed.hi >= lo - EPSILON;
  if (overlaps(p - step / 2, p + step / 2)) return true;
  const q = stated.qualifier;
  if (q === "trên" || q === "hơn" || q === "vượt") return overlaps(p, p + step);
  if (q === "gần" || q === "dưới") return overlaps(p - step, p);
  if (q === "khoảng" || q === "xấp xỉ" || q === "ước" || q === "ước đạt")
    return overlaps(p - step, p + step);
  return false;
}
