import { aggregateOverTime } from "../core/aggregation/index.ts";
import type { Catalogue, Indicator } from "../core/catalogue/index.ts";
import { evaluate, type FormulaNode, type ReferenceQuery } from "../core/formula/index.ts";
import {
  formatPeriodId,
  monthsOf,
  type Period,
  periodsPerYear,
  shiftPeriod,
  yearToDate,
} from "../core/periods/index.ts";
import { findTarget, type Target, type TargetKind } from "../core/targets/index.ts";
import { type Cell, type CellIndex, selectionCells, unitValue } from "./cells.ts";
import { isPartialKey, selectorKey } from "./disaggregation-key.ts";

/** A computed figure: the number, whether it rests on any estimate, and where it came from. */
export interface Figure {
  readonly value: number | null;
  /** `estimate` when any part is an estimate; null when there is no value. */
  readonly status: "estimate" | "official" | null;
  readonly provenance: Provenance;
}

/** Where a figure came from, for the "why this number" view. */
export interface Provenance {
  /** `stored`: roll-ups of reported values; `formula`: a derived indicator. */
  readonly source: "stored" | "formula";
  /** The months that held data. */
  readonly months: readonly string[];
  /** Number of reported values behind the figure. */
  readonly values: number;
  readonly formula?: string;
  /** For formulas: each reference as written and the value it had. */
  readonly references?: readonly { readonly text: string; readonly value: number | null }[];
}

/** Which period a figure is for and whether it is cumulative from January. */
export interface FigureContext {
  readonly period: Period;
  readonly ytd: boolean;
}

/**
 * Computes figures of one unit from its indexed aggregates: stored indicators by their time rule,
 * derived ones by evaluating their formula, each reference shifted by the figure's context.
 */
export class UnitFigures {
  constructor(
    private readonly catalogue: Catalogue,
    private readonly formulas: ReadonlyMap<string, FormulaNode>,
    private readonly cells: CellIndex,
    private readonly targets: readonly Target[],
    private readonly unit: string,
    /** The figures of other units that `at(x, UNIT)` references read. */
    private readonly peers: ReadonlyMap<string, UnitFigures> = new Map(),
  ) {}

  /** Cells of selections on some of an indicator's sets, combined once per figure set. */
  private readonly selections = new Map<string, ReadonlyMap<string, Cell>>();

  /** The figure of an indicator (and disaggregation key) in a context. */
  figure(indicator: Indicator, disaggregation: string, context: FigureContext): Figure {
    const tree = this.formulas.get(indicator.code);
    return tree
      ? this.derived(indicator, tree, context)
      : this.stored(indicator, disaggregation, context);
  }

  /** The target of a kind for the year of a period (and an option's key), if one is set. */
  target(
    indicator: string,
    kind: TargetKind,
    period: Period,
    disaggregation = "",
  ): Target | undefined {
    const due = monthsOf(period).at(-1);
    const asOf = due ? `${formatPeriodId(due)}-31` : undefined;
    return findTarget(
      this.targets,
      { indicator, reportingUnit: this.unit, year: period.year, disaggregation },
      kind,
      asOf,
    );
  }

  private stored(indicator: Indicator, disaggregation: string, context: FigureContext): Figure {
    const months = (
      context.ytd ? yearToDate(context.period, "calendar").months : monthsOf(context.period)
    ).map(formatPeriodId);
    const byMonth = this.cellsOf(indicator, disaggregation);
    const values: (number | null)[] = [];
    const withData: string[] = [];
    let count = 0;
    let estimates = 0;
    for (const month of months) {
      const cell = byMonth?.get(month);
      const v = unitValue(cell, indicator.aggregation.overUnits);
      values.push(v);
      if (cell && v !== null) {
        withData.push(month);
        count += cell.count;
        estimates += cell.estimateCount;
      }
    }
    const value = aggregateOverTime(indicator.aggregation.overTime, values);
    return {
      value,
      status: value === null ? null : estimates > 0 ? "estimate" : "official",
      provenance: { source: "stored", months: withData, values: count },
    };
  }

  /** An indicator's cells by month under a key: stored, or combined for a partial selection. */
  private cellsOf(
    indicator: Indicator,
    disaggregation: string,
  ): ReadonlyMap<string, Cell> | undefined {
    const byKey = this.cells.get(indicator.code);
    if (!isPartialKey(indicator, disaggregation)) return byKey?.get(disaggregation);
    const memo = `${indicator.code}\u0000${disaggregation}`;
    let combined = this.selections.get(memo);
    if (!combined) {
      combined = selectionCells(byKey, disaggregation);
      this.selections.set(memo, combined);
    }
    return combined;
  }

  /**
   * The value a formula reference reads in a context: the period shifted by the reference's
   * offsets, cumulative when either asks for it, or the target of a kind. `seen` receives every
   * figure read, for status and provenance.
   */
  resolve(
    query: ReferenceQuery,
    context: FigureContext,
    seen?: (f: Figure) => void,
  ): number | null {
    if (query.unit !== undefined && query.unit !== this.unit) {
      const { unit: _, ...own } = query;
      return this.peers.get(query.unit)?.resolve(own, context, seen) ?? null;
    }
    const period = shifted(context.period, query.period.offset, query.period.yearOffset);
    const referenced = this.catalogue.byCode.get(query.indicator);
    if (query.target) {
      // `target(x[he_thu], plan)` reads the target set on that option, keyed as values are.
      const key = referenced ? selectorKey(referenced, query.selectors) : "";
      return this.target(query.indicator, query.target, period, key)?.value ?? null;
    }
    if (!referenced) return null;
    const f = this.figure(referenced, selectorKey(referenced, query.selectors), {
      period,
      ytd: context.ytd || query.period.ytd,
    });
    seen?.(f);
    return f.value;
  }

  private derived(indicator: Indicator, tree: FormulaNode, context: FigureContext): Figure {
    let estimate = false;
    let values = 0;
    const months = new Set<string>();
    const seen = (f: Figure) => {
      if (f.status === "estimate") estimate = true;
      values += f.provenance.values;
      for (const m of f.provenance.months) months.add(m);
    };
    const result = evaluate(tree, { resolve: (query) => this.resolve(query, context, seen) });
    const value =
      typeof result.value === "number"
        ? result.value
        : result.value === null
          ? null
          : Number(result.value);
    return {
      value,
      status: value === null ? null : estimate ? "estimate" : "official",
      provenance: {
        source: "formula",
        months: [...months].sort(),
        values,
        ...(indicator.formula ? { formula: indicator.formula } : {}),
        references: result.references.map((r) => ({ text: r.text, value: r.value })),
      },
    };
  }
}

/** A period moved by whole periods and by years. */
export function shifted(period: Period, offset: number, yearOffset: number): Period {
  const n = offset + yearOffset * periodsPerYear(period.type);
  return n === 0 ? period : shiftPeriod(period, n);
}
