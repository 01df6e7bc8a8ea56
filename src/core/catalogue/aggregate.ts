import { BaocaoError } from "../errors.ts";
import type { TimeAggregation, UnitAggregation, UnitAggregationKind } from "./indicator.ts";

/** A value that may be missing (not reported). */
export type MaybeNumber = number | null;

function present(values: readonly MaybeNumber[]): number[] {
  return values.filter((v): v is number => v !== null);
}

function sum(values: readonly number[]): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}

/** `none` cannot combine several values; one value is its own aggregate. */
function single(values: readonly MaybeNumber[]): MaybeNumber {
  return values.length === 1 ? (values[0] ?? null) : null;
}

/** The shared sum/average/max rules: missing values are skipped, all missing gives null. */
function basic(rule: "sum" | "average" | "max", values: readonly MaybeNumber[]): MaybeNumber {
  const known = present(values);
  if (known.length === 0) return null;
  if (rule === "sum") return sum(known);
  if (rule === "average") return sum(known) / known.length;
  return Math.max(...known);
}

/**
 * Combines the values of consecutive periods (oldest first) into one, e.g. months into the year
 * to date. Nulls are skipped; all null gives null. `last` is the latest reported value (a stock
 * such as loans outstanding); `none` gives null unless there is exactly one period.
 * @example aggregateOverTime("sum", [852, null, 829]) // 1681
 */
export function aggregateOverTime(
  rule: TimeAggregation,
  values: readonly MaybeNumber[],
): MaybeNumber {
  switch (rule) {
    case "sum":
    case "average":
    case "max":
      return basic(rule, values);
    case "last": {
      const known = present(values);
      return known.length === 0 ? null : (known[known.length - 1] ?? null);
    }
    case "none":
      return single(values);
  }
}

/**
 * Combines the values of several reporting units into one. Nulls are skipped; all null gives
 * null. A weighted average needs `weights` aligned with `values` and skips pairs with a missing
 * side; a zero total weight gives null.
 * @example aggregateOverUnits({ kind: "weighted_average", weight: "dien_tich" }, [5, 6], [100, 300]) // 5.75
 */
export function aggregateOverUnits(
  rule: UnitAggregation | UnitAggregationKind,
  values: readonly MaybeNumber[],
  weights?: readonly MaybeNumber[],
): MaybeNumber {
  const kind = typeof rule === "string" ? rule : rule.kind;
  switch (kind) {
    case "sum":
    case "average":
      return basic(kind, values);
    case "none":
      return single(values);
    case "weighted_average":
      return weightedAverage(values, weights);
  }
}

function weightedAverage(
  values: readonly MaybeNumber[],
  weights: readonly MaybeNumber[] | undefined,
): MaybeNumber {
  if (weights === undefined || weights.length !== values.length) {
    throw new BaocaoError(
      "catalogue.weights_mismatch",
      "Bình quân gia quyền cần một quyền số cho mỗi giá trị.",
      { values: values.length, weights: weights?.length ?? null },
    );
  }
  let weighted = 0;
  let totalWeight = 0;
  let pairs = 0;
  values.forEach((value, i) => {
    const weight = weights[i] ?? null;
    if (value === null || weight === null) return;
    weighted += value * weight;
    totalWeight += weight;
    pairs += 1;
  });
  if (pairs === 0 || totalWeight === 0) return null;
  return weighted / totalWeight;
}
