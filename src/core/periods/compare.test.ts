import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { anyPeriod } from "../../../test/support/arbitraries/periods.ts";
import { comparePeriods, periodsEqual } from "./compare.ts";
import { formatPeriodId, parsePeriod } from "./period-id.ts";
import { periodRange } from "./period-range.ts";

describe("comparePeriods", () => {
  it("orders periods of one type chronologically", () => {
    const ids = ["2024-01", "2023-12", "2023-02", "2022-12"];
    expect(ids.map(parsePeriod).sort(comparePeriods).map(formatPeriodId)).toEqual([
      "2022-12",
      "2023-02",
      "2023-12",
      "2024-01",
    ]);
  });

  it("orders a mixed list by first month, then shorter first", () => {
    const ids = [
      "2023",
      "2023-02",
      "2023-9M",
      "2023-H1",
      "2023-7M",
      "2023-Q1",
      "2023-01",
      "2022-Q4",
    ];
    expect(ids.map(parsePeriod).sort(comparePeriods).map(formatPeriodId)).toEqual([
      "2022-Q4",
      "2023-01",
      "2023-Q1",
      "2023-H1",
      "2023-7M",
      "2023-9M",
      "2023",
      "2023-02",
    ]);
  });

  it("returns -1, 0 or 1", () => {
    expect(comparePeriods(parsePeriod("2023-08"), parsePeriod("2023-09"))).toBe(-1);
    expect(comparePeriods(parsePeriod("2023-08"), parsePeriod("202308"))).toBe(0);
    expect(comparePeriods(parsePeriod("2023-Q4"), parsePeriod("2023-H2"))).toBe(1);
  });

  it("is 0 exactly for equal periods and antisymmetric", () => {
    fc.assert(
      fc.property(anyPeriod, anyPeriod, (a, b) => {
        expect(comparePeriods(a, b) === 0).toBe(periodsEqual(a, b));
        expect(comparePeriods(a, b)).toBe(-comparePeriods(b, a) || 0);
      }),
    );
  });

  it("agrees with the calendar start date", () => {
    fc.assert(
      fc.property(anyPeriod, anyPeriod, (a, b) => {
        const sa = periodRange(a, "calendar").start;
        const sb = periodRange(b, "calendar").start;
        if (sa < sb) expect(comparePeriods(a, b)).toBe(-1);
        if (sa > sb) expect(comparePeriods(a, b)).toBe(1);
      }),
    );
  });
});

describe("periodsEqual", () => {
  it("compares by value", () => {
    expect(periodsEqual(parsePeriod("2023S1"), parsePeriod("2023-H1"))).toBe(true);
    expect(periodsEqual(parsePeriod("2023-Q1"), parsePeriod("2023-01"))).toBe(false);
  });
});
