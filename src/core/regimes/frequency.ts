import { MONTHS_IN } from "../periods/month-span.ts";
import { makePeriod, type Period } from "../periods/period.ts";
import type { ReportingRegime } from "./regime.ts";

/**
 * How often a form is filed. The words are the stored ones (catalogue files, the database):
 * `nine_months` is the form of January to September, the period `2023-9M` of kind
 * `year_to_date`; no form is filed for the other "n tháng đầu năm".
 */
export type Frequency = ReportingRegime["frequency"];

/** Every frequency a form may have, shortest first. */
export const FREQUENCIES: readonly Frequency[] = Object.freeze([
  "month",
  "quarter",
  "half",
  "nine_months",
  "year",
]);

/** The frequency of a form that is filed for this period, if any (2023-9M → `nine_months`). */
export function frequencyOf(p: Period): Frequency | undefined {
  if (p.type !== "year_to_date") return p.type;
  return p.index === 9 ? "nine_months" : undefined;
}

/**
 * The period a form of this frequency covers that holds the month, if one does (a nine-month
 * form covers no month after September).
 * @example frequencyPeriod("quarter", monthPeriod(2023, 8)) // 2023-Q3
 */
export function frequencyPeriod(frequency: Frequency, month: Period): Period | undefined {
  if (frequency === "nine_months") {
    return month.index <= 9 ? makePeriod("year_to_date", month.year, 9) : undefined;
  }
  return makePeriod(frequency, month.year, Math.ceil(month.index / MONTHS_IN[frequency]));
}
