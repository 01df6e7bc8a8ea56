/**
 * The naive baseline (b): the monthly report of the root computed by one plain SQL statement over
 * the raw values (`BenchRepository.naiveMonthlyReport`), then the per-indicator choice of the time
 * rule, the derived formulas and the % of plan in a few lines here — the same figures the engine
 * gives, without its stored roll-ups. Also compares the two answers figure by figure.
 */
import type { Kysely } from "kysely";
import type { Catalogue } from "../src/core/catalogue/index.ts";
import { evaluate, type FormulaNode, parseFormula } from "../src/core/formula/index.ts";
import { formatPeriodId, parsePeriod, samePeriodLastYear } from "../src/core/periods/index.ts";
import { pctOfTarget } from "../src/core/targets/index.ts";
import type { QueryRow } from "../src/engine/index.ts";
import type { Database } from "../src/store/index.ts";
import { BenchRepository, type NaiveReportQuery, type NaiveReportRow } from "./bench-store.ts";

/** The figures of one indicator in the monthly report. */
export interface ReportFigures {
  readonly indicator: string;
  readonly value: number | null;
  readonly ytd: number | null;
  readonly lastYear: number | null;
  readonly plan: number | null;
  readonly pctOfPlan: number | null;
}

type Slot = "value" | "ytd" | "lastYear";

/** Runs the naive query for `root` and `month` and completes it into report figures. */
export async function naiveReport(
  db: Kysely<Database>,
  catalogue: Catalogue,
  formulas: ReadonlyMap<string, FormulaNode>,
  root: string,
  month: string,
): Promise<ReportFigures[]> {
  const rows = await new BenchRepository(db).naiveMonthlyReport(naiveQuery(root, month));
  return completeReport(rows, catalogue, formulas);
}

/** The naive query's parameters for the monthly report of `root` in `month`. */
export function naiveQuery(root: string, month: string): NaiveReportQuery {
  const period = parsePeriod(month);
  return {
    root,
    month,
    ytdFrom: `${period.year}-01`,
    lastYearMonth: formatPeriodId(samePeriodLastYear(period)),
    year: period.year,
  };
}

/** The naive query's rows made into report figures: time rules, derived formulas, % of plan. */
export function completeReport(
  rows: readonly NaiveReportRow[],
  catalogue: Catalogue,
  formulas: ReadonlyMap<string, FormulaNode>,
): ReportFigures[] {
  const byCode = new Map(rows.map((r) => [r.indicatorCode, r]));
  const stored = (code: string, slot: Slot): number | null => {
    const row = byCode.get(code);
    const indicator = catalogue.byCode.get(code);
    if (!row || !indicator) return null;
    if (slot === "value") return row.value;
    if (slot === "lastYear") return row.lastYearValue;
    return ytdOf(row, indicator.aggregation.overTime);
  };
  const figure = (code: string, slot: Slot): number | null => {
    const tree = formulas.get(code);
    if (!tree) return stored(code, slot);
    const result = evaluate(tree, {
      resolve: (query) => {
        const { ytd, offset, yearOffset } = query.period;
        if (offset !== 0 || yearOffset !== 0 || query.target || query.selectors.length > 0 || ytd)
          throw new Error(`naive: formula of ${code} reads more than plain references`);
        return figure(query.indicator, slot);
      },
    });
    return typeof result.value === "number" ? result.value : null;
  };
  return catalogue.indicators.map((indicator) => {
    const ytd = figure(indicator.code, "ytd");
    const plan = byCode.get(indicator.code)?.plan ?? null;
    return {
      indicator: indicator.code,
      value: figure(indicator.code, "value"),
      ytd,
      lastYear: figure(indicator.code, "lastYear"),
      plan,
      pctOfPlan: pctOfTarget(ytd, plan),
    };
  });
}

function ytdOf(row: NaiveReportRow, rule: string): number | null {
  switch (rule) {
    case "sum":
      return row.ytdSum;
    case "average":
      return row.ytdAverage;
    case "last":
      return row.ytdLast;
    default:
      throw new Error(`naive: time rule ${rule} of ${row.indicatorCode} is not covered`);
  }
}

/** Parses every formula of the catalogue once (the naive side does not reuse the engine's cache). */
export function parseFormulas(catalogue: Catalogue): Map<string, FormulaNode> {
  const formulas = new Map<string, FormulaNode>();
  for (const indicator of catalogue.indicators) {
    if (indicator.formula) formulas.set(indicator.code, parseFormula(indicator.formula));
  }
  return formulas;
}

/** The engine's answer in the same shape. */
export function engineFigures(rows: readonly QueryRow[]): ReportFigures[] {
  return rows.map((row) => {
    const plan = row.targets?.find((t) => t.kind === "plan");
    return {
      indicator: row.indicator,
      value: row.value?.value ?? null,
      ytd: row.ytd?.value ?? null,
      lastYear: row.samePeriodLastYear?.value ?? null,
      plan: plan?.value ?? null,
      pctOfPlan: plan?.pct ?? null,
    };
  });
}

/** Figures that differ (relative tolerance 1e-9), as readable lines; empty when all agree. */
export function compareFigures(
  engine: readonly ReportFigures[],
  naive: readonly ReportFigures[],
): string[] {
  const naiveByCode = new Map(naive.map((f) => [f.indicator, f]));
  const problems: string[] = [];
  for (const e of engine) {
    const n = naiveByCode.get(e.indicator);
    if (!n) {
      problems.push(`${e.indicator}: missing from the naive answer`);
      continue;
    }
    for (const key of ["value", "ytd", "lastYear", "plan", "pctOfPlan"] as const) {
      if (!close(e[key], n[key]))
        problems.push(`${e.indicator}.${key}: engine ${e[key]}, naive ${n[key]}`);
    }
  }
  if (naive.length !== engine.length)
    problems.push(`engine has ${engine.length} indicators, naive ${naive.length}`);
  return problems;
}

function close(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a === b;
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}
