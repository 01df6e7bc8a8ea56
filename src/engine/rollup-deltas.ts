import {
  ADDITIVE_STATISTICS,
  type AdditiveStatistic,
  type Contributing,
  STATISTICS,
} from "../core/aggregation/index.ts";
import type { DataValueKey } from "../core/values/index.ts";
import { type KeyColumns, keyColumnArrays, type RollupDeltaColumns } from "../store/index.ts";

/** The part of a value that roll-ups see: its number (null: absent) and whether it is an estimate. */
export interface RolledValue {
  readonly value: number | null;
  readonly estimate: boolean;
  /** The weight paired with the value, for weighted rules (0 when none). */
  readonly weight: number;
}

/** A value as absent: what a create starts from and a delete ends with. */
export const ABSENT: RolledValue = { value: null, estimate: false, weight: 0 };

// What one value adds to each additive statistic, in the roll-up columns' order.
const PARTS = ADDITIVE_STATISTICS.map((name) => STATISTICS[name].of);
const WIDTH = PARTS.length;

/**
 * Adds up roll-up differences per aggregate as they come, straight into columns: one map entry
 * per aggregate instead of one delta object per value and ancestor. A change of one value adds,
 * for every additive statistic of core/aggregation, its new part less its old part.
 */
export class DeltaSums {
  private readonly slots = new Map<string, number>();
  private readonly key: KeyColumns = keyColumnArrays();
  private readonly sums: number[][] = PARTS.map(() => []);
  /** The differences of the value being added, reused from value to value. */
  private readonly diff = new Float64Array(WIDTH);

  get size(): number {
    return this.key.unitCode.length;
  }

  /** The sums as the roll-up repository takes them. */
  get columns(): RollupDeltaColumns {
    const stats = Object.fromEntries(ADDITIVE_STATISTICS.map((name, i) => [name, this.sums[i]]));
    return { ...this.key, ...(stats as Record<AdditiveStatistic, number[]>) };
  }

  /**
   * Adds what a value's change does to the aggregates of `units[from…to)`, under the value's own
   * disaggregation key and, when `alsoTotal`, under the total key too; a range rather than a
   * slice, so that no array is made per value.
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
    const diff = this.diff;
    let changed = false;
    for (let s = 0; s < WIDTH; s++) {
      const part = PARTS[s] as (v: Contributing) => number;
      const d =
        (after.value === null ? 0 : part(after as Contributing)) -
        (before.value === null ? 0 : part(before as Contributing));
      diff[s] = d;
      if (d !== 0) changed = true;
    }
    if (!changed) return;
    const { indicatorCode, period, disaggregation } = key;
    const withTotal = alsoTotal && disaggregation !== "";
    for (let u = from; u < to && u < units.length; u++) {
      const unit = units[u] as string;
      this.bump(indicatorCode, unit, period, disaggregation);
      if (withTotal) this.bump(indicatorCode, unit, period, "");
    }
  }

  private bump(indicatorCode: string, unitCode: string, period: string, disaggregation: string) {
    const k = `${indicatorCode}\u0000${unitCode}\u0000${period}\u0000${disaggregation}`;
    const slot = this.slots.get(k);
    if (slot === undefined) {
      this.slots.set(k, this.key.unitCode.length);
      this.key.indicatorCode.push(indicatorCode);
      this.key.unitCode.push(unitCode);
      this.key.period.push(period);
      this.key.disaggregation.push(disaggregation);
      for (let s = 0; s < WIDTH; s++) (this.sums[s] as number[]).push(this.diff[s] as number);
      return;
    }
    for (let s = 0; s < WIDTH; s++) {
      const column = this.sums[s] as number[];
      column[slot] = (column[slot] as number) + (this.diff[s] as number);
    }
  }
}
