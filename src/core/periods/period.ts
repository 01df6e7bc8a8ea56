import { BaocaoError } from "../errors.ts";

/** The kinds of reporting period (kỳ báo cáo) that Decree 09/2019 reports use. */
export type PeriodType = "month" | "quarter" | "half" | "nine_months" | "year";

/** Every period type, shortest first. */
export const PERIOD_TYPES: readonly PeriodType[] = Object.freeze([
  "month",
  "quarter",
  "half",
  "nine_months",
  "year",
]);

/**
 * A reporting period. `index` is the month (1–12), quarter (1–4) or half (1–2) within the
 * year; it is always 1 for `nine_months` and `year`, so that every period has one shape.
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

const INDEX_COUNT: Readonly<Record<PeriodType, number>> = {
  month: 12,
  quarter: 4,
  half: 2,
  nine_months: 1,
  year: 1,
};

/** Vietnamese words for each type, used in error messages. */
const TYPE_WORD: Readonly<Record<PeriodType, string>> = {
  month: "tháng",
  quarter: "quý",
  half: "kỳ 6 tháng",
  nine_months: "kỳ 9 tháng",
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

/** How many periods of this type a year holds (12 months, 4 quarters, 2 halves, 1, 1). */
export function periodsPerYear(type: PeriodType): number {
  return INDEX_COUNT[type];
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
  const count = INDEX_COUNT[type];
  if (!Number.isInteger(index) || index < 1 || index > count) {
    const expected = count === 1 ? "phải là 1" : `phải từ 1 đến ${count}`;
    throw new BaocaoError(
      "period.invalid",
      `Kỳ báo cáo không hợp lệ: ${TYPE_WORD[type]} số ${String(index)} (số thứ tự ${expected}).`,
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

/** Shorthand for `makePeriod("month", year, month)`. */
export function monthPeriod(year: number, month: number): Period {
  return makePeriod("month", year, month);
}
