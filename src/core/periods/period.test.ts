import { describe, expect, it } from "vitest";
import { isBaocaoError } from "../errors.ts";
import {
  isPeriodType,
  isReportingRegime,
  MAX_YEAR,
  MIN_YEAR,
  makePeriod,
  monthPeriod,
  PERIOD_TYPES,
  periodsPerYear,
  YEAR_TO_DATE_MONTHS,
  yearToDatePeriod,
} from "./period.ts";

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    if (isBaocaoError(error)) return error.code;
    throw error;
  }
  return undefined;
}

describe("makePeriod", () => {
  it("builds a frozen period", () => {
    const p = makePeriod("quarter", 2023, 3);
    expect(p).toEqual({ type: "quarter", year: 2023, index: 3 });
    expect(Object.isFrozen(p)).toBe(true);
  });

  it("defaults the index to 1 for a year", () => {
    expect(makePeriod("year", 2023)).toEqual({ type: "year", year: 2023, index: 1 });
  });

  it("builds year-to-date periods of the n no other kind covers", () => {
    expect(makePeriod("year_to_date", 2023, 7)).toEqual({
      type: "year_to_date",
      year: 2023,
      index: 7,
    });
    expect(YEAR_TO_DATE_MONTHS).toEqual([2, 4, 5, 7, 8, 9, 10, 11]);
  });

  it("accepts the edges of the year range", () => {
    expect(makePeriod("year", MIN_YEAR).year).toBe(1900);
    expect(makePeriod("month", MAX_YEAR, 12).year).toBe(2200);
  });

  it("rejects indexes outside the type's range", () => {
    expect(codeOf(() => makePeriod("month", 2023, 0))).toBe("period.invalid");
    expect(codeOf(() => makePeriod("month", 2023, 13))).toBe("period.invalid");
    expect(codeOf(() => makePeriod("quarter", 2023, 5))).toBe("period.invalid");
    expect(codeOf(() => makePeriod("half", 2023, 3))).toBe("period.invalid");
    for (const n of [0, 1, 3, 6, 12, 13, 7.5]) {
      expect(
        codeOf(() => makePeriod("year_to_date", 2023, n)),
        String(n),
      ).toBe("period.invalid");
    }
    expect(codeOf(() => makePeriod("year", 2023, 2))).toBe("period.invalid");
    expect(codeOf(() => makePeriod("month", 2023, 1.5))).toBe("period.invalid");
  });

  it("explains a bad index in Vietnamese", () => {
    expect(() => makePeriod("quarter", 2023, 5)).toThrow(
      "Kỳ báo cáo không hợp lệ: quý số 5 (số thứ tự phải từ 1 đến 4).",
    );
  });

  it("names the kind that covers 1, 3, 6 or 12 months from January", () => {
    expect(() => makePeriod("year_to_date", 2023, 6)).toThrow(
      "Kỳ báo cáo không hợp lệ: kỳ lũy kế số 6 (số tháng phải là 2, 4, 5, 7, 8, 9, 10, 11; 1, 3, 6, 12 tháng là tháng 1, quý I, 6 tháng đầu năm, cả năm).",
    );
  });

  it("rejects years outside 1900–2200", () => {
    expect(codeOf(() => makePeriod("year", 1899))).toBe("period.out_of_range");
    expect(codeOf(() => makePeriod("year", 2201))).toBe("period.out_of_range");
    expect(codeOf(() => makePeriod("year", 2023.5))).toBe("period.out_of_range");
    expect(() => makePeriod("year", 2201)).toThrow(
      "Năm 2201 nằm ngoài phạm vi cho phép (từ 1900 đến 2200).",
    );
  });

  it("rejects an unknown type coming from untyped input", () => {
    expect(codeOf(() => makePeriod("week" as never, 2023, 1))).toBe("period.invalid");
  });
});

describe("yearToDatePeriod", () => {
  it("gives January to month n in its one canonical kind", () => {
    const of = (n: number) => yearToDatePeriod(2023, n);
    expect(of(1)).toEqual({ type: "month", year: 2023, index: 1 });
    expect(of(2)).toEqual({ type: "year_to_date", year: 2023, index: 2 });
    expect(of(3)).toEqual({ type: "quarter", year: 2023, index: 1 });
    expect(of(6)).toEqual({ type: "half", year: 2023, index: 1 });
    expect(of(7)).toEqual({ type: "year_to_date", year: 2023, index: 7 });
    expect(of(11)).toEqual({ type: "year_to_date", year: 2023, index: 11 });
    expect(of(12)).toEqual({ type: "year", year: 2023, index: 1 });
    expect(codeOf(() => of(13))).toBe("period.invalid");
    expect(codeOf(() => of(0))).toBe("period.invalid");
  });
});

describe("helpers", () => {
  it("monthPeriod is a month", () => {
    expect(monthPeriod(2023, 8)).toEqual({ type: "month", year: 2023, index: 8 });
  });

  it("periodsPerYear counts each type", () => {
    expect(PERIOD_TYPES.map(periodsPerYear)).toEqual([12, 4, 2, 1, 1]);
  });

  it("isPeriodType and isReportingRegime guard untyped input", () => {
    expect(isPeriodType("half")).toBe(true);
    expect(isPeriodType("semester")).toBe(false);
    expect(isPeriodType(3)).toBe(false);
    expect(isReportingRegime("decree09")).toBe(true);
    expect(isReportingRegime("fiscal")).toBe(false);
  });
});
