import { absoluteMonth, firstMonth, lastMonth } from "./month-span.ts";
import type { Period } from "./period.ts";

/**
 * Orders periods by their first month, then the shorter first, so a mixed list reads
 * 2023-01, 2023-Q1, 2023-H1, 2023-7M, 2023-9M, 2023, 2023-02… A period's first and last month
 * identify it (January to month n has one kind, see `YEAR_TO_DATE_MONTHS`), so the result is 0
 * only for equal periods.
 */
export function comparePeriods(a: Period, b: Period): number {
  const byStart = absoluteMonth(a.year, firstMonth(a)) - absoluteMonth(b.year, firstMonth(b));
  if (byStart !== 0) return Math.sign(byStart);
  return Math.sign(lastMonth(a) - lastMonth(b));
}

/** True when both values denote the same period. */
export function periodsEqual(a: Period, b: Period): boolean {
  return a.type === b.type && a.year === b.year && a.index === b.index;
}
