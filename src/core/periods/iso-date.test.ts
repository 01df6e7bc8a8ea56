import { describe, expect, it } from "vitest";
import { daysInMonth, formatIsoDate, isLeapYear, parseIsoDate } from "./iso-date.ts";

describe("iso dates", () => {
  it("knows the Gregorian leap years", () => {
    expect([1900, 2000, 2023, 2024, 2100].map(isLeapYear)).toEqual([
      false,
      true,
      false,
      true,
      false,
    ]);
  });

  it("counts the days of each month", () => {
    expect(daysInMonth(2023, 2)).toBe(28);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2023, 9)).toBe(30);
    expect(daysInMonth(2023, 12)).toBe(31);
  });

  it("formats with zero padding", () => {
    expect(formatIsoDate(2023, 8, 1)).toBe("2023-08-01");
  });

  it("parses real dates", () => {
    expect(parseIsoDate("2024-02-29")).toEqual({ year: 2024, month: 2, day: 29 });
  });

  it("rejects impossible or malformed dates with period.invalid_date", () => {
    for (const bad of ["2023-02-29", "2023-13-01", "2023-00-10", "2023-8-14", "14/8/2023", ""]) {
      expect(() => parseIsoDate(bad), bad).toThrow(
        expect.objectContaining({ code: "period.invalid_date", details: { input: bad } }),
      );
    }
  });
});
