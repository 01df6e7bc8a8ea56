import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  ADDITIVE_STATISTICS,
  aggregateOverTime,
  type Contributing,
  combine,
  isReversible,
  NO_VALUES,
  STATISTICS,
  type StatisticName,
  type Stats,
  scaled,
  statsOf,
  statsOfAll,
  UNIT_AGGREGATION_KINDS,
  UNIT_RULES,
  type UnitAggregationKind,
  without,
} from "./index.ts";

/** The figure of a rule over some values, as the descriptor reads it. */
function figure(kind: UnitAggregationKind, values: readonly Contributing[]): number | null {
  return UNIT_RULES[kind].read(statsOfAll(values));
}
const plain = (...values: number[]): Contributing[] =>
  values.map((value) => ({ value, estimate: false, weight: 0 }));

describe("rules over time", () => {
  it("sums flows and skips missing months", () => {
    expect(aggregateOverTime("sum", [852, null, 829])).toBe(1681);
  });

  it("takes the latest reported value of a stock", () => {
    expect(aggregateOverTime("last", [450_000, 458_921, null])).toBe(458_921);
    expect(aggregateOverTime("last", [1, 2, 3])).toBe(3);
  });

  it("averages the reported values only, and takes the maximum", () => {
    expect(aggregateOverTime("average", [4, null, 8])).toBe(6);
    expect(aggregateOverTime("max", [-3, null, -1])).toBe(-1);
  });

  it("gives null for none unless there is a single period", () => {
    expect(aggregateOverTime("none", [1, 2])).toBeNull();
    expect(aggregateOverTime("none", [7])).toBe(7);
    expect(aggregateOverTime("none", [null])).toBeNull();
  });

  it("gives null when everything is missing, for every rule, and keeps a reported zero", () => {
    for (const rule of ["sum", "last", "average", "max", "none"] as const) {
      expect(aggregateOverTime(rule, [null, null])).toBeNull();
      expect(aggregateOverTime(rule, [])).toBeNull();
    }
    expect(aggregateOverTime("sum", [0, null])).toBe(0);
    expect(aggregateOverTime("last", [5, 0])).toBe(0);
  });
});

describe("rules over units", () => {
  it("sums units that reported", () => {
    expect(figure("sum", plain(2322, 6524, 5231, 2556))).toBe(16_633);
  });

  it("averages reporting units", () => {
    expect(figure("average", plain(90, 100))).toBe(95);
  });

  it("weights an average: yield weighted by area", () => {
    const values = [
      { value: 5, estimate: false, weight: 100 },
      { value: 6, estimate: false, weight: 300 },
    ];
    expect(figure("weighted_average", values)).toBe(5.75);
    expect(figure("weighted_average", plain(5, 6))).toBeNull(); // no weight at all
  });

  it("takes the smallest and the largest", () => {
    expect(figure("min", plain(7, -2, 3))).toBe(-2);
    expect(figure("max", plain(7, -2, 3))).toBe(7);
  });

  it("gives null for none unless there is a single value", () => {
    expect(figure("none", plain(1, 2))).toBeNull();
    expect(figure("none", plain(3))).toBe(3);
  });

  it("gives null, for every rule, when no unit reported", () => {
    for (const kind of UNIT_AGGREGATION_KINDS) expect(figure(kind, []), kind).toBeNull();
  });

  it("are reversible exactly when every statistic they read adds up", () => {
    const reversible = UNIT_AGGREGATION_KINDS.filter((k) => isReversible(UNIT_RULES[k]));
    expect(reversible).toEqual(["sum", "average", "weighted_average", "none"]);
    expect(ADDITIVE_STATISTICS).toEqual([
      "total",
      "count",
      "estimateCount",
      "weightedTotal",
      "weightTotal",
    ]);
  });
});

const value = fc.record({
  value: fc.integer({ min: -1000, max: 1000 }),
  estimate: fc.boolean(),
  weight: fc.integer({ min: 0, max: 50 }),
});
const additive = (s: Stats) => Object.fromEntries(ADDITIVE_STATISTICS.map((n) => [n, s[n]]));

describe("statistics", () => {
  it("of values added one by one and some taken away again equal those of the rest (additive ones)", () => {
    fc.assert(
      fc.property(fc.array(value), fc.array(value), (kept, removed) => {
        let running: Record<string, number> = additive(NO_VALUES);
        for (const v of [...kept, ...removed])
          running = additive(combine(running as Stats, statsOf(v)));
        for (const v of removed) {
          const part = statsOf(v);
          for (const n of ADDITIVE_STATISTICS) running[n] = (running[n] as number) - part[n];
        }
        expect(running).toEqual(additive(statsOfAll(kept)));
      }),
    );
  });

  it("combine in any grouping and order, for every law", () => {
    fc.assert(
      fc.property(fc.array(value), fc.array(value), (a, b) => {
        expect(combine(statsOfAll(a), statsOfAll(b))).toEqual(statsOfAll([...b, ...a]));
      }),
    );
  });

  it("give every rule over units the figure its definition says", () => {
    fc.assert(
      fc.property(fc.array(value, { minLength: 1 }), (values) => {
        const numbers = values.map((v) => v.value);
        const total = numbers.reduce((a, b) => a + b, 0);
        const weights = values.reduce((a, v) => a + v.weight, 0);
        const weighted = values.reduce((a, v) => a + v.value * v.weight, 0);
        expect(figure("sum", values)).toBe(total);
        expect(figure("average", values)).toBeCloseTo(total / values.length, 9);
        expect(figure("min", values)).toBe(Math.min(...numbers));
        expect(figure("max", values)).toBe(Math.max(...numbers));
        expect(figure("weighted_average", values)).toBe(weights === 0 ? null : weighted / weights);
        expect(figure("none", values)).toBe(values.length === 1 ? total : null);
      }),
    );
  });

  it("scale a split unit's share of totals but not its counts or extremes", () => {
    const s = scaled(statsOfAll(plain(10, 30)), 0.25);
    const expected: Partial<Record<StatisticName, number>> = {
      total: 10,
      count: 2,
      minimum: 10,
      maximum: 30,
    };
    for (const [name, v] of Object.entries(expected)) expect(s[name as StatisticName]).toBe(v);
    expect(Object.keys(STATISTICS).every((n) => n in s)).toBe(true);
  });

  it("take a unit's own values out of a total, back to the rest, or to no values at all", () => {
    const rest = statsOfAll([{ value: 100, estimate: false, weight: 5 }]);
    const own = statsOfAll([{ value: 300, estimate: true, weight: 6 }]);
    const left = without(combine(rest, own), own);
    for (const name of ADDITIVE_STATISTICS) expect(left[name]).toBe(rest[name]);
    expect(UNIT_RULES.weighted_average.read(left)).toBe(100);
    expect(without(own, own)).toEqual(NO_VALUES);
    expect(UNIT_RULES.sum.read(without(own, own))).toBeNull();
  });
});
