import { BaocaoError } from "../errors.ts";

/**
 * The kinds of reporting period (kỳ báo cáo) that Decree 09/2019 reports use. `year_to_date`
 * is "n tháng đầu năm": January to month n (the 7-, 9- or 11-month reports).
 */
export type PeriodType = "month" | "quarter" | "half" | "year_to_date" | "year";

/** Every period type, shortest first (a year-to-date period is 2 to 11 months). */
export const PERIOD_TYPES: readonly PeriodType[] = Object.freeze([
  "month",
  "quarter",
  "half",
  "year_to_date",
  "year",
]);

/**
 * The n of the year-to-date periods ("n tháng đầu năm"). The other n name months another kind
 * covers already, and each span of months has one period so that equal months mean equal
 * periods: 1 tháng is January (`2023-01`), 3 tháng quý I (`2023-Q1`), 6 tháng đầu năm the first
 * half (`2023-H1`), 12 tháng the year (`2023`); `yearToDatePeriod` and the id `2023-6M` read
 * them so.
 */
export const YEAR_TO_DATE_MONTHS: readonly number[] = Object.freeze([2, 4, 5, 7, 8, 9, 10, 11]);

/**
 * A reporting period. `index` is the month (1–12), quarter (1–4) or half (1–2) within the
 * year, the n of a year-to-date period (its last month, see `YEAR_TO_DATE_MONTHS`); it is
 * always 1 for `year`, so that every period has one shape.
 */
export interface Period {
  readonly type: PeriodType;
  readonly year: number;
  readonly index: number;
}

/**
 * Which dates a period covers: `calendar` (1st to last day) or `decree09`, the data cut-off
 * window of Decree 09/2019/NĐ-CP (15th of the month before to the 14th of the last month).
 */
export type ReportingRegime = "calendar" | "decree09";

/** Every reporting regime. */
export const REPORTING_REGIMES: readonly ReportingRegime[] = Object.freeze([
  "calendar",
  "decree09",
]);

/** An inclusive range of ISO dates (`YYYY-MM-DD`). */
export interface DateRange {
  readonly start: string;
  readonly end: string;
}

/** Earliest year a period may have; older data is not reporting data but a typo. */
export const MIN_YEAR = 1900;
/** Latest year a period may have. */
export const MAX_YEAR = 2200;

// A year-to-date period recurs once a year, like a year: the next 7-month period is next year's.
const PER_YEAR: Readonly<Record<PeriodType, number>> = {
  month: 12,
  quarter: 4,
  half: 2,
  year_to_date: 1,
  year: 1,
};

/** Vietnamese words for each type, used in error messages. */
const TYPE_WORD: Readonly<Record<PeriodType, string>> = {
  month: "tháng",
  quarter: "quý",
  half: "kỳ 6 tháng",
  year_to_date: "kỳ lũy kế",
  year: "năm",
};

/** True when `value` names a period type (for input that comes from outside the code). */
export function isPeriodType(value: unknown): value is PeriodType {
  return typeof value === "string" && (PERIOD_TYPES as readonly string[]).includes(value);
}

/** True when `value` names a reporting regime. */
export function isReportingRegime(value: unknown): value is ReportingRegime {
  return typeof value === "string" && (REPORTING_REGIMES as readonly string[]).includes(value);
}

/**
 * How many periods of this type follow one another in a year: 12 months, 4 quarters, 2 halves,
 * 1 year. A year-to-date period counts 1 too: it recurs yearly, 7 tháng 2023 → 7 tháng 2024.
 */
export function periodsPerYear(type: PeriodType): number {
  return PER_YEAR[type];
}

/** True when `index` is a valid index for a period of this type. */
export function isPeriodIndex(type: PeriodType, index: number): boolean {
  if (type === "year_to_date") return YEAR_TO_DATE_MONTHS.includes(index);
  return Number.isInteger(index) && index >= 1 && index <= PER_YEAR[type];
}

/** The rule an index of this type follows, in Vietnamese, for error messages. */
function indexRule(type: PeriodType): string {
  if (type === "year_to_date") {
    return `số tháng phải là ${YEAR_TO_DATE_MONTHS.join(", ")}; 1, 3, 6, 12 tháng là tháng 1, quý I, 6 tháng đầu năm, cả năm`;
  }
  const count = PER_YEAR[type];
  return count === 1 ? "số thứ tự phải là 1" : `số thứ tự phải từ 1 đến ${count}`;
}

/**
 * Builds a checked, frozen period.
 * @example makePeriod("quarter", 2023, 3) // 2023-Q3
 */
export function makePeriod(type: PeriodType, year: number, index = 1): Period {
  if (!isPeriodType(type)) {
    throw new BaocaoError("period.invalid", `Loại kỳ báo cáo không hợp lệ: "${String(type)}".`, {
      type,
      year,
      index,
    });
  }
  if (!isPeriodIndex(type, index)) {
    throw new BaocaoError(
      "period.invalid",
      `Kỳ báo cáo không hợp lệ: ${TYPE_WORD[type]} số ${String(index)} (${indexRule(type)}).`,
      { type, year, index },
    );
  }
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    throw new BaocaoError(
      "period.out_of_range",
      `Năm ${String(year)} nằm ngoài phạm vi cho phép (từ ${MIN_YEAR} đến ${MAX_YEAR}).`,
      { type, year, index, min: MIN_YEAR, max: MAX_YEAR },
    );
  }
  return Object.freeze({ type, year, index });
}

/**
 * The period of the months from January to month `n` (1–12) in its one canonical kind:
 * n = 1 → January, 3 → quý I, 6 → the first half, 12 → the year, otherwise "n tháng đầu năm".
 * @example yearToDatePeriod(2023, 7) // 2023-7M
 */
export function yearToDatePeriod(year: number, n: number): Period {
  switch (n) {
    case 1:
      return makePeriod("month", year, 1);
    case 3:
      return makePeriod("quarter", year, 1);
    case 6:
      return makePeriod("half", year, 1);
    case 12:
      return makePeriod("year", year);
    default:
      return makePeriod("year_to_date", year, n);
  }
}

/** Shorthand for `makePeriod("month", year, month)`. */
export function monthPeriod(year: number, month: number): Period {
  return makePeriod("month", year, month);
}
