import { formatPeriodId, nextPeriod, parsePeriod, previousPeriod } from "../periods/index.ts";
import { daysInMonth } from "../time/index.ts";

/** The last day of a month id: `2023-09` → `2023-09-30`. */
export function lastDayOf(month: string): string {
  const year = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return `${month}-${String(daysInMonth(year, m)).padStart(2, "0")}`;
}

/** The first day of a month id: `2023-09` → `2023-09-01`. */
export function firstDayOf(month: string): string {
  return `${month}-01`;
}

/** The month after a month id. */
export function monthAfter(month: string): string {
  return formatPeriodId(nextPeriod(parsePeriod(month)));
}

/** The month before a month id. */
export function monthBefore(month: string): string {
  return formatPeriodId(previousPeriod(parsePeriod(month)));
}

/** The twelve month ids of a year. */
export function monthsOfYear(year: number): string[] {
  return Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, "0")}`);
}
