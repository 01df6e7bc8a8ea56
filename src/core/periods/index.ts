/** Reporting periods: ids, calendar and Decree 09/2019 cut-off windows, navigation, names. */

export { comparePeriods, periodsEqual } from "./compare.ts";
export { monthsOf } from "./months-of.ts";
export { englishName, type NameOptions, restOfYearName, vietnameseName } from "./names.ts";
export {
  type DateRange,
  isPeriodType,
  isReportingRegime,
  MAX_YEAR,
  MIN_YEAR,
  makePeriod,
  monthPeriod,
  PERIOD_TYPES,
  type Period,
  type PeriodType,
  periodsPerYear,
  REPORTING_REGIMES,
  type ReportingRegime,
  YEAR_TO_DATE_MONTHS,
  yearToDatePeriod,
} from "./period.ts";
export { periodContaining } from "./period-containing.ts";
export { formatPeriodId, parsePeriod, tryParsePeriod } from "./period-id.ts";
export { DECREE09_CUTOFF_DAY, periodContains, periodRange } from "./period-range.ts";
export { nextPeriod, previousPeriod, samePeriodLastYear, shiftPeriod } from "./shift.ts";
export { type YearToDate, yearToDate } from "./year-to-date.ts";
