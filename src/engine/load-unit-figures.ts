import { formatPeriodId, monthsOf, type Period } from "../core/periods/index.ts";
import type { UnitHistory } from "../core/units/index.ts";
import type { Repositories } from "../store/index.ts";
import { type CellSource, indexCells } from "./cells.ts";
import type { CompiledCatalogue } from "./compiled-catalogue.ts";
import type { ExcludedValues } from "./excluded-values.ts";
import { readCells } from "./read-cells.ts";
import { UnitFigures } from "./unit-figures.ts";

/** Loads the aggregates and targets one unit needs for the periods, and wraps them for figures. */
export async function unitFigures(
  repos: Repositories,
  compiled: CompiledCatalogue,
  unit: string,
  periods: readonly Period[],
  indicatorCodes: readonly string[],
  remap?: (month: string) => readonly CellSource[],
  /** Other units that expressions name with `at(x, UNIT)`. */
  peerUnits: readonly string[] = [],
  /** Values left out, as if not entered (a report of approved forms only). */
  excluded: readonly ExcludedValues[] = [],
) {
  const years = periods.map((p) => p.year);
  const fromPeriod = `${Math.min(...years) - compiled.yearsBack}-01`;
  const toPeriod =
    periods
      .map((p) => formatPeriodId(monthsOf(p).at(-1) as Period))
      .sort()
      .at(-1) ?? fromPeriod;
  const sourcesOf = remap ?? (() => [{ unit, weight: 1 }]);
  const units = remap ? sourceUnitsBetween(fromPeriod, toPeriod, sourcesOf) : [unit];
  const cells = await readCells(repos, compiled.catalogue, {
    unitCodes: units,
    indicatorCodes,
    fromPeriod,
    toPeriod,
    excluded,
  });
  const index = indexCells(cells, sourcesOf);
  const targetYears = [...new Set(years.flatMap((y) => [y, y - 1]))];
  const targets = await repos.targets.list({ unitCodes: [unit], years: targetYears });
  const peers = new Map<string, UnitFigures>();
  // Units named by `at()` in the expressions asked and in the catalogue's own formulas.
  const named = new Set([...peerUnits, ...compiled.peerUnits]);
  for (const peer of [...named].filter((u) => u !== unit)) {
    peers.set(
      peer,
      await unitFigures(
        repos,
        { ...compiled, peerUnits: [] },
        peer,
        periods,
        indicatorCodes,
        undefined,
        [],
        excluded,
      ),
    );
  }
  const figures = new UnitFigures(
    compiled.catalogue,
    compiled.formulas,
    index,
    targets,
    unit,
    peers,
  );
  return Object.assign(figures, {
    disaggregationsOf: (code: string) =>
      [...(index.get(code)?.keys() ?? [])].filter((k) => k !== "").sort(),
  });
}

/** For a remapped unit: which units of each month make it up, with their weights. */
export function sourcesAsOf(
  history: UnitHistory,
  unit: string,
  asOf: string,
): (month: string) => readonly CellSource[] {
  const cache = new Map<string, readonly CellSource[]>();
  return (month) => {
    let sources = cache.get(month);
    if (!sources) {
      const target = history
        .mappingBetween(`${month}-01`, asOf)
        .targets.find((t) => t.unit === unit);
      sources = target?.computable
        ? target.sources.map((s) => ({ unit: s.unit, weight: s.weight }))
        : [];
      cache.set(month, sources);
    }
    return sources;
  };
}

function sourceUnitsBetween(
  from: string,
  to: string,
  sourcesOf: (month: string) => readonly CellSource[],
): string[] {
  const units = new Set<string>();
  let [year, month] = from.split("-").map(Number) as [number, number];
  for (;;) {
    const id = `${year}-${String(month).padStart(2, "0")}`;
    if (id > to) break;
    for (const s of sourcesOf(id)) units.add(s.unit);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return [...units];
}
