import { BaocaoError } from "../errors.ts";
import { MAX_YEAR, MIN_YEAR, makePeriod, type Period, periodsPerYear } from "./period.ts";

/**
 * Moves a period by `n` periods of its own type (negative goes back). Year-to-date and year
 * periods move by whole years, since a year holds only one of each: 2023-7M + 1 is 2024-7M.
 * @example shiftPeriod(parsePeriod("2023-Q1"), -1) // 2022-Q4
 */
export function shiftPeriod(p: Period, n: number): Period {
  if (!Number.isSafeInteger(n)) {
    throw new BaocaoError(
      "period.invalid_shift",
      `Số kỳ cần dịch chuyển phải là số nguyên, nhận được: ${String(n)}.`,
      { n },
    );
  }
  const count = periodsPerYear(p.type);
  // Once a year: the index is not a position in the year but the kind's own (7 of "7 tháng").
  const once = count === 1;
  const position = p.year * count + (once ? 0 : p.index - 1) + n;
  const year = Math.floor(position / count);
  if (year < MIN_YEAR || year > MAX_YEAR) {
    throw new BaocaoError(
      "period.out_of_range",
      `Kỳ báo cáo sau khi dịch chuyển ${n} kỳ rơi vào năm ${year}, ngoài phạm vi cho phép (từ ${MIN_YEAR} đến ${MAX_YEAR}).`,
      { type: p.type, year: p.year, index: p.index, n, min: MIN_YEAR, max: MAX_YEAR },
    );
  }
  return makePeriod(p.type, year, once ? p.index : position - year * count + 1);
}

/** The period just before, of the same type ("so tháng trước", "so quý trước"). */
export function previousPeriod(p: Period): Period {
  return shiftPeriod(p, -1);
}

/** The period just after, of the same type (next month's tasks, "nhiệm vụ tháng tới"). */
export function nextPeriod(p: Period): Period {
  return shiftPeriod(p, 1);
}

/** The same period of the previous year, for "so cùng kỳ" comparisons. */
export function samePeriodLastYear(p: Period): Period {
  return shiftPeriod(p, -periodsPerYear(p.type));
}
