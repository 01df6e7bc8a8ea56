import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { anyPeriod } from "../../../test/support/arbitraries/periods.ts";
import { isBaocaoError } from "../errors.ts";
import { MAX_YEAR, MIN_YEAR } from "./period.ts";
import { formatPeriodId, parsePeriod } from "./period-id.ts";
import { nextPeriod, previousPeriod, samePeriodLastYear, shiftPeriod } from "./shift.ts";

const shift = (id: string, n: number) => formatPeriodId(shiftPeriod(parsePeriod(id), n));

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    if (isBaocaoError(error)) return error.code;
    throw error;
  }
  return undefined;
}

describe("shiftPeriod", () => {
  it("moves months across years", () => {
    expect(shift("2023-08", 1)).toBe("2023-09");
    expect(shift("2023-12", 1)).toBe("2024-01");
    expect(shift("2023-01", -1)).toBe("2022-12");
    expect(shift("2023-08", -20)).toBe("2021-12");
    expect(shift("2023-08", 0)).toBe("2023-08");
  });

  it("moves quarters and halves", () => {
    expect(shift("2023-Q1", -1)).toBe("2022-Q4");
    expect(shift("2023-Q4", 1)).toBe("2024-Q1");
    expect(shift("2023-Q3", 6)).toBe("2025-Q1");
    expect(shift("2023-H2", 1)).toBe("2024-H1");
    expect(shift("2023-H1", -3)).toBe("2021-H2");
  });

  it("moves year-to-date periods and years by whole years, keeping n", () => {
    expect(shift("2023-9M", -1)).toBe("2022-9M");
    expect(shift("2023-7M", 1)).toBe("2024-7M");
    expect(shift("2023-11M", -3)).toBe("2020-11M");
    expect(shift("2023", 2)).toBe("2025");
  });

  it("rejects non-integer steps and results outside 1900–2200", () => {
    expect(codeOf(() => shiftPeriod(parsePeriod("2023-08"), 0.5))).toBe("period.invalid_shift");
    expect(codeOf(() => shiftPeriod(parsePeriod("2023-08"), Number.NaN))).toBe(
      "period.invalid_shift",
    );
    expect(codeOf(() => shiftPeriod(parsePeriod("1900-01"), -1))).toBe("period.out_of_range");
    expect(codeOf(() => shiftPeriod(parsePeriod("2200-Q4"), 1))).toBe("period.out_of_range");
    expect(shift("2200-12", 0)).toBe("2200-12");
  });
});

describe("previous, next, same period last year", () => {
  it("previousPeriod keeps the type", () => {
    expect(formatPeriodId(previousPeriod(parsePeriod("2023-01")))).toBe("2022-12");
    expect(formatPeriodId(previousPeriod(parsePeriod("2023-Q1")))).toBe("2022-Q4");
    expect(formatPeriodId(previousPeriod(parsePeriod("2023-H1")))).toBe("2022-H2");
    expect(formatPeriodId(previousPeriod(parsePeriod("2023-9M")))).toBe("2022-9M");
    expect(formatPeriodId(previousPeriod(parsePeriod("2023")))).toBe("2022");
  });

  it("nextPeriod gives next month's tasks (tháng 9 after tháng 8)", () => {
    expect(formatPeriodId(nextPeriod(parsePeriod("2023-08")))).toBe("2023-09");
    expect(formatPeriodId(nextPeriod(parsePeriod("2023-12")))).toBe("2024-01");
  });

  it("samePeriodLastYear keeps type and index", () => {
    for (const [id, expected] of [
      ["2023-08", "2022-08"],
      ["2023-Q3", "2022-Q3"],
      ["2023-H2", "2022-H2"],
      ["2023-9M", "2022-9M"],
      ["2023-7M", "2022-7M"],
      ["2024-2M", "2023-2M"],
      ["2023", "2022"],
    ] as const) {
      expect(formatPeriodId(samePeriodLastYear(parsePeriod(id)))).toBe(expected);
    }
  });
});

describe("properties", () => {
  it("shift(shift(p, n), -n) = p whenever the first shift stays in range", () => {
    fc.assert(
      fc.property(
        anyPeriod,
        fc.oneof(fc.integer({ min: -30, max: 30 }), fc.integer({ min: -4000, max: 4000 })),
        (p, n) => {
          let there: ReturnType<typeof shiftPeriod>;
          try {
            there = shiftPeriod(p, n);
          } catch (error) {
            if (isBaocaoError(error, "period.out_of_range")) return;
            throw error;
          }
          expect(shiftPeriod(there, -n)).toEqual(p);
        },
      ),
    );
  });

  it("shifting is additive: shift(shift(p, a), b) = shift(p, a + b)", () => {
    // A year period moves a year per step, so two shifts of up to 12 need 24 years of room.
    const room = 25;
    fc.assert(
      fc.property(
        anyPeriod.filter((p) => p.year >= MIN_YEAR + room && p.year <= MAX_YEAR - room),
        fc.integer({ min: -12, max: 12 }),
        fc.integer({ min: -12, max: 12 }),
        (p, a, b) => {
          expect(shiftPeriod(shiftPeriod(p, a), b)).toEqual(shiftPeriod(p, a + b));
        },
      ),
    );
  });

  it("samePeriodLastYear is one year earlier with the same type and index", () => {
    fc.assert(
      fc.property(
        anyPeriod.filter((p) => p.year > MIN_YEAR),
        (p) => {
          expect(samePeriodLastYear(p)).toEqual({ ...p, year: p.year - 1 });
        },
      ),
    );
  });
});
