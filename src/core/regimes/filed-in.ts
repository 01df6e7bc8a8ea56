import { MONTHS_IN } from "../periods/month-span.ts";
import { monthsOf } from "../periods/months-of.ts";
import { vietnameseName } from "../periods/names.ts";
import { makePeriod, type Period } from "../periods/period.ts";
import { nextPeriod } from "../periods/shift.ts";
import type { ReportingRegime } from "./regime.ts";

/**
 * Whether a regime's form is filed in this month. A monthly form is filed every month; a
 * quarterly, half-yearly, nine-month or yearly form in its period's last month (a quarter in
 * March, June, September, December; nine months in September; a year in December), where its
 * values are kept: they are the period's values, so sums over the quarter or the year to date
 * count them once, and the months before hold nothing of them.
 */
export function isFiledIn(regime: Pick<ReportingRegime, "frequency">, month: Period): boolean {
  if (month.type !== "month") return false;
  if (regime.frequency === "nine_months") return month.index === 9;
  return month.index % MONTHS_IN[regime.frequency] === 0;
}

/** How often a form is filed, as a Vietnamese word after "biểu": "biểu quý", "biểu năm". */
export const FREQUENCY_VI: Readonly<Record<ReportingRegime["frequency"], string>> = {
  month: "tháng",
  quarter: "quý",
  half: "6 tháng",
  nine_months: "9 tháng",
  year: "năm",
};

/**
 * A form's name as people see it in a month it is filed: a quarterly form names its quarter
 * ("Báo cáo quý của phường (quý III năm 2023)"), so a clerk entering in September knows the
 * figures are the whole quarter's.
 */
export function filedFormName(
  regime: Pick<ReportingRegime, "nameVi" | "frequency">,
  month: Period,
): string {
  if (regime.frequency === "month" || month.type !== "month") return regime.nameVi;
  return `${regime.nameVi} (${vietnameseName(filedPeriod(regime, month))})`;
}

/**
 * The period a form filed in this month covers: the month itself for a monthly form, else the
 * quarter, half, nine months or year that ends in it — what its figures are the whole of.
 * @example filedPeriod({ frequency: "quarter" }, monthPeriod(2023, 9)) // 2023-Q3
 */
export function filedPeriod(regime: Pick<ReportingRegime, "frequency">, month: Period): Period {
  if (regime.frequency === "month" || month.type !== "month") return month;
  const index = Math.ceil(month.index / MONTHS_IN[regime.frequency]);
  return makePeriod(regime.frequency, month.year, index);
}

/**
 * The month a period's form is filed in, where its values are kept: the month itself, or a
 * longer period's last month.
 * @example filingMonth(parsePeriod("2023-Q3")) // 2023-09
 */
export function filingMonth(period: Period): Period {
  return monthsOf(period).at(-1) ?? period;
}

/**
 * The first month from this one on in which a form is filed: the month itself when it is filed
 * then, else the end of its current period (August → September for a quarterly form; October →
 * September next year for a nine-month form).
 */
export function nextFilingMonth(regime: Pick<ReportingRegime, "frequency">, month: Period): Period {
  let m = month;
  // A form is filed at least once a year, so twelve steps always find its month.
  for (let step = 0; step < 12 && !isFiledIn(regime, m); step++) m = nextPeriod(m);
  return m;
}
