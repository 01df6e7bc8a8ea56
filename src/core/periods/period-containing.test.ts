import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { anyIsoDate, anyRegime } from "../../../test/support/arbitraries/periods.ts";
import { isBaocaoError } from "../errors.ts";
import { PERIOD_TYPES, type Period } from "./period.ts";
import { periodContaining } from "./period-containing.ts";
import { formatPeriodId, parsePeriod } from "./period-id.ts";
import { periodContains } from "./period-range.ts";

const id = (p: Period | undefined) => (p === undefined ? undefined : formatPeriodId(p));

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    if (isBaocaoError(error)) return error.code;
    throw error;
  }
  return undefined;
}

describe("periodContaining under the calendar", () => {
  it("finds the period of each type", () => {
    const date = "2023-08-20";
    expect(id(periodContaining(date, "month", "calendar"))).toBe("2023-08");
    expect(id(periodContaining(date, "quarter", "calendar"))).toBe("2023-Q3");
    expect(id(periodContaining(date, "half", "calendar"))).toBe("2023-H2");
    expect(id(periodContaining(date, "year", "calendar"))).toBe("2023");
  });

  it("leaves the nine months on 30 September (a year-to-date period is asked whether it contains)", () => {
    const nine = parsePeriod("2023-9M");
    expect(periodContains(nine, "2023-10-01", "calendar")).toBe(false);
    expect(periodContains(nine, "2023-09-30", "calendar")).toBe(true);
    expect(periodContains(nine, "2023-01-01", "calendar")).toBe(true);
  });
});

describe("periodContaining under Decree 09/2019", () => {
  it("moves dates after the 14th into the next report month", () => {
    expect(id(periodContaining("2023-08-14", "month", "decree09"))).toBe("2023-08");
    expect(id(periodContaining("2023-08-15", "month", "decree09"))).toBe("2023-09");
    expect(id(periodContaining("2023-07-15", "month", "decree09"))).toBe("2023-08");
  });

  it("puts late December into January, Q1, H1, 9M and the year of the next year", () => {
    const date = "2022-12-15";
    expect(id(periodContaining(date, "month", "decree09"))).toBe("2023-01");
    expect(id(periodContaining(date, "quarter", "decree09"))).toBe("2023-Q1");
    expect(id(periodContaining(date, "half", "decree09"))).toBe("2023-H1");
    expect(periodContains(parsePeriod("2023-9M"), date, "decree09")).toBe(true);
    expect(id(periodContaining(date, "year", "decree09"))).toBe("2023");
    expect(id(periodContaining("2022-12-14", "year", "decree09"))).toBe("2022");
  });

  it("closes the nine and seven months on the 14th", () => {
    expect(periodContains(parsePeriod("2023-9M"), "2023-09-14", "decree09")).toBe(true);
    expect(periodContains(parsePeriod("2023-9M"), "2023-09-15", "decree09")).toBe(false);
    expect(periodContains(parsePeriod("2023-7M"), "2023-07-14", "decree09")).toBe(true);
    expect(periodContains(parsePeriod("2023-7M"), "2023-07-15", "decree09")).toBe(false);
  });

  it("crosses quarter boundaries on the 15th", () => {
    expect(id(periodContaining("2023-03-14", "quarter", "decree09"))).toBe("2023-Q1");
    expect(id(periodContaining("2023-03-15", "quarter", "decree09"))).toBe("2023-Q2");
  });
});

describe("periodContaining errors", () => {
  it("rejects bad dates, unknown regimes and types, and results past 2200", () => {
    expect(codeOf(() => periodContaining("2023-02-30", "month", "calendar"))).toBe(
      "period.invalid_date",
    );
    expect(codeOf(() => periodContaining("2023-08-01", "month", "fiscal" as never))).toBe(
      "period.invalid_regime",
    );
    expect(codeOf(() => periodContaining("2023-08-01", "week" as never, "calendar"))).toBe(
      "period.invalid",
    );
    // A date of August lies in 8, 9, 10 and 11 months from January: no one period holds it.
    expect(codeOf(() => periodContaining("2023-08-01", "year_to_date" as never, "calendar"))).toBe(
      "period.invalid",
    );
    expect(codeOf(() => periodContaining("2200-12-15", "month", "decree09"))).toBe(
      "period.out_of_range",
    );
    expect(id(periodContaining("2200-12-14", "month", "decree09"))).toBe("2200-12");
    expect(id(periodContaining("1899-12-15", "year", "decree09"))).toBe("1900");
  });
});

describe("properties", () => {
  it("the period found contains the date, under both regimes and for every type", () => {
    fc.assert(
      fc.property(
        anyIsoDate(1900, 2199),
        fc.constantFrom(...PERIOD_TYPES.filter((t) => t !== "year_to_date")),
        anyRegime,
        (date, type, regime) => {
          const p = periodContaining(date, type as Exclude<typeof type, "year_to_date">, regime);
          expect(p.type).toBe(type);
          expect(periodContains(p, date, regime)).toBe(true);
        },
      ),
    );
  });

  it("the month found is the only month that contains the date", () => {
    fc.assert(
      fc.property(anyIsoDate(1901, 2199), anyRegime, (date, regime) => {
        const p = periodContaining(date, "month", regime);
        const neighbours = [-1, 1].map((n) => {
          const m = p.index + n;
          return m < 1
            ? { ...p, year: p.year - 1, index: 12 }
            : m > 12
              ? { ...p, year: p.year + 1, index: 1 }
              : { ...p, index: m };
        });
        for (const other of neighbours) expect(periodContains(other, date, regime)).toBe(false);
      }),
    );
  });
});
