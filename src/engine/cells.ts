import type { UnitAggregation } from "../core/catalogue/index.ts";
import type { RollupCell } from "../store/index.ts";

/** The stored aggregate of one indicator × disaggregation × month for the unit asked about. */
export interface Cell {
  readonly total: number;
  readonly count: number;
  readonly estimateCount: number;
  readonly weightedTotal: number;
  readonly weightTotal: number;
}

/** Cells by indicator, disaggregation key and month, for one unit. */
export type CellIndex = ReadonlyMap<string, ReadonlyMap<string, ReadonlyMap<string, Cell>>>;

/** A unit's value in a month from its cell, by the indicator's rule over units. */
export function unitValue(cell: Cell | undefined, rule: UnitAggregation): number | null {
  if (!cell || cell.count <= 0) return null;
  switch (rule.kind) {
    case "sum":
      return cell.total;
    case "average":
      return cell.total / cell.count;
    case "weighted_average":
      return cell.weightTotal === 0 ? null : cell.weightedTotal / cell.weightTotal;
    case "none":
      return cell.count === 1 ? cell.total : null;
  }
}

/** One weighted source of a unit's cells: the unit itself (weight 1) or, remapped, its predecessors. */
export interface CellSource {
  readonly unit: string;
  readonly weight: number;
}

/**
 * Indexes stored aggregates for one unit. `sourcesOf(month)` says which stored units make up the
 * unit in that month and with what weight (a merged ward: its old wards, weight 1 each; a split
 * commune: a share of the old one); without remapping it is the unit itself.
 */
export function indexCells(
  rows: readonly RollupCell[],
  sourcesOf: (month: string) => readonly CellSource[],
): CellIndex {
  const index = new Map<string, Map<string, Map<string, Cell>>>();
  const weights = new Map<string, Map<string, number>>();
  for (const row of rows) {
    let byUnit = weights.get(row.period);
    if (!byUnit) {
      byUnit = new Map(sourcesOf(row.period).map((s) => [s.unit, s.weight]));
      weights.set(row.period, byUnit);
    }
    const w = byUnit.get(row.unitCode);
    if (!w) continue;
    const byDisaggregation = index.get(row.indicatorCode) ?? new Map<string, Map<string, Cell>>();
    index.set(row.indicatorCode, byDisaggregation);
    const byMonth = byDisaggregation.get(row.disaggregation) ?? new Map<string, Cell>();
    byDisaggregation.set(row.disaggregation, byMonth);
    const prior = byMonth.get(row.period);
    byMonth.set(row.period, {
      total: (prior?.total ?? 0) + w * row.total,
      count: (prior?.count ?? 0) + row.count,
      estimateCount: (prior?.estimateCount ?? 0) + row.estimateCount,
      weightedTotal: (prior?.weightedTotal ?? 0) + w * row.weightedTotal,
      weightTotal: (prior?.weightTotal ?? 0) + w * row.weightTotal,
    });
  }
  return index;
}
