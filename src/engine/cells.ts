import {
  ADDITIVE_STATISTICS,
  combine,
  NO_VALUES,
  type Stats,
  scaled,
  UNIT_RULES,
} from "../core/aggregation/index.ts";
import type { UnitAggregation } from "../core/catalogue/index.ts";
import type { DataValueKey } from "../core/values/index.ts";
import type { RollupCell } from "../store/index.ts";

/** The statistics of one indicator × unit × month × disaggregation, however they were obtained. */
export interface CellRow extends DataValueKey {
  readonly stats: Stats;
}

/** The statistics of one indicator × disaggregation × month, for the unit asked about. */
export type Cell = Stats;

/** Cells by indicator, disaggregation key and month, for one unit. */
export type CellIndex = ReadonlyMap<string, ReadonlyMap<string, ReadonlyMap<string, Cell>>>;

/**
 * A unit's value in a month from its cell, by the indicator's rule over units. A value that is
 * no finite number (sums of absurd figures stored before they were refused) reads as missing:
 * one unreadable figure never breaks the checks and reports that read the others.
 */
export function unitValue(cell: Cell | undefined, rule: UnitAggregation): number | null {
  const value = UNIT_RULES[rule.kind].read(cell ?? NO_VALUES);
  return value === null || Number.isFinite(value) ? value : null;
}

/**
 * The cells of a selection on some of an indicator's category sets (`crop_area[season=he_thu]`
 * of a season × crop indicator), by month: the stored full-cross cells that hold every selected
 * option, combined the way the indicator's total combines its options — the rule over units then
 * reads the figure (a sum, a weighted average, a minimum…). A month where none holds data has
 * no cell, so it reads as no data, never as 0.
 */
export function selectionCells(
  byKey: ReadonlyMap<string, ReadonlyMap<string, Cell>> | undefined,
  selection: string,
): ReadonlyMap<string, Cell> {
  const wanted = selection.split(";");
  const out = new Map<string, Cell>();
  for (const [key, byMonth] of byKey ?? []) {
    const pairs = key.split(";");
    if (!wanted.every((p) => pairs.includes(p))) continue;
    for (const [month, cell] of byMonth) {
      const prior = out.get(month);
      out.set(month, prior ? combine(prior, cell) : cell);
    }
  }
  return out;
}

/** A stored roll-up as a cell row (its statistics that are not kept are those of no values). */
export function fromRollup(row: RollupCell): CellRow {
  const stats: Record<string, number> = { ...NO_VALUES };
  for (const name of ADDITIVE_STATISTICS) stats[name] = row[name];
  const { indicatorCode, unitCode, period, disaggregation } = row;
  return { indicatorCode, unitCode, period, disaggregation, stats: stats as Stats };
}

/** One weighted source of a unit's cells: the unit itself (weight 1) or, remapped, its predecessors. */
export interface CellSource {
  readonly unit: string;
  readonly weight: number;
}

/**
 * Indexes cells for one unit. `sourcesOf(month)` says which stored units make up the unit in that
 * month and with what weight (a merged ward: its old wards, weight 1 each; a split commune: a
 * share of the old one); without remapping it is the unit itself.
 */
export function indexCells(
  rows: readonly CellRow[],
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
    const share = scaled(row.stats, w);
    const prior = byMonth.get(row.period);
    byMonth.set(row.period, prior ? combine(prior, share) : share);
  }
  return index;
}
