import { monthsOf } from "../periods/months-of.ts";
import type { Period } from "../periods/period.ts";
import { nextPeriod } from "../periods/shift.ts";
import { isFiledIn } from "./filed-in.ts";
import { frequencyPeriod } from "./frequency.ts";
import type { ReportingRegime } from "./regime.ts";

/**
 * The period a form filed in this month covers: the month itself for a monthly form, else the
 * quarter, half, nine months or year that ends in it — what its figures are the whole of.
 * @example filedPeriod({ frequency: "quarter" }, monthPeriod(2023, 9)) // 2023-Q3
 */
export function filedPeriod(regime: Pick<ReportingRegime, "frequency">, month: Period): Period {
  if (regime.frequency === "month" || month.type !== "month") return month;
  return frequencyPeriod(regime.frequency, month) ?? month;
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
