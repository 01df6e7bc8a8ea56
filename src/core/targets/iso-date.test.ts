import { describe, expect, it } from "vitest";
import { isIsoDate, timestampMillis } from "./iso-date.ts";

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
