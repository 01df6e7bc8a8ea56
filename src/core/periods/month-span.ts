import type { Period, PeriodType } from "./period.ts";

/** The period types of one length, which tile the year. */
export type FixedLengthType = Exclude<PeriodType, "year_to_date">;

/** Number of months each period type of one length spans. */
export const MONTHS_IN: Readonly<Record<FixedLengthType, number>> = {
  month: 1,
  quarter: 3,
  half: 6,
  year: 12,
};

/**
 * First month (1–12) of the period: a year-to-date period starts in January, the others at a
 * multiple of their length.
 */
export function firstMonth(p: Period): number {
  return p.type === "year_to_date" ? 1 : (p.index - 1) * MONTHS_IN[p.type] + 1;
}

/** Last month (1–12) of the period; a year-to-date period's index is its last month. */
export function lastMonth(p: Period): number {
  return p.type === "year_to_date" ? p.index : p.index * MONTHS_IN[p.type];
}

/**
 * Months counted from year 0, so that month arithmetic across years is plain addition.
 * @example absoluteMonth(2023, 1) - absoluteMonth(2022, 12) // 1
 */
export function absoluteMonth(year: number, month: number): number {
  return year * 12 + (month - 1);
}

/** Inverse of `absoluteMonth`. */
export function fromAbsoluteMonth(n: number): { readonly year: number; readonly month: number } {
  const year = Math.floor(n / 12);
  return { year, month: n - year * 12 + 1 };
}
