import { formatPeriodId, nextPeriod, parsePeriod } from "../periods/index.ts";
import type { ReportingRegime } from "../regimes/index.ts";
import { daysInMonth, formatIsoDate, parseIsoDate } from "../time/index.ts";

/** The due day when a regime names none. */
export const DEFAULT_DEADLINE_DAY = 20;

/** Days after the due date a regime's period locks when it says `lockAfterDays` without a number. */
export const DEFAULT_LOCK_AFTER_DAYS = 5;

/**
 * The day a monthly period's data is due, `YYYY-MM-DD`. Under Decree 09 the month's window
 * closes on the 14th of the month itself and the report is due days later in the same month;
 * a calendar month is due in the next month. A day past the month's end is its last day.
 * Example: decree09, day 16, "2023-08" → "2023-08-16"; calendar, day 16 → "2023-09-16".
 */
export function dueDate(
  regime: Pick<ReportingRegime, "cutoff" | "deadlineDay">,
  periodId: string,
): string {
  const period = parsePeriod(periodId);
  const month = regime.cutoff === "decree09" ? period : nextPeriod(period);
  const [year, mm] = formatPeriodId(month).split("-").map(Number) as [number, number];
  const day = Math.min(regime.deadlineDay ?? DEFAULT_DEADLINE_DAY, daysInMonth(year, mm));
  return formatIsoDate(year, mm, day);
}

/**
 * The day after which the period's figures lock, or null when the regime sets no lock.
 * `lockAfterDays: true` on the regime means the default of 5 days after the due date; a number
 * says how many. Opt-in, because a lock by date on every regime would freeze all history loaded
 * from earlier years.
 */
export function lockDate(regime: ReportingRegime, periodId: string): string | null {
  const setting = regime.lockAfterDays;
  const days =
    setting === true ? DEFAULT_LOCK_AFTER_DAYS : typeof setting === "number" ? setting : null;
  if (days === null) return null;
  return addDays(dueDate(regime, periodId), days);
}

/** True when `today` is past the lock date. */
export function isPastLock(regime: ReportingRegime, periodId: string, today: string): boolean {
  const lock = lockDate(regime, periodId);
  return lock !== null && today > lock;
}

/** `date` plus `days` calendar days. */
export function addDays(date: string, days: number): string {
  const { year, month, day } = parseIsoDate(date);
  const at = new Date(Date.UTC(year, month - 1, day + days));
  return formatIsoDate(at.getUTCFullYear(), at.getUTCMonth() + 1, at.getUTCDate());
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const a = parseIsoDate(from);
  const b = parseIsoDate(to);
  return Math.round(
    (Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000,
  );
}

/**
 * Whether a form came in on time: `on_time` / `late` once sent (by the day it was first sent),
 * else `pending` with the days left (0 on the due day) or `overdue` with the days late.
 */
export type Timeliness =
  | { readonly kind: "on_time" }
  | { readonly kind: "late"; readonly daysLate: number }
  | { readonly kind: "pending"; readonly daysLeft: number }
  | { readonly kind: "overdue"; readonly daysLate: number };

/** Timeliness on `today` of a form due on `due`, sent on `sentOn` (a date, or null). */
export function timeliness(due: string, today: string, sentOn: string | null): Timeliness {
  if (sentOn !== null) {
    const late = daysBetween(due, sentOn);
    return late > 0 ? { kind: "late", daysLate: late } : { kind: "on_time" };
  }
  const left = daysBetween(today, due);
  return left >= 0 ? { kind: "pending", daysLeft: left } : { kind: "overdue", daysLate: -left };
}

/** Timeliness in words: "còn 3 ngày", "quá hạn 2 ngày", "đúng hạn", "trễ 1 ngày". */
export function timelinessVi(t: Timeliness): string {
  switch (t.kind) {
    case "on_time":
      return "đúng hạn";
    case "late":
      return `gửi trễ ${t.daysLate} ngày`;
    case "pending":
      return t.daysLeft === 0 ? "hạn hôm nay" : `còn ${t.daysLeft} ngày`;
    case "overdue":
      return `quá hạn ${t.daysLate} ngày`;
  }
}
