import { lastMonth } from "./month-span.ts";
import { type DateRange, monthPeriod, type Period, type ReportingRegime } from "./period.ts";
import { monthSpanRange } from "./period-range.ts";

/** The months from January up to and including a period ("lũy kế từ đầu năm"). */
export interface YearToDate {
  readonly months: readonly Period[];
  readonly range: DateRange;
}

/**
 * Year to date of a period: its months from January and the dates they cover under the regime.
 * @example yearToDate(parsePeriod("2023-08"), "decree09").range // { start: "2022-12-15", end: "2023-08-14" }
 */
export function yearToDate(p: Period, regime: ReportingRegime): YearToDate {
  const last = lastMonth(p);
  const months: Period[] = [];
  for (let m = 1; m <= last; m++) months.push(monthPeriod(p.year, m));
  return { months, range: monthSpanRange(p.year, 1, p.year, last, regime) };
}
