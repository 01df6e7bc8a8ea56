import { type Stats, without } from "../core/aggregation/index.ts";
import type { ClosureRow, Repositories } from "../store/index.ts";
import { type CellRow, fromRollup } from "./cells.ts";

/**
 * Values left out of a computation: those a unit entered itself for some indicators in one month
 * (a form not approved yet, for a report of approved figures only). The units above it are
 * computed as if it had not entered them.
 */
export interface ExcludedValues {
  readonly unit: string;
  /** A month, `2023-08`. */
  readonly period: string;
  readonly indicators: readonly string[];
}

const cellKey = (...parts: string[]) => parts.join("\u0000");
const inMonth = (row: ClosureRow, month: string) => row.fromPeriod <= month && month < row.toPeriod;

/**
 * Takes the excluded units' own values out of stored roll-up rows (indicators whose rule adds).
 * A unit's own part is its roll-up less its children's; that part is taken out of its own row
 * and of every row above it that was read, so weights and estimates leave with the values.
 * Three reads whatever the number of units left out: their ancestry, their children, the roll-ups.
 */
export async function withoutExcluded(
  repos: Repositories,
  rows: readonly CellRow[],
  excluded: readonly ExcludedValues[],
): Promise<CellRow[]> {
  const touches = (e: ExcludedValues) =>
    rows.some((r) => r.period === e.period && e.indicators.includes(r.indicatorCode));
  const relevant = excluded.filter(touches);
  if (relevant.length === 0) return [...rows];
  const units = [...new Set(relevant.map((e) => e.unit))];
  const [ancestry, children] = await Promise.all([
    repos.closure.forUnits(units),
    repos.closure.childrenOfAll(units),
  ]);
  const own = await ownParts(repos, relevant, children);
  // For each row read: the own parts of the excluded units at or below its unit in its month.
  const below = new Map<string, ExcludedValues[]>();
  for (const e of relevant)
    for (const a of ancestry)
      if (a.unitCode === e.unit && inMonth(a, e.period)) {
        const k = cellKey(a.ancestorCode, e.period);
        below.set(k, [...(below.get(k) ?? []), e]);
      }
  return rows.map((r) => {
    let stats = r.stats;
    // A unit's own part once, even when two of its forms name the same indicator.
    const taken = new Set<string>();
    for (const e of below.get(cellKey(r.unitCode, r.period)) ?? []) {
      if (!e.indicators.includes(r.indicatorCode) || taken.has(e.unit)) continue;
      taken.add(e.unit);
      const part = own.get(cellKey(e.unit, r.indicatorCode, r.period, r.disaggregation));
      if (part) stats = without(stats, part);
    }
    return stats === r.stats ? r : { ...r, stats };
  });
}

/** Each excluded unit's own part of its roll-ups in its month: its cells less its children's. */
async function ownParts(
  repos: Repositories,
  excluded: readonly ExcludedValues[],
  children: readonly ClosureRow[],
): Promise<Map<string, Stats>> {
  const months = excluded.map((e) => e.period).sort();
  const childrenOf = (e: ExcludedValues) =>
    children
      .filter((c) => c.ancestorCode === e.unit && inMonth(c, e.period))
      .map((c) => c.unitCode);
  const read = new Set(excluded.flatMap((e) => [e.unit, ...childrenOf(e)]));
  const stored = await repos.rollups.list({
    unitCodes: [...read],
    indicatorCodes: [...new Set(excluded.flatMap((e) => e.indicators))],
    fromPeriod: months[0] as string,
    toPeriod: months.at(-1) as string,
  });
  const cells = new Map<string, CellRow>();
  for (const r of stored.map(fromRollup))
    cells.set(cellKey(r.unitCode, r.indicatorCode, r.period, r.disaggregation), r);
  const own = new Map<string, Stats>();
  for (const e of excluded) {
    const kids = childrenOf(e);
    for (const cell of cells.values()) {
      if (cell.unitCode !== e.unit || cell.period !== e.period) continue;
      if (!e.indicators.includes(cell.indicatorCode)) continue;
      let stats = cell.stats;
      for (const kid of kids) {
        const k = cells.get(cellKey(kid, cell.indicatorCode, cell.period, cell.disaggregation));
        if (k) stats = without(stats, k.stats);
      }
      own.set(cellKey(e.unit, cell.indicatorCode, cell.period, cell.disaggregation), stats);
    }
  }
  return own;
}

/** Whether a raw value is one of the excluded ones. */
export function isExcluded(
  excluded: readonly ExcludedValues[],
  value: { readonly unitCode: string; readonly period: string; readonly indicatorCode: string },
): boolean {
  return excluded.some(
    (e) =>
      e.unit === value.unitCode &&
      e.period === value.period &&
      e.indicators.includes(value.indicatorCode),
  );
}
