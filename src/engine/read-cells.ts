import {
  combine,
  isReversible,
  NO_VALUES,
  type Stats,
  statsOf,
  UNIT_RULES,
} from "../core/aggregation/index.ts";
import { type Catalogue, sumsOptions } from "../core/catalogue/index.ts";
import type { Repositories } from "../store/index.ts";
import { type CellRow, fromRollup } from "./cells.ts";
import { type ExcludedValues, isExcluded, withoutExcluded } from "./excluded-values.ts";

/** Which units, indicators and inclusive month range to read the cells of. */
export interface CellFilter {
  readonly unitCodes: readonly string[];
  readonly indicatorCodes: readonly string[];
  readonly fromPeriod: string;
  readonly toPeriod: string;
  /** Values to leave out, as if they had not been entered (a report of approved forms only). */
  readonly excluded?: readonly ExcludedValues[];
}

/**
 * The cells (statistics per indicator × unit × month × disaggregation) of some units, by each
 * indicator's rule over units: from the roll-ups where the rule is kept incrementally, else
 * folded now from the raw values of the units under each one (min, max).
 */
export async function readCells(
  repos: Repositories,
  catalogue: Catalogue,
  filter: CellFilter,
): Promise<CellRow[]> {
  const kept: string[] = [];
  const computed: string[] = [];
  for (const code of filter.indicatorCodes) {
    const kind = catalogue.byCode.get(code)?.aggregation.overUnits.kind ?? "none";
    (isReversible(UNIT_RULES[kind]) ? kept : computed).push(code);
  }
  const { excluded = [], ...range } = filter;
  const stored = await repos.rollups.list({ ...range, indicatorCodes: kept });
  const rows =
    excluded.length > 0
      ? await withoutExcluded(repos, stored.map(fromRollup), excluded)
      : stored.map(fromRollup);
  if (computed.length > 0) rows.push(...(await foldRaw(repos, catalogue, filter, computed)));
  return rows;
}

/** The cells of indicators whose rule cannot be kept in roll-ups, from raw values. */
async function foldRaw(
  repos: Repositories,
  catalogue: Catalogue,
  filter: CellFilter,
  indicatorCodes: readonly string[],
): Promise<CellRow[]> {
  const values = await repos.values.valuesUnder({
    ancestorCodes: filter.unitCodes,
    indicatorCodes,
    fromPeriod: filter.fromPeriod,
    toPeriod: filter.toPeriod,
  });
  const cells = new Map<string, CellRow>();
  const add = (row: Omit<CellRow, "stats">, stats: Stats) => {
    const k = `${row.indicatorCode}\u0000${row.unitCode}\u0000${row.period}\u0000${row.disaggregation}`;
    const prior = cells.get(k);
    cells.set(k, { ...row, stats: combine(prior?.stats ?? NO_VALUES, stats) });
  };
  for (const v of values) {
    const indicator = catalogue.byCode.get(v.indicatorCode);
    if (!indicator) continue;
    const rule = UNIT_RULES[indicator.aggregation.overUnits.kind];
    if (v.depth > 0 && !rule.overUnits) continue;
    if (filter.excluded && isExcluded(filter.excluded, v)) continue;
    // Weighted rules are all kept in roll-ups; a value computed here carries no weight.
    const stats = statsOf({ value: v.value, estimate: v.status === "estimate", weight: 0 });
    const key = { indicatorCode: v.indicatorCode, unitCode: v.ancestorCode, period: v.period };
    add({ ...key, disaggregation: v.disaggregation }, stats);
    if (v.disaggregation !== "" && sumsOptions(indicator))
      add({ ...key, disaggregation: "" }, stats);
  }
  return [...cells.values()];
}
