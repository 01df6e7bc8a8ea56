import { BaocaoError } from "../errors.ts";

/** A calendar date split into its parts. */
export interface DateParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Gregorian leap year rule (1900 is not a leap year, 2000 is). */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Number of days in a month of a year. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Formats date parts as `YYYY-MM-DD`, the only date form of the core API. */
export function formatIsoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/**
 * Splits and checks an ISO date; throws `period.invalid_date` for anything that is not a real
 * `YYYY-MM-DD` day (2023-02-29 included).
 */
export function parseIsoDate(date: string): DateParts {
  const match = typeof date === "string" ? ISO_DATE.exec(date) : null;
  if (match) {
    const year = Number(match[1]);
    const month = Number(match[2]);
    const day = Number(match[3]);
    if (month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)) {
      return { year, month, day };
    }
  }
  throw new BaocaoError(
    "period.invalid_date",
    `Ngày không hợp lệ: "${String(date)}". Ngày phải có dạng NNNN-TT-NN (năm-tháng-ngày), ví dụ 2023-08-14.`,
    { input: date },
  );
}
