import { describe, expect, it } from "vitest";
import type { ValueRecord } from "./value-history.ts";
import { appendValue, currentValue } from "./value-history.ts";
import { isEstimateTotal, isValueStatus, totalStatus, VALUE_STATUSES } from "./value-status.ts";

describe("estimate and official history", () => {
  // Harvest output of the summer–autumn crop: estimated, then confirmed, then corrected.
  const estimate = appendValue<number>([], {
    value: 96_000,
    status: "estimate",
    recordedAt: "2023-08-10T08:00:00+07:00",
  });
  const official = appendValue(estimate, {
    value: 96_549,
    status: "official",
    recordedAt: "2023-08-25T15:00:00+07:00",
  });

  it("numbers versions and keeps every record", () => {
    expect(official.map((r) => [r.version, r.status, r.value])).toEqual([
      [1, "estimate", 96_000],
      [2, "official", 96_549],
    ]);
    expect(estimate).toHaveLength(1);
  });

  it("uses the estimate until the official figure arrives", () => {
    expect(currentValue(estimate)?.value).toBe(96_000);
    expect(currentValue(official)?.value).toBe(96_549);
  });

  it("keeps the official figure even when a later estimate is recorded", () => {
    const later = appendValue(official, {
      value: 97_000,
      status: "estimate",
      recordedAt: "2023-09-01T08:00:00+07:00",
    });
    expect(currentValue(later)).toEqual({
      value: 96_549,
      status: "official",
      recordedAt: "2023-08-25T15:00:00+07:00",
      version: 2,
    });
  });

  it("takes the latest official figure when it is corrected", () => {
    const corrected = appendValue(official, {
      value: 96_550,
      status: "official",
      recordedAt: "2023-09-02T08:00:00+07:00",
    });
    expect(currentValue(corrected)?.version).toBe(3);
  });

  it("orders by instant, not by text, across time zones", () => {
    const history: ValueRecord<number>[] = [
      { value: 1, status: "estimate", recordedAt: "2023-08-14T09:00:00+07:00", version: 1 },
      // 03:00Z is 10:00 in Vietnam: later, although its text sorts first.
      { value: 2, status: "estimate", recordedAt: "2023-08-14T03:00:00Z", version: 2 },
    ];
    expect(currentValue(history)?.value).toBe(2);
    expect(currentValue([...history].reverse())?.value).toBe(2);
  });

  it("breaks a tie in time by version", () => {
    const at = "2023-08-14T09:00:00+07:00";
    const history: ValueRecord<number>[] = [
      { value: 2, status: "estimate", recordedAt: at, version: 2 },
      { value: 1, status: "estimate", recordedAt: at, version: 1 },
    ];
    expect(currentValue(history)?.value).toBe(2);
  });

  it("is null for an empty history", () => {
    expect(currentValue([])).toBeNull();
  });

  it("rejects timestamps without an offset and unknown statuses", () => {
    expect(() =>
      appendValue([], { value: 1, status: "estimate", recordedAt: "2023-08-14T09:00:00" }),
    ).toThrow(expect.objectContaining({ code: "value.invalid_recorded_at" }));
    expect(() =>
      appendValue([], { value: 1, status: "estimate", recordedAt: "2023-02-30T09:00:00Z" }),
    ).toThrow(expect.objectContaining({ code: "value.invalid_recorded_at" }));
    expect(() =>
      appendValue([], { value: 1, status: "draft" as never, recordedAt: "2023-08-14T09:00:00Z" }),
    ).toThrow(expect.objectContaining({ code: "value.invalid_status" }));
    expect(() =>
      currentValue([{ value: 1, status: "official", recordedAt: "yesterday", version: 1 }]),
    ).toThrow(
      expect.objectContaining({
        code: "value.invalid_recorded_at",
        details: { index: 0, recordedAt: "yesterday" },
      }),
    );
  });
});

describe("value status of totals", () => {
  it("makes a total with any estimated part an estimate", () => {
    expect(isEstimateTotal(["official", "estimate", "official"])).toBe(true);
    expect(isEstimateTotal([{ status: "official" }, { status: "official" }])).toBe(false);
    expect(totalStatus([{ status: "official" }, "estimate"])).toBe("estimate");
    expect(totalStatus(["official"])).toBe("official");
    expect(totalStatus([])).toBe("official");
  });

  it("labels both statuses", () => {
    expect(VALUE_STATUSES.map((s) => s.nameVi)).toEqual(["Ước", "Chính thức"]);
    expect(isValueStatus("estimate")).toBe(true);
    expect(isValueStatus("ước")).toBe(false);
  });
});
