import { BaocaoError } from "../errors.ts";

/** A calendar date split into its parts. */
export interface DateParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

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

/** The parts of a real calendar date written `YYYY-MM-DD`, or undefined (2023-02-29 is none). */
export function isoDateParts(value: unknown): DateParts | undefined {
  const match = typeof value === "string" ? ISO_DATE.exec(value) : null;
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

/** True for a real calendar date written `YYYY-MM-DD` (so "2025-02-29" is false). */
export function isIsoDate(value: unknown): value is string {
  return isoDateParts(value) !== undefined;
}

/**
 * Splits and checks an ISO date; throws `period.invalid_date` for anything that is not a real
 * `YYYY-MM-DD` day (2023-02-29 included).
 */
export function parseIsoDate(date: string): DateParts {
  const parts = isoDateParts(date);
  if (parts) return parts;
  throw new BaocaoError(
    "period.invalid_date",
    `Ngày không hợp lệ: "${String(date)}". Ngày phải có dạng NNNN-TT-NN (năm-tháng-ngày), ví dụ 2023-08-14.`,
    { input: date },
  );
}

/** Writes an ISO date the way Vietnamese documents do: "2025-07-01" → "01/07/2025". */
export function formatDateVi(date: string): string {
  const match = ISO_DATE.exec(date);
  if (!match) return date;
  return `${match[3]}/${match[2]}/${match[1]}`;
}

/**
 * Milliseconds since the epoch of an ISO timestamp with an explicit offset, or undefined when it
 * is not one. The offset is required: "2023-08-14T10:00" means different instants on different
 * servers, and history order must not depend on where it is read.
 */
export function timestampMillis(value: unknown): number | undefined {
  if (typeof value !== "string" || !TIMESTAMP.test(value) || !isIsoDate(value.slice(0, 10))) {
    return undefined;
  }
  const millis = Date.parse(value);
  return Number.isNaN(millis) ? undefined : millis;
}
