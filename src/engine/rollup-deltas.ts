import type { DataValueKey, RollupDelta } from "../store/index.ts";

/** The part of a value that roll-ups see: its number (null: absent) and whether it is an estimate. */
export interface RolledValue {
  readonly value: number | null;
  readonly estimate: boolean;
  /** The weight paired with the value, for weighted averages (0 when none). */
  readonly weight: number;
}

/** A value as absent: what a create starts from and a delete ends with. */
export const ABSENT: RolledValue = { value: null, estimate: false, weight: 0 };

/** The contribution of one value to an aggregate. */
function contribution(v: RolledValue) {
  if (v.value === null)
    return { total: 0, count: 0, estimateCount: 0, weightedTotal: 0, weightTotal: 0 };
  return {
    total: v.value,
    count: 1,
    estimateCount: v.estimate ? 1 : 0,
    weightedTotal: v.value * v.weight,
    weightTotal: v.weight,
  };
}

/**
 * The differences a change of one value makes to the aggregates of each unit it counts towards,
 * under its own disaggregation key and, when `alsoTotal`, under the total key too.
 */
export function rollupDeltas(
  key: DataValueKey,
  before: RolledValue,
  after: RolledValue,
  ancestors: readonly string[],
  alsoTotal: boolean,
): RollupDelta[] {
  const a = contribution(after);
  const b = contribution(before);
  const diff = {
    total: a.total - b.total,
    count: a.count - b.count,
    estimateCount: a.estimateCount - b.estimateCount,
    weightedTotal: a.weightedTotal - b.weightedTotal,
    weightTotal: a.weightTotal - b.weightTotal,
  };
  if (Object.values(diff).every((d) => d === 0)) return [];
  const keys =
    alsoTotal && key.disaggregation !== "" ? [key.disaggregation, ""] : [key.disaggregation];
  return ancestors.flatMap((unitCode) =>
    keys.map((disaggregation) => ({
      indicatorCode: key.indicatorCode,
      unitCode,
      period: key.period,
      disaggregation,
      ...diff,
    })),
  );
}

/** Adds up deltas that hit the same aggregate, so each is written once. */
export function mergeDeltas(deltas: Iterable<RollupDelta>): RollupDelta[] {
  const merged = new Map<string, RollupDelta>();
  for (const d of deltas) {
    const k = `${d.indicatorCode}\u0000${d.unitCode}\u0000${d.period}\u0000${d.disaggregation}`;
    const m = merged.get(k);
    merged.set(
      k,
      m
        ? {
            ...m,
            total: m.total + d.total,
            count: m.count + d.count,
            estimateCount: m.estimateCount + d.estimateCount,
            weightedTotal: m.weightedTotal + d.weightedTotal,
            weightTotal: m.weightTotal + d.weightTotal,
          }
        : d,
    );
  }
  return [...merged.values()];
}
