import { describe, expect, it } from "vitest";
import { aggregateOverTime, aggregateOverUnits } from "./aggregate.ts";

describe("aggregateOverTime", () => {
  it("sums flows and skips missing months", () => {
    expect(aggregateOverTime("sum", [852, null, 829])).toBe(1681);
  });

  it("takes the latest reported value of a stock", () => {
    expect(aggregateOverTime("last", [450_000, 458_921, null])).toBe(458_921);
    expect(aggregateOverTime("last", [1, 2, 3])).toBe(3);
  });

  it("averages the reported values only", () => {
    expect(aggregateOverTime("average", [4, null, 8])).toBe(6);
  });

  it("takes the maximum", () => {
    expect(aggregateOverTime("max", [-3, null, -1])).toBe(-1);
  });

  it("gives null for none unless there is a single period", () => {
    expect(aggregateOverTime("none", [1, 2])).toBeNull();
    expect(aggregateOverTime("none", [7])).toBe(7);
    expect(aggregateOverTime("none", [null])).toBeNull();
  });

  it("gives null when everything is missing, for every rule", () => {
    for (const rule of ["sum", "last", "average", "max", "none"] as const) {
      expect(aggregateOverTime(rule, [null, null])).toBeNull();
      expect(aggregateOverTime(rule, [])).toBeNull();
    }
  });

  it("keeps a reported zero (zero is not missing)", () => {
    expect(aggregateOverTime("sum", [0, null])).toBe(0);
    expect(aggregateOverTime("last", [5, 0])).toBe(0);
  });
});

describe("aggregateOverUnits", () => {
  it("sums units and skips units that did not report", () => {
    expect(aggregateOverUnits("sum", [2322, 6524, null, 5231, 2556])).toBe(16_633);
    expect(aggregateOverUnits({ kind: "sum" }, [1, 2])).toBe(3);
  });

  it("averages reporting units", () => {
    expect(aggregateOverUnits("average", [90, null, 100])).toBe(95);
  });

  it("weights an average: yield weighted by area", () => {
    const rule = { kind: "weighted_average", weight: "dien_tich" } as const;
    expect(aggregateOverUnits(rule, [5, 6], [100, 300])).toBe(5.75);
  });

  it("skips pairs with a missing value or weight", () => {
    expect(aggregateOverUnits("weighted_average", [5, null, 7, 9], [100, 50, null, 100])).toBe(7);
  });

  it("gives null when no pair is complete or total weight is zero", () => {
    expect(aggregateOverUnits("weighted_average", [null, 5], [1, null])).toBeNull();
    expect(aggregateOverUnits("weighted_average", [5, 6], [0, 0])).toBeNull();
  });

  it("throws catalogue.weights_mismatch without aligned weights", () => {
    expect(() => aggregateOverUnits("weighted_average", [1, 2])).toThrow(
      expect.objectContaining({ code: "catalogue.weights_mismatch" }),
    );
    expect(() => aggregateOverUnits("weighted_average", [1, 2], [1])).toThrow(
      expect.objectContaining({
        code: "catalogue.weights_mismatch",
        details: { values: 2, weights: 1 },
      }),
    );
  });

  it("gives null for none unless there is a single unit", () => {
    expect(aggregateOverUnits("none", [1, 2])).toBeNull();
    expect(aggregateOverUnits({ kind: "none" }, [3])).toBe(3);
  });

  it("gives null when every unit is missing", () => {
    for (const rule of ["sum", "average", "none"] as const) {
      expect(aggregateOverUnits(rule, [null, null])).toBeNull();
    }
    expect(aggregateOverUnits("weighted_average", [null], [null])).toBeNull();
  });
});
