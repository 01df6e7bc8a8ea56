import type { DataValueKey } from "../core/values/index.ts";
import type { RollupDelta, RollupDeltaColumns } from "../store/index.ts";

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

/**
 * Adds up roll-up differences per aggregate as they come, straight into columns: one map entry
 * per aggregate instead of one delta object per value and ancestor. Each aggregate's differences
 * are added in the order they come, as `mergeDeltas(rollupDeltas(…)…)` does.
 */
export class DeltaSums {
  private readonly slots = new Map<string, number>();
  readonly columns: RollupDeltaColumns = {
    indicatorCode: [],
    unitCode: [],
    period: [],
    disaggregation: [],
    total: [],
    count: [],
    estimateCount: [],
    weightedTotal: [],
    weightTotal: [],
  };

  get size(): number {
    return this.columns.total.length;
  }

  /**
   * Adds what a value's change does to the aggregates of `units[from…to)` (see `rollupDeltas`);
   * a range rather than a slice, so that no array is made per value.
   */
  add(
    key: DataValueKey,
    before: RolledValue,
    after: RolledValue,
    units: readonly string[],
    alsoTotal: boolean,
    from = 0,
    to = units.length,
  ): void {
    if (from >= to || from >= units.length) return;
    const a = after.value;
    const b = before.value;
    const total = (a ?? 0) - (b ?? 0);
    const count = (a === null ? 0 : 1) - (b === null ? 0 : 1);
    const estimateCount =
      (a !== null && after.estimate ? 1 : 0) - (b !== null && before.estimate ? 1 : 0);
    const weightedTotal =
      (a === null ? 0 : a * after.weight) - (b === null ? 0 : b * before.weight);
    const weightTotal = (a === null ? 0 : after.weight) - (b === null ? 0 : before.weight);
    if (
      total === 0 &&
      count === 0 &&
      estimateCount === 0 &&
      weightedTotal === 0 &&
      weightTotal === 0
    )
      return;
    const { indicatorCode, period, disaggregation } = key;
    const withTotal = alsoTotal && disaggregation !== "";
    for (let u = from; u < to && u < units.length; u++) {
      const unit = units[u] as string;
      this.bump(
        indicatorCode,
        unit,
        period,
        disaggregation,
        total,
        count,
        estimateCount,
        weightedTotal,
        weightTotal,
      );
      if (withTotal)
        this.bump(
          indicatorCode,
          unit,
          period,
          "",
          total,
          count,
          estimateCount,
          weightedTotal,
          weightTotal,
        );
    }
  }

  private bump(
    indicatorCode: string,
    unitCode: string,
    period: string,
    disaggregation: string,
    total: number,
    count: number,
    estimateCount: number,
    weightedTotal: number,
    weightTotal: number,
  ): void {
    const k = `${indicatorCode}\u0000${unitCode}\u0000${period}\u0000${disaggregation}`;
    const c = this.columns;
    const slot = this.slots.get(k);
    if (slot === undefined) {
      this.slots.set(k, c.total.length);
      c.indicatorCode.push(indicatorCode);
      c.unitCode.push(unitCode);
      c.period.push(period);
      c.disaggregation.push(disaggregation);
      c.total.push(total);
      c.count.push(count);
      c.estimateCount.push(estimateCount);
      c.weightedTotal.push(weightedTotal);
      c.weightTotal.push(weightTotal);
      return;
    }
    c.total[slot] = (c.total[slot] as number) + total;
    c.count[slot] = (c.count[slot] as number) + count;
    c.estimateCount[slot] = (c.estimateCount[slot] as number) + estimateCount;
    c.weightedTotal[slot] = (c.weightedTotal[slot] as number) + weightedTotal;
    c.weightTotal[slot] = (c.weightTotal[slot] as number) + weightTotal;
  }
}
