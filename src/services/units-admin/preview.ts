import { measureUnitName } from "../../core/catalogue/index.ts";
import type { UnitHistory, UnitState } from "../../core/units/index.ts";
import type { Engine, QueryRequest, QueryRow } from "../../engine/index.ts";
import type { Repositories } from "../../store/index.ts";
import type { UnitAct } from "./acts.ts";

/** A unit of the tree around a change, on one side of its date. */
export interface PreviewUnit {
  readonly code: string;
  readonly nameVi: string;
  readonly kind: string;
  readonly parent: string | null;
  /** One of the units the act is about. */
  readonly changed: boolean;
}

/** One unit's figure of the preview's month, read by the units before and after the change. */
export interface PreviewRow {
  readonly unit: string;
  readonly nameVi: string;
  /** Read by the units of the day before (null: no figure, or the unit did not exist). */
  readonly before: number | null;
  /** Read by the units of the date, as every query will read it once the change is saved. */
  readonly after: number | null;
  readonly existsBefore: boolean;
  readonly existsAfter: boolean;
}

/** One indicator's figures of the preview's month. */
export interface PreviewFigure {
  readonly indicator: string;
  readonly nameVi: string;
  readonly measureUnit: string;
  /** Decimals the figure is written with (the indicator's). */
  readonly decimals: number;
  readonly rows: readonly PreviewRow[];
}

/** What a change does: the tree around it on both sides of its date, and earlier figures remapped. */
export interface UnitsPreview {
  readonly date: string;
  readonly dayBefore: string;
  readonly before: readonly PreviewUnit[];
  readonly after: readonly PreviewUnit[];
  /** The month whose figures are shown: the latest with data before the date (null: none). */
  readonly period: string | null;
  readonly figures: readonly PreviewFigure[];
}

/** How many indicators the preview shows: enough to see the sums, few enough to read. */
const KEY_INDICATORS = 3;
/** How far back the preview looks for a month with data. */
const MONTHS_BACK = 60;

/** The units an act is about, and those whose earlier figures it changes. */
function actUnits(act: UnitAct, history: UnitHistory, dayBefore: string): string[] {
  switch (act.act) {
    case "add":
      return [act.unit.code];
    case "rename":
    case "dissolve":
      return [act.unit];
    case "move": {
      const tree = history.treeAsOf(dayBefore);
      const old = tree.has(act.unit) ? tree.get(act.unit).parent : null;
      return [act.unit, ...(old ? [old] : []), ...(act.parent ? [act.parent] : [])];
    }
    case "merge":
      return [...new Set([...act.sources, act.target])];
    case "split":
      return [...new Set([act.source, ...act.targets.map((t) => t.unit)])];
  }
}

/**
 * The affected units and their parents as of one date: the part of the tree the change is about
 * (the whole tree, or every sibling, would bury it on a phone).
 */
function around(history: UnitHistory, date: string, codes: readonly string[]): PreviewUnit[] {
  const tree = history.treeAsOf(date);
  const present = codes.filter((c) => tree.has(c));
  const shown = new Set(present);
  for (const code of present) {
    const parent = tree.get(code).parent;
    if (parent !== null) shown.add(parent);
  }
  const view = (u: UnitState): PreviewUnit => ({
    code: u.code,
    nameVi: u.nameVi,
    kind: u.kind,
    parent: shown.has(u.parent ?? "") ? u.parent : null,
    changed: codes.includes(u.code),
  });
  return tree.units.filter((u) => shown.has(u.code)).map(view);
}

/** The day before an ISO date. */
export function dayBefore(date: string): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d - 1)).toISOString().slice(0, 10);
}

/** The `count` months before the date's month, latest first. */
function monthsBefore(date: string, count: number): string[] {
  const [y, m] = date.split("-").map(Number) as [number, number];
  return Array.from({ length: count }, (_, i) =>
    new Date(Date.UTC(y, m - 2 - i, 1)).toISOString().slice(0, 7),
  );
}

/**
 * The latest well-reported month before the date for the units whose values the act moves (and
 * the units theirs came from), and the indicators reported most there — added up over units first,
 * since a sum is what a clerk checks a merge by.
 */
async function keyFigures(
  engine: Engine,
  history: UnitHistory,
  date: string,
  codes: readonly string[],
): Promise<{ period: string | null; indicators: string[] }> {
  const before = dayBefore(date);
  const tree = history.treeAsOf(before);
  const raw = new Set<string>();
  for (const code of codes) {
    if (!history.units.some((u) => u.code === code)) continue;
    raw.add(code);
    for (const flow of history.lineage(code).predecessors) raw.add(flow.from);
    if (tree.has(code)) for (const child of tree.descendants(code)) raw.add(child.code);
  }
  const months = monthsBefore(date, MONTHS_BACK);
  const values = await engine.storedValues({ unitCodes: [...raw], periods: months });
  // The latest month reported about as fully as the busiest one: a December holding only the
  // year's plans, or a month begun, would show figures no one compares.
  const perMonth = new Map<string, number>();
  for (const v of values) perMonth.set(v.period, (perMonth.get(v.period) ?? 0) + 1);
  const busiest = Math.max(0, ...perMonth.values());
  const period = months.find((m) => (perMonth.get(m) ?? 0) * 2 >= busiest && busiest > 0) ?? null;
  if (period === null) return { period, indicators: [] };
  const count = new Map<string, number>();
  for (const v of values)
    if (v.period === period) count.set(v.indicatorCode, (count.get(v.indicatorCode) ?? 0) + 1);
  const catalogue = engine.catalogue;
  const rank = (code: string) => {
    const indicator = catalogue.byCode.get(code);
    const additive = indicator?.aggregation.overUnits.kind === "sum" ? 1 : 0;
    return additive * 1e6 + (count.get(code) ?? 0);
  };
  const indicators = [...count.keys()]
    .filter((code) => catalogue.byCode.has(code))
    .sort(
      (a, b) =>
        rank(b) - rank(a) ||
        catalogue.indicators.findIndex((i) => i.code === a) -
          catalogue.indicators.findIndex((i) => i.code === b),
    )
    .slice(0, KEY_INDICATORS);
  return { period, indicators };
}

const figureOf = (rows: readonly QueryRow[], indicator: string, unit: string) =>
  rows.find((r) => r.indicator === indicator && r.unit === unit && r.disaggregation === "")?.value
    ?.value ?? null;

/**
 * Prepares the preview of an act: the tree around it and its figures as they read now. `finish`
 * then runs inside the change's dry run, after the import, and reads the same figures through the
 * history being saved — the engine's own query, over the roll-ups the dry run rebuilt.
 */
export async function preparePreview(
  engine: Engine,
  act: UnitAct,
  after: UnitHistory,
): Promise<{ finish: (repos: Repositories) => Promise<UnitsPreview> }> {
  const history = engine.units;
  const before = dayBefore(act.date);
  const codes = actUnits(act, after, before);
  const beforeUnits = codes.filter(
    (c) => history.units.some((u) => u.code === c) && history.treeAsOf(before).has(c),
  );
  const afterUnits = codes.filter((c) => after.treeAsOf(act.date).has(c));
  const structural = act.act !== "add" && act.act !== "rename";
  const { period, indicators } = structural
    ? await keyFigures(engine, history, act.date, beforeUnits)
    : { period: null, indicators: [] };
  const request = (units: string[], asOf: string): QueryRequest => ({
    indicators,
    units,
    periods: period ? [period] : [],
    measures: ["value"],
    asOf,
  });
  const asked = period !== null && indicators.length > 0;
  const beforeRows =
    asked && beforeUnits.length > 0 ? await engine.query(request(beforeUnits, before)) : [];
  return {
    finish: async (repos) => {
      const afterRows =
        asked && afterUnits.length > 0
          ? await engine.queryWithin(repos, after, request(afterUnits, act.date))
          : [];
      const afterTree = after.treeAsOf(act.date);
      const beforeTree = history.treeAsOf(before);
      const name = (code: string) =>
        afterTree.has(code)
          ? afterTree.get(code).nameVi
          : beforeTree.has(code)
            ? beforeTree.get(code).nameVi
            : (after.nameOf(code) ?? code);
      const figures: PreviewFigure[] = indicators.map((code) => {
        const indicator = engine.catalogue.byCode.get(code);
        return {
          indicator: code,
          nameVi: indicator?.nameVi ?? code,
          measureUnit: indicator ? measureUnitName(engine.catalogue, indicator.unit) : "",
          decimals: indicator?.decimals ?? 0,
          rows: codes.map((unit) => ({
            unit,
            nameVi: name(unit),
            before: figureOf(beforeRows, code, unit),
            after: figureOf(afterRows, code, unit),
            existsBefore: beforeUnits.includes(unit),
            existsAfter: afterUnits.includes(unit),
          })),
        };
      });
      return {
        date: act.date,
        dayBefore: before,
        before: around(history, before, codes),
        after: around(after, act.date, codes),
        period,
        figures,
      };
    },
  };
}
