import { BaocaoError } from "../errors.ts";
import { parseIsoDate } from "../time/index.ts";
import { absoluteMonth, type FixedLengthType, fromAbsoluteMonth, MONTHS_IN } from "./month-span.ts";
import {
  isPeriodType,
  MAX_YEAR,
  MIN_YEAR,
  makePeriod,
  type Period,
  type ReportingRegime,
} from "./period.ts";
import { DECREE09_CUTOFF_DAY, invalidRegime } from "./period-range.ts";

/**
 * The period of a type whose dates include `date` under the regime. Under Decree 09 a date
 * after the 14th belongs to the next month (2023-08-15 → 2023-09). Only the kinds that tile
 * the year have one such period: a date of February lies in every "n tháng đầu năm" from 2 to
 * 11, so `year_to_date` is refused (`period.invalid`).
 * @example periodContaining("2022-12-20", "year", "decree09") // 2023
 */
export function periodContaining(
  date: string,
  type: FixedLengthType,
  regime: ReportingRegime,
): Period {
  if (!isPeriodType(type) || type === ("year_to_date" as string)) {
    throw new BaocaoError(
      "period.invalid",
      `Loại kỳ báo cáo không hợp lệ: "${String(type)}" (chỉ tháng, quý, 6 tháng hoặc năm chứa một ngày duy nhất).`,
      { type },
    );
  }
  const { year, month } = reportMonthOf(date, regime);
  return makePeriod(type, year, Math.ceil(month / MONTHS_IN[type]));
}

/** The report month a date falls in, after applying the regime's cut-off. */
function reportMonthOf(
  date: string,
  regime: ReportingRegime,
): { readonly year: number; readonly month: number } {
  const parts = parseIsoDate(date);
  let shift: number;
  if (regime === "calendar") shift = 0;
  else if (regime === "decree09") shift = parts.day > DECREE09_CUTOFF_DAY ? 1 : 0;
  else throw invalidRegime(regime);
  const target = fromAbsoluteMonth(absoluteMonth(parts.year, parts.month) + shift);
  if (target.year < MIN_YEAR || target.year > MAX_YEAR) {
    throw new BaocaoError(
      "period.out_of_range",
      `Ngày ${date} thuộc năm báo cáo ${target.year}, ngoài phạm vi cho phép (từ ${MIN_YEAR} đến ${MAX_YEAR}).`,
      { date, regime, year: target.year, min: MIN_YEAR, max: MAX_YEAR },
    );
  }
  return target;
}
