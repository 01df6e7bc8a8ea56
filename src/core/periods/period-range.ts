import { BaocaoError } from "../errors.ts";
import { daysInMonth, formatIsoDate } from "../time/index.ts";
import { absoluteMonth, firstMonth, fromAbsoluteMonth, lastMonth } from "./month-span.ts";
import type { DateRange, Period, ReportingRegime } from "./period.ts";

/** Day of the month on which a Decree 09/2019 window closes; it opens on the day after. */
export const DECREE09_CUTOFF_DAY = 14;

/**
 * The inclusive dates a period covers under a regime. Decree 09/2019 windows run from the
 * 15th of the month before the first month to the 14th of the last month.
 * @example periodRange(parsePeriod("2023-08"), "decree09") // { start: "2023-07-15", end: "2023-08-14" }
 */
export function periodRange(p: Period, regime: ReportingRegime): DateRange {
  return monthSpanRange(p.year, firstMonth(p), p.year, lastMonth(p), regime);
}

/** True when the ISO `date` lies inside the period under the regime. */
export function periodContains(p: Period, date: string, regime: ReportingRegime): boolean {
  const { start, end } = periodRange(p, regime);
  return start <= date && date <= end;
}

/**
 * Dates covered by the months from `fromYear-fromMonth` to `toYear-toMonth` inclusive; the
 * building block shared by periods and year-to-date spans.
 */
export function monthSpanRange(
  fromYear: number,
  fromMonth: number,
  toYear: number,
  toMonth: number,
  regime: ReportingRegime,
): DateRange {
  switch (regime) {
    case "calendar":
      return {
        start: formatIsoDate(fromYear, fromMonth, 1),
        end: formatIsoDate(toYear, toMonth, daysInMonth(toYear, toMonth)),
      };
    case "decree09": {
      const before = fromAbsoluteMonth(absoluteMonth(fromYear, fromMonth) - 1);
      return {
        start: formatIsoDate(before.year, before.month, DECREE09_CUTOFF_DAY + 1),
        end: formatIsoDate(toYear, toMonth, DECREE09_CUTOFF_DAY),
      };
    }
    default:
      throw invalidRegime(regime);
  }
}

/** The error for a regime that came from outside the type system (API, CLI, file). */
export function invalidRegime(regime: unknown): BaocaoError {
  return new BaocaoError(
    "period.invalid_regime",
    `Chế độ báo cáo không hợp lệ: "${String(regime)}". Chỉ chấp nhận "calendar" (theo tháng dương lịch) hoặc "decree09" (chốt số liệu theo Nghị định 09/2019/NĐ-CP).`,
    { regime },
  );
}
