import type { Indicator } from "../core/catalogue/index.ts";
import { BaocaoError } from "../core/errors.ts";
import { dependencies } from "../core/formula/index.ts";
import {
  formatPeriodId,
  monthsOf,
  type Period,
  parsePeriod,
  previousPeriod,
  samePeriodLastYear,
} from "../core/periods/index.ts";
import { gapToTarget, pctOfTarget, type TargetKindInfo } from "../core/targets/index.ts";
import type { UnitHistory } from "../core/units/index.ts";
import type { Repositories } from "../store/index.ts";
import type { CompiledCatalogue } from "./compiled-catalogue.ts";
import { sourcesAsOf, unitFigures } from "./load-unit-figures.ts";
import { change, changePct, MEASURES, type Measure } from "./measures.ts";
import { readCells } from "./read-cells.ts";
import type { Figure, UnitFigures } from "./unit-figures.ts";

/** A question to the engine. Everything is computed from stored aggregates at once. */
export interface QueryRequest {
  /** Indicator codes; all indicators of the catalogue when omitted. */
  readonly indicators?: readonly string[];
  readonly units: readonly string[];
  /** Period ids of any type: `2023-08`, `2023-Q3`, `2023-H1`, `2023-7M`, `2023-9M`, `2023`. */
  readonly periods: readonly string[];
  /** Measures to compute; all when omitted. */
  readonly measures?: readonly Measure[];
  /** Also give a row per disaggregation option that holds data. */
  readonly disaggregations?: boolean;
  /**
   * Report by the units of this date: values reported by the units of each month are carried
   * through merges and splits onto the units valid on `asOf` (and back, where that is exact).
   */
  readonly asOf?: string;
}

/** A target of one kind with the achievement against it (of the year to date). */
export interface TargetFigure {
  readonly kind: string;
  readonly value: number;
  readonly dueDate?: string;
  readonly pct: number | null;
  readonly gap: number | null;
}

/** Every measure of one indicator, unit, period and disaggregation. */
export interface QueryRow {
  readonly indicator: string;
  readonly unit: string;
  readonly period: string;
  readonly disaggregation: string;
  readonly value?: Figure;
  readonly ytd?: Figure;
  readonly previous?: Figure;
  readonly samePeriodLastYear?: Figure;
  readonly samePeriodLastYearYtd?: Figure;
  readonly change?: number | null;
  readonly changePct?: number | null;
  readonly changeYtd?: number | null;
  readonly changeYtdPct?: number | null;
  readonly targets?: readonly TargetFigure[];
  /** Direct child units that reported the indicator in the period, and those that did not. */
  readonly completeness?: {
    readonly reported: readonly string[];
    readonly missing: readonly string[];
  };
}

/** Answers queries for one database and compiled catalogue. */
export async function runQuery(
  repos: Repositories,
  compiled: CompiledCatalogue,
  history: () => UnitHistory,
  request: QueryRequest,
  /** The stored target kinds, in their order: one target column each. */
  targetKinds: readonly TargetKindInfo[] = [],
): Promise<QueryRow[]> {
  const { catalogue } = compiled;
  const indicators = (request.indicators ?? catalogue.indicators.map((i) => i.code)).map((code) => {
    const indicator = catalogue.byCode.get(code);
    if (!indicator)
      throw new BaocaoError("query.unknown_indicator", `Không có chỉ tiêu mã "${code}".`, {
        indicator: code,
      });
    return indicator;
  });
  const periods = request.periods.map(parsePeriod);
  const measures = new Set(request.measures ?? MEASURES);
  const needed = withDependencies(
    compiled,
    indicators.map((i) => i.code),
  );
  const rows: QueryRow[] = [];
  for (const unit of request.units) {
    const figures = await unitFigures(
      repos,
      compiled,
      unit,
      periods,
      needed,
      request.asOf ? sourcesAsOf(history(), unit, request.asOf) : undefined,
    );
    const completeness = measures.has("completeness")
      ? await reportingOf(repos, compiled, unit, periods, needed)
      : undefined;
    for (const period of periods) {
      for (const indicator of indicators) {
        const keys = request.disaggregations
          ? ["", ...figures.disaggregationsOf(indicator.code)]
          : [""];
        for (const key of keys) {
          rows.push(
            rowFor(
              figures,
              indicator,
              unit,
              period,
              key,
              measures,
              targetKinds,
              completeness?.get(formatPeriodId(period)),
            ),
          );
        }
      }
    }
  }
  return rows;
}

function rowFor(
  figures: UnitFigures & { disaggregationsOf(code: string): string[] },
  indicator: Indicator,
  unit: string,
  period: Period,
  key: string,
  measures: ReadonlySet<Measure>,
  targetKinds: readonly TargetKindInfo[],
  reporting?: Completeness,
): QueryRow {
  const at = (p: Period, ytd: boolean) => figures.figure(indicator, key, { period: p, ytd });
  const value = at(period, false);
  const ytd = at(period, true);
  const lastYear = samePeriodLastYear(period);
  const sply = at(lastYear, false);
  const splyYtd = at(lastYear, true);
  const row: Record<string, unknown> = {
    indicator: indicator.code,
    unit,
    period: formatPeriodId(period),
    disaggregation: key,
  };
  if (measures.has("value")) row.value = value;
  if (measures.has("ytd")) row.ytd = ytd;
  if (measures.has("previous")) row.previous = at(previousPeriod(period), false);
  if (measures.has("same_period_last_year")) row.samePeriodLastYear = sply;
  if (measures.has("same_period_last_year_ytd")) row.samePeriodLastYearYtd = splyYtd;
  if (measures.has("change")) row.change = change(value.value, sply.value);
  if (measures.has("change_pct")) row.changePct = changePct(value.value, sply.value);
  if (measures.has("change_ytd")) row.changeYtd = change(ytd.value, splyYtd.value);
  if (measures.has("change_ytd_pct")) row.changeYtdPct = changePct(ytd.value, splyYtd.value);
  if (measures.has("targets")) {
    // A disaggregation's row carries the targets set on its option (`rice_season=he_thu`).
    row.targets = targetKinds.flatMap(({ code: kind }) => {
      const target = figures.target(indicator.code, kind, period, key);
      if (!target) return [];
      return [
        {
          kind,
          value: target.value,
          ...(target.dueDate ? { dueDate: target.dueDate } : {}),
          pct: pctOfTarget(ytd.value, target.value),
          gap: gapToTarget(ytd.value, target.value),
        },
      ];
    });
  }
  if (reporting && key === "") {
    const reported = reporting.reported.get(indicator.code) ?? new Set<string>();
    row.completeness = {
      reported: reporting.children.filter((c) => reported.has(c)),
      missing: reporting.children.filter((c) => !reported.has(c)),
    };
  }
  return row as unknown as QueryRow;
}

interface Completeness {
  readonly children: readonly string[];
  readonly reported: ReadonlyMap<string, ReadonlySet<string>>;
}

/** Which direct children reported which indicators in each period. */
async function reportingOf(
  repos: Repositories,
  compiled: CompiledCatalogue,
  unit: string,
  periods: readonly Period[],
  indicatorCodes: readonly string[],
) {
  const closure = repos.closure;
  const result = new Map<string, Completeness>();
  for (const period of periods) {
    const months = monthsOf(period).map(formatPeriodId);
    const children = await closure.childrenOf(unit, months[0] as string);
    const cells = await readCells(repos, compiled.catalogue, {
      unitCodes: children,
      indicatorCodes,
      fromPeriod: months[0] as string,
      toPeriod: months.at(-1) as string,
    });
    const reported = new Map<string, Set<string>>();
    for (const c of cells) {
      if (c.stats.count <= 0) continue;
      const set = reported.get(c.indicatorCode) ?? new Set<string>();
      set.add(c.unitCode);
      reported.set(c.indicatorCode, set);
    }
    result.set(formatPeriodId(period), { children, reported });
  }
  return result;
}

/** The codes plus everything their formulas read, transitively. */
export function withDependencies(compiled: CompiledCatalogue, codes: readonly string[]): string[] {
  const all = new Set<string>();
  const visit = (code: string) => {
    if (all.has(code)) return;
    all.add(code);
    const tree = compiled.formulas.get(code);
    if (tree) for (const dep of dependencies(tree)) visit(dep);
  };
  for (const code of codes) visit(code);
  return [...all];
}
