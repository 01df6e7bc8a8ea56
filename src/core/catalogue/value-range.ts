import type { Indicator, ValueRange } from "./indicator.ts";
import type { MeasureUnit } from "./measure-unit.ts";

/** Dimensions whose stored figures are magnitudes: the engine computes changes (tăng, giảm) itself. */
const NON_NEGATIVE_DIMENSIONS = new Set(["mass", "area", "length", "yield"]);

/** The bounds a value must keep, and why: declared on the indicator or implied by its unit. */
export interface EffectiveRange {
  readonly min?: number;
  readonly max?: number;
  /** Where each bound comes from, for the message that refuses a value. */
  readonly minFrom?: "indicator" | "unit";
  readonly maxFrom?: "indicator" | "unit";
}

/**
 * The lower bound a measure unit implies: counts (người, hộ, hồ sơ…) and physical magnitudes
 * (tấn, ha, km, tạ/ha) are never negative. Money (a budget balance) and percent (growth, or
 * "% of plan" above 100) imply nothing; a share declares `range: { min: 0, max: 100 }` itself.
 */
export function impliedMinimum(unit: MeasureUnit | undefined): number | undefined {
  if (!unit) return undefined;
  return unit.dimension.startsWith("count.") || NON_NEGATIVE_DIMENSIONS.has(unit.dimension)
    ? 0
    : undefined;
}

/**
 * The range a stored value of `indicator` must fall in: the indicator's own `range` where it sets
 * a bound (null lifts the unit's bound, for a stored change), else what its unit implies.
 * @example valueRange(dossiersReceived, units) // { min: 0, minFrom: "unit" }
 */
export function valueRange(indicator: Indicator, units: readonly MeasureUnit[]): EffectiveRange {
  const declared: ValueRange = indicator.range ?? {};
  const implied = impliedMinimum(units.find((u) => u.code === indicator.unit));
  const min = declared.min === undefined ? implied : (declared.min ?? undefined);
  const max = declared.max ?? undefined;
  return {
    ...(min !== undefined
      ? { min, minFrom: declared.min === undefined ? ("unit" as const) : ("indicator" as const) }
      : {}),
    ...(max !== undefined ? { max, maxFrom: "indicator" as const } : {}),
  };
}
