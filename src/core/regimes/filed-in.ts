import { MONTHS_IN } from "../periods/month-span.ts";
import { vietnameseName } from "../periods/names.ts";
import { makePeriod, type Period } from "../periods/period.ts";
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
  const index = Math.ceil(month.index / MONTHS_IN[regime.frequency]);
  return `${regime.nameVi} (${vietnameseName(makePeriod(regime.frequency, month.year, index))})`;
}
