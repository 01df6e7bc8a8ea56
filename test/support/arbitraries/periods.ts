// Shared fast-check generators for this folder's property tests; not part of the public API.
import fc from "fast-check";
import {
  MAX_YEAR,
  MIN_YEAR,
  makePeriod,
  PERIOD_TYPES,
  type Period,
  periodsPerYear,
  REPORTING_REGIMES,
  type ReportingRegime,
  YEAR_TO_DATE_MONTHS,
} from "../../../src/core/periods/period.ts";
import { daysInMonth, formatIsoDate } from "../../../src/core/time/index.ts";

/** Any valid period; a year-to-date one of any n it may have (2, 4, 5, 7–11). */
export const anyPeriod: fc.Arbitrary<Period> = fc
  .record({
    type: fc.constantFrom(...PERIOD_TYPES),
    year: fc.integer({ min: MIN_YEAR, max: MAX_YEAR }),
    position: fc.nat(),
  })
  .map(({ type, year, position }) =>
    makePeriod(
      type,
      year,
      type === "year_to_date"
        ? (YEAR_TO_DATE_MONTHS[position % YEAR_TO_DATE_MONTHS.length] as number)
        : (position % periodsPerYear(type)) + 1,
    ),
  );

/** Either reporting regime. */
export const anyRegime: fc.Arbitrary<ReportingRegime> = fc.constantFrom(...REPORTING_REGIMES);

/**
 * Any real ISO date in [fromYear, toYear], leap days included; half the days are drawn from
 * the edges (1st, 14th, 15th, month end) where cut-off bugs live.
 */
export function anyIsoDate(fromYear = MIN_YEAR, toYear = MAX_YEAR): fc.Arbitrary<string> {
  return fc
    .record({
      year: fc.integer({ min: fromYear, max: toYear }),
      month: fc.oneof(fc.constantFrom(1, 3, 9, 12), fc.integer({ min: 1, max: 12 })),
      day: fc.oneof(fc.constantFrom(1, 14, 15, 28, 29, 30, 31), fc.integer({ min: 1, max: 31 })),
    })
    .map(({ year, month, day }) =>
      formatIsoDate(year, month, Math.min(day, daysInMonth(year, month))),
    );
}
