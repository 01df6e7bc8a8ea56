import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { anyPeriod, anyRegime } from "../../../test/support/arbitraries/periods.ts";
import { monthsOf } from "./months-of.ts";
import { formatPeriodId, parsePeriod } from "./period-id.ts";
import { periodRange } from "./period-range.ts";
import { yearToDate } from "./year-to-date.ts";

describe("yearToDate", () => {
  it("runs from January to the report month (lũy kế of the August 2023 report)", () => {
    const ytd = yearToDate(parsePeriod("2023-08"), "decree09");
    expect(ytd.months.map(formatPeriodId)).toEqual([
      "2023-01",
      "2023-02",
      "2023-03",
      "2023-04",
      "2023-05",
      "2023-06",
      "2023-07",
      "2023-08",
    ]);
    expect(ytd.range).toEqual({ start: "2022-12-15", end: "2023-08-14" });
    expect(yearToDate(parsePeriod("2023-08"), "calendar").range).toEqual({
      start: "2023-01-01",
      end: "2023-08-31",
    });
  });

  it("is January alone for January, and the whole year for December", () => {
    expect(yearToDate(parsePeriod("2023-01"), "calendar").months.map(formatPeriodId)).toEqual([
      "2023-01",
    ]);
    expect(yearToDate(parsePeriod("2023-01"), "decree09").range).toEqual({
      start: "2022-12-15",
      end: "2023-01-14",
    });
    expect(yearToDate(parsePeriod("2023-12"), "decree09").range).toEqual(
      periodRange(parsePeriod("2023"), "decree09"),
    );
  });

  it("ends with the period's last month for longer periods", () => {
    expect(yearToDate(parsePeriod("2023-Q3"), "calendar").months).toHaveLength(9);
    expect(yearToDate(parsePeriod("2023-Q3"), "decree09").range).toEqual(
      periodRange(parsePeriod("2023-9M"), "decree09"),
    );
    expect(yearToDate(parsePeriod("2023-H2"), "calendar").months).toHaveLength(12);
    // A year-to-date period is its own year to date.
    expect(yearToDate(parsePeriod("2023-7M"), "decree09").range).toEqual(
      periodRange(parsePeriod("2023-7M"), "decree09"),
    );
    expect(yearToDate(parsePeriod("2023"), "calendar").range).toEqual({
      start: "2023-01-01",
      end: "2023-12-31",
    });
  });

  it("ends where the period ends, starts where January starts, and holds the period's months", () => {
    fc.assert(
      fc.property(anyPeriod, anyRegime, (p, regime) => {
        const ytd = yearToDate(p, regime);
        const january = periodRange(parsePeriod(`${p.year}-01`), regime);
        expect(ytd.range).toEqual({ start: january.start, end: periodRange(p, regime).end });
        expect(ytd.months.map(formatPeriodId)).toEqual(
          expect.arrayContaining(monthsOf(p).map(formatPeriodId)),
        );
        expect(ytd.months.at(-1)).toEqual(monthsOf(p).at(-1));
      }),
    );
  });
});
