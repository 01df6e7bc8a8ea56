import { firstMonth, lastMonth } from "./month-span.ts";
import { monthPeriod, type Period } from "./period.ts";

/**
 * The months inside a period, in order.
 * @example monthsOf(parsePeriod("2023-Q3")).map(formatPeriodId) // ["2023-07", "2023-08", "2023-09"]
 */
export function monthsOf(p: Period): readonly Period[] {
  const months: Period[] = [];
  for (let m = firstMonth(p); m <= lastMonth(p); m++) months.push(monthPeriod(p.year, m));
  return months;
}
