import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { anyPeriod, anyRegime } from "../../../test/support/arbitraries/periods.ts";
import { isBaocaoError } from "../errors.ts";
import { daysInMonth, formatIsoDate } from "../time/index.ts";
import { monthsOf } from "./months-of.ts";
import { MAX_YEAR, MIN_YEAR, monthPeriod, type ReportingRegime } from "./period.ts";
import { parsePeriod } from "./period-id.ts";
import { monthSpanRange, periodContains, periodRange } from "./period-range.ts";
import { shiftPeriod } from "./shift.ts";

const range = (id: string, regime: ReportingRegime) => periodRange(parsePeriod(id), regime);

/** The ISO date one day after `date`, computed by hand so the test does not reuse the code. */
function nextDay(date: string): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  if (d < daysInMonth(y, m)) return formatIsoDate(y, m, d + 1);
  return m < 12 ? formatIsoDate(y, m + 1, 1) : formatIsoDate(y + 1, 1, 1);
}

describe("periodRange under the calendar", () => {
  it("covers whole months", () => {
    expect(range("2023-08", "calendar")).toEqual({ start: "2023-08-01", end: "2023-08-31" });
    expect(range("2023-Q3", "calendar")).toEqual({ start: "2023-07-01", end: "2023-09-30" });
    expect(range("2023-H1", "calendar")).toEqual({ start: "2023-01-01", end: "2023-06-30" });
    expect(range("2023-H2", "calendar")).toEqual({ start: "2023-07-01", end: "2023-12-31" });
    expect(range("2023-9M", "calendar")).toEqual({ start: "2023-01-01", end: "2023-09-30" });
    expect(range("2023-7M", "calendar")).toEqual({ start: "2023-01-01", end: "2023-07-31" });
    expect(range("2024-2M", "calendar")).toEqual({ start: "2024-01-01", end: "2024-02-29" });
    expect(range("2023", "calendar")).toEqual({ start: "2023-01-01", end: "2023-12-31" });
  });

  it("knows February in leap and common years", () => {
    expect(range("2024-02", "calendar").end).toBe("2024-02-29");
    expect(range("2023-02", "calendar").end).toBe("2023-02-28");
    expect(range("1900-02", "calendar").end).toBe("1900-02-28");
    expect(range("2000-02", "calendar").end).toBe("2000-02-29");
  });
});

describe("periodRange under Decree 09/2019", () => {
  it("runs the report month from the 15th before to the 14th (the reference report, August 2023)", () => {
    expect(range("2023-08", "decree09")).toEqual({ start: "2023-07-15", end: "2023-08-14" });
  });

  it("starts January in December of the previous year", () => {
    expect(range("2023-01", "decree09")).toEqual({ start: "2022-12-15", end: "2023-01-14" });
    expect(range("2023-Q1", "decree09")).toEqual({ start: "2022-12-15", end: "2023-03-14" });
    expect(range("2023-H1", "decree09")).toEqual({ start: "2022-12-15", end: "2023-06-14" });
    expect(range("2023", "decree09")).toEqual({ start: "2022-12-15", end: "2023-12-14" });
  });

  it("gives the nine-month window 15 December to 14 September", () => {
    expect(range("2023-9M", "decree09")).toEqual({ start: "2022-12-15", end: "2023-09-14" });
    expect(range("2023-11M", "decree09")).toEqual({ start: "2022-12-15", end: "2023-11-14" });
  });

  it("handles December and the later quarters and half", () => {
    expect(range("2023-12", "decree09")).toEqual({ start: "2023-11-15", end: "2023-12-14" });
    expect(range("2023-Q3", "decree09")).toEqual({ start: "2023-06-15", end: "2023-09-14" });
    expect(range("2023-Q4", "decree09")).toEqual({ start: "2023-09-15", end: "2023-12-14" });
    expect(range("2023-H2", "decree09")).toEqual({ start: "2023-06-15", end: "2023-12-14" });
  });

  it("reaches back before 1900 for January 1900", () => {
    expect(range("1900-01", "decree09").start).toBe("1899-12-15");
  });
});

describe("periodContains", () => {
  it("includes both ends and nothing outside", () => {
    const august = parsePeriod("2023-08");
    expect(periodContains(august, "2023-07-15", "decree09")).toBe(true);
    expect(periodContains(august, "2023-08-14", "decree09")).toBe(true);
    expect(periodContains(august, "2023-07-14", "decree09")).toBe(false);
    expect(periodContains(august, "2023-08-15", "decree09")).toBe(false);
    expect(periodContains(august, "2023-08-31", "calendar")).toBe(true);
    expect(periodContains(august, "2023-09-01", "calendar")).toBe(false);
  });
});

describe("monthSpanRange", () => {
  it("spans months across a year boundary", () => {
    expect(monthSpanRange(2022, 11, 2023, 2, "calendar")).toEqual({
      start: "2022-11-01",
      end: "2023-02-28",
    });
    expect(monthSpanRange(2022, 11, 2023, 2, "decree09")).toEqual({
      start: "2022-10-15",
      end: "2023-02-14",
    });
  });

  it("rejects an unknown regime coming from untyped input", () => {
    let code: string | undefined;
    try {
      periodRange(monthPeriod(2023, 8), "fiscal" as ReportingRegime);
    } catch (error) {
      if (isBaocaoError(error)) code = error.code;
    }
    expect(code).toBe("period.invalid_regime");
  });
});

describe("properties", () => {
  it("every range starts no later than it ends, on real dates", () => {
    fc.assert(
      fc.property(anyPeriod, anyRegime, (p, regime) => {
        const { start, end } = periodRange(p, regime);
        expect(start < end).toBe(true);
        expect(start).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(end).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }),
    );
  });

  it("consecutive months tile time with no gap or overlap, under both regimes", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: MIN_YEAR, max: MAX_YEAR }),
        fc.integer({ min: 1, max: 12 }),
        anyRegime,
        (year, month, regime) => {
          fc.pre(!(year === MAX_YEAR && month === 12));
          const p = monthPeriod(year, month);
          const next = shiftPeriod(p, 1);
          expect(periodRange(next, regime).start).toBe(nextDay(periodRange(p, regime).end));
        },
      ),
    );
  });

  it("a period's window is exactly the union of its months' windows", () => {
    fc.assert(
      fc.property(anyPeriod, anyRegime, (p, regime) => {
        const whole = periodRange(p, regime);
        const parts = monthsOf(p).map((m) => periodRange(m, regime));
        expect(parts[0]?.start).toBe(whole.start);
        expect(parts.at(-1)?.end).toBe(whole.end);
        for (let i = 1; i < parts.length; i++) {
          expect(parts[i]?.start).toBe(nextDay(parts[i - 1]?.end ?? ""));
        }
      }),
    );
  });
});
