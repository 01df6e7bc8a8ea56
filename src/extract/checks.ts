import type { Catalogue } from "../core/catalogue/index.ts";
import {
  evaluate,
  type FormulaEnv,
  parseFormula,
  type ReferenceQuery,
} from "../core/formula/index.ts";
import { formatFigure, parseFigureFormat } from "../report/index.ts";
import type { KnownKey, KnownValues } from "./assemble-values.ts";
import type { ExtractedReport, FoundFigure } from "./extract-report.ts";
import { inversionKey, queryInversion } from "./invert.ts";

/** A figure that is not a value of its own, recomputed from the values read beside it. */
export interface FigureCheck {
  readonly figure: FoundFigure;
  /** The recomputed value, or null when something it needs was not read. */
  readonly computed: number | null;
  /** `agree`: written the same as the report writes it; `unknown`: could not be recomputed. */
  readonly verdict: "agree" | "disagree" | "unknown";
  /** The recomputed figure as the template would write it, when it was recomputed. */
  readonly expected?: string;
  readonly reason?: string;
}

/**
 * Where the checks run: the report's unit, period and catalogue, and values known besides (last
 * year's, from the database: "tăng 1.900 so vụ Hè thu 2022" is checked once 2022 is there).
 */
export interface CheckContext {
  readonly catalogue: Catalogue;
  readonly unit: string;
  readonly period: string;
  readonly known?: KnownValues;
}

/** Derived indicators are evaluated from their formula this many levels deep at most. */
const MAX_DEPTH = 8;

/**
 * Recomputes every figure that could not be inverted (ratios, formulas of several parts,
 * growth, derived indicators) from the figures that were, and compares it with what the report
 * wrote, at the precision the report writes it. A disagreement is a finding about the report
 * (or about the reading), never corrected silently.
 */
export function checkFigures(
  reports: readonly ExtractedReport[],
  ctx: CheckContext,
): FigureCheck[] {
  const found = reports.flatMap((r) => r.found);
  const read = new Map<string, number>();
  for (const f of found) {
    const key = inversionKey(f.inversion);
    if (key !== undefined && !read.has(key)) read.set(key, f.value);
  }
  const env = (depth: number): FormulaEnv => {
    const self: FormulaEnv = { resolve };
    return self;
    function resolve(query: ReferenceQuery): number | null {
      const inv = queryInversion(query, ctx);
      const key = inversionKey(inv);
      if (key !== undefined && read.has(key)) return read.get(key) ?? null;
      if (inv.kind === "value") {
        const { indicator, unit, period, disaggregation, ytd } = inv;
        const known = ctx.known?.({ indicator, unit, period, disaggregation, ytd });
        if (known !== undefined) return known;
      }
      if (inv.kind === "target") {
        const { indicator, unit, disaggregation, targetKind } = inv;
        // Targets are yearly: any period of the year names them; the report's is at hand.
        const period = inv.year === Number(ctx.period.slice(0, 4)) ? ctx.period : `${inv.year}`;
        const known = ctx.known?.({ indicator, unit, period, disaggregation, target: targetKind });
        if (known !== undefined) return known;
      }
      const indicator = ctx.catalogue.byCode.get(query.indicator);
      const summed = indicator?.disaggregations.find((d) => d.totalRule === "sum");
      if (summed && query.selectors.length === 0 && query.target === null) {
        // A total kept as the sum of its options: the options read beside it add up to it.
        const parts = summed.options.map((option) =>
          self.resolve({ ...query, selectors: [{ category: summed.set, option }] }),
        );
        return parts.some((p) => p === null)
          ? null
          : parts.reduce<number>((a, b) => a + (b ?? 0), 0);
      }
      const formula = indicator?.formula;
      const plain =
        query.target === null &&
        !query.period.ytd &&
        query.period.offset === 0 &&
        query.period.yearOffset === 0 &&
        query.selectors.length === 0 &&
        query.unit === undefined;
      if (formula && plain && depth < MAX_DEPTH) {
        const value = evaluate(parseFormula(formula), env(depth + 1)).value;
        return typeof value === "number" ? value : null;
      }
      return null;
    }
  };
  return found
    .filter((f) => f.inversion.kind === "check")
    .map((figure) => {
      const value = evaluate(parseFormula(figure.figure.source), env(0)).value;
      if (typeof value !== "number")
        return {
          figure,
          computed: null,
          verdict: "unknown" as const,
          reason: "thiếu số liệu để tính lại (không có trong báo cáo hoặc chưa biết)",
        };
      const format = parseFigureFormat(figure.figure.format);
      const dong = figure.inversion.dongPerUnit;
      const expected = formatFigure(value, format, dong);
      const agree = expected === formatFigure(figure.value, format, dong);
      return { figure, computed: value, verdict: agree ? "agree" : "disagree", expected };
    });
}

/** The values the checks would read besides those of the reports (see CheckContext.known). */
export function neededByChecks(
  reports: readonly ExtractedReport[],
  ctx: Omit<CheckContext, "known">,
): KnownKey[] {
  const asked = new Map<string, KnownKey>();
  checkFigures(reports, {
    ...ctx,
    known: (key) => {
      asked.set(
        `${key.indicator}|${key.unit}|${key.period}|${key.disaggregation}|${key.ytd}|${key.target}`,
        key,
      );
      return undefined;
    },
  });
  return [...asked.values()];
}
