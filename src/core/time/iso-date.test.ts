import { describe, expect, it } from "vitest";
import {
  daysInMonth,
  formatDateVi,
  formatIsoDate,
  isIsoDate,
  isLeapYear,
  parseIsoDate,
  timestampMillis,
} from "./iso-date.ts";

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

describe("isIsoDate", () => {
  it("accepts real dates, leap days included", () => {
    expect(isIsoDate("2023-08-14")).toBe(true);
    expect(isIsoDate("2024-02-29")).toBe(true);
    expect(isIsoDate("2000-02-29")).toBe(true);
  });

  it("rejects impossible dates and other formats", () => {
    expect(isIsoDate("2023-02-29")).toBe(false);
    expect(isIsoDate("1900-02-29")).toBe(false);
    expect(isIsoDate("2023-04-31")).toBe(false);
    expect(isIsoDate("2023-13-01")).toBe(false);
    expect(isIsoDate("2023-00-10")).toBe(false);
    expect(isIsoDate("14/8/2023")).toBe(false);
    expect(isIsoDate(20230814)).toBe(false);
  });
});

describe("timestampMillis", () => {
  it("reads timestamps with an offset as instants", () => {
    expect(timestampMillis("2023-08-14T10:00:00+07:00")).toBe(
      timestampMillis("2023-08-14T03:00:00Z"),
    );
    expect(timestampMillis("2023-08-14T03:00Z")).toBe(Date.UTC(2023, 7, 14, 3));
    expect(timestampMillis("2023-08-14T03:00:00.123Z")).toBe(Date.UTC(2023, 7, 14, 3, 0, 0, 123));
  });

  it("rejects timestamps without an offset or with an impossible date", () => {
    expect(timestampMillis("2023-08-14T10:00:00")).toBeUndefined();
    expect(timestampMillis("2023-08-14")).toBeUndefined();
    expect(timestampMillis("2023-02-30T10:00:00Z")).toBeUndefined();
    expect(timestampMillis(null)).toBeUndefined();
  });
});

describe("formatDateVi", () => {
  it("writes dd/mm/yyyy and leaves anything else as it is", () => {
    expect(formatDateVi("2025-07-01")).toBe("01/07/2025");
    expect(formatDateVi("soon")).toBe("soon");
  });
});
