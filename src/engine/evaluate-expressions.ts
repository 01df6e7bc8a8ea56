import { isBaocaoError } from "../core/errors.ts";
import { compileFormula, evaluate, referencedUnits } from "../core/formula/index.ts";
import { parsePeriod } from "../core/periods/index.ts";
import type { UnitHistory } from "../core/units/index.ts";
import { catalogueSymbols } from "../core/validation/index.ts";
import type { Repositories } from "../store/index.ts";
import type { CompiledCatalogue } from "./compiled-catalogue.ts";
import type { ExcludedValues } from "./excluded-values.ts";
import { sourcesAsOf, unitFigures } from "./load-unit-figures.ts";
import { withDependencies } from "./query.ts";
import type { Figure } from "./unit-figures.ts";

/** An expression's value for a unit and period, or why it has none. */
export interface Evaluated {
  readonly source: string;
  readonly value: number | boolean | null;
  /** The indicator codes it reads, in order of first appearance. */
  readonly dependencies: readonly string[];
  /** `estimate` when any figure it read is an estimate. */
  readonly status: "estimate" | "official" | null;
  /** Every reference as written, with the value it had. */
  readonly references: readonly { readonly text: string; readonly value: number | null }[];
  /** Set when the expression does not compile (unknown name, syntax): code, message, line, column. */
  readonly error?: {
    readonly code: string;
    readonly message: string;
    readonly line?: number;
    readonly column?: number;
    /** For syntax errors, why (`too_long`, `too_deep`, `missing_token`…). */
    readonly reason?: string;
  };
}

/** Expressions to evaluate for a unit and period; `excluded` values count as not entered. */
export interface EvaluateRequest {
  readonly unit: string;
  readonly period: string;
  readonly sources: readonly string[];
  readonly asOf?: string;
  readonly excluded?: readonly ExcludedValues[];
}

/**
 * Evaluates formula-language expressions (report figures, ad-hoc questions) for one unit and
 * period, reading all the aggregates they need in one go. A bad expression gets an `error`
 * instead of stopping the others.
 */
export async function evaluateExpressions(
  repos: Repositories,
  compiled: CompiledCatalogue,
  history: UnitHistory,
  request: EvaluateRequest,
): Promise<Evaluated[]> {
  const period = parsePeriod(request.period);
  const symbols = catalogueSymbols(compiled.catalogue);
  const trees = request.sources.map((source) => {
    try {
      return compileFormula(source, symbols);
    } catch (error) {
      if (!isBaocaoError(error)) throw error;
      const { line, column, reason } = error.details as {
        line?: number;
        column?: number;
        reason?: string;
      };
      return { error: { code: error.code, message: error.message, line, column, reason } };
    }
  });
  const codes = withDependencies(
    compiled,
    trees.flatMap((t) => ("dependencies" in t ? t.dependencies : [])),
  );
  const remap = request.asOf ? sourcesAsOf(history, request.unit, request.asOf) : undefined;
  const peers = [...new Set(trees.flatMap((t) => ("tree" in t ? referencedUnits(t.tree) : [])))];
  const figures = await unitFigures(
    repos,
    compiled,
    request.unit,
    [period],
    codes,
    remap,
    peers,
    request.excluded,
  );
  return trees.map((compiledTree, i) => {
    const source = request.sources[i] as string;
    if ("error" in compiledTree)
      return {
        source,
        value: null,
        dependencies: [],
        status: null,
        references: [],
        error: compiledTree.error,
      };
    let estimate = false;
    const noteEstimate = (f: Figure) => {
      if (f.status === "estimate") estimate = true;
    };
    const result = evaluate(compiledTree.tree, {
      resolve: (query) => figures.resolve(query, { period, ytd: false }, noteEstimate),
    });
    return {
      source,
      value: result.value,
      dependencies: compiledTree.dependencies,
      status: result.value === null ? null : estimate ? "estimate" : "official",
      references: result.references.map((r) => ({ text: r.text, value: r.value })),
    };
  });
}
