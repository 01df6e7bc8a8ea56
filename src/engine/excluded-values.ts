import { type Stats, without } from "../core/aggregation/index.ts";
import type { Repositories } from "../store/index.ts";
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

const cellKey = (indicator: string, disaggregation: string) =>
  `${indicator}\u0000${disaggregation}`;

/**
 * Takes the excluded units' own values out of stored roll-up rows (indicators whose rule adds).
 * A unit's own part is its roll-up less its children's; that part is taken out of its own row
 * and of every row above it that was read, so weights and estimates leave with the values.
 */
export async function withoutExcluded(
  repos: Repositories,
  rows: readonly CellRow[],
  excluded: readonly ExcludedValues[],
): Promise<CellRow[]> {
  let out = [...rows];
  for (const e of excluded) {
    const indicators = new Set(e.indicators);
    const touched = (r: CellRow) => r.period === e.period && indicators.has(r.indicatorCode);
    if (!out.some(touched)) continue;
    const above = new Set(
      (await repos.closure.ancestorsOf(e.unit, e.period)).map((a) => a.code).concat(e.unit),
    );
    if (!out.some((r) => touched(r) && above.has(r.unitCode))) continue;
    const own = await ownCells(repos, e);
    out = out.map((r) => {
      if (!touched(r) || !above.has(r.unitCode)) return r;
      const part = own.get(cellKey(r.indicatorCode, r.disaggregation));
      return part ? { ...r, stats: without(r.stats, part) } : r;
    });
  }
  return out;
}

/** A unit's own part of its roll-ups in a month: its cells less its children's. */
async function ownCells(repos: Repositories, e: ExcludedValues): Promise<Map<string, Stats>> {
  const children = await repos.closure.childrenOf(e.unit, e.period);
  const filter = { indicatorCodes: e.indicators, fromPeriod: e.period, toPeriod: e.period };
  const mine = (await repos.rollups.list({ ...filter, unitCodes: [e.unit] })).map(fromRollup);
  const below =
    children.length === 0
      ? []
      : (await repos.rollups.list({ ...filter, unitCodes: children })).map(fromRollup);
  const own = new Map(mine.map((r) => [cellKey(r.indicatorCode, r.disaggregation), r.stats]));
  for (const r of below) {
    const k = cellKey(r.indicatorCode, r.disaggregation);
    const total = own.get(k);
    if (total) own.set(k, without(total, r.stats));
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
