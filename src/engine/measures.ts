/** What a query can ask for about each indicator, unit and period. */
export const MEASURES = [
  "value",
  "ytd",
  "previous",
  "same_period_last_year",
  "same_period_last_year_ytd",
  "change",
  "change_pct",
  "change_ytd",
  "change_ytd_pct",
  "targets",
  "completeness",
] as const;

/** One measure. */
export type Measure = (typeof MEASURES)[number];

/** True when `value` names a measure. */
export function isMeasure(value: unknown): value is Measure {
  return (MEASURES as readonly unknown[]).includes(value);
}

/** Difference of two figures, null when either is missing. */
export function change(current: number | null, before: number | null): number | null {
  return current === null || before === null ? null : current - before;
}

/** Relative change in percent, null when either is missing or the base is 0. */
export function changePct(current: number | null, before: number | null): number | null {
  return current === null || before === null || before === 0
    ? null
    : ((current - before) / Math.abs(before)) * 100;
}
