import type { Catalogue } from "../catalogue/index.ts";
import { isBaocaoError } from "../errors.ts";
import { type CheckedFormula, compileFormula, detectCycles } from "../formula/index.ts";
import { catalogueSymbols } from "./catalogue-symbols.ts";

/** Why one derived indicator's formula was rejected. */
export interface CatalogueFormulaError {
  readonly indicator: string;
  readonly code: string;
  readonly message: string;
  readonly line?: number;
  readonly column?: number;
}

/** Every derived indicator's compiled formula, and the ones that failed (none are half-kept). */
export interface CatalogueFormulas {
  readonly results: ReadonlyMap<string, CheckedFormula>;
  readonly errors: readonly CatalogueFormulaError[];
}

/**
 * Compiles the formulas of the catalogue's derived indicators against the catalogue (unknown
 * names, options, arity, types) and rejects cycles, naming them ("a → b → a"). Returns
 * `{ results, errors }` rather than stopping at the first bad formula; an indicator in a cycle
 * is left out of `results`.
 */
export function compileCatalogueFormulas(catalogue: Catalogue): CatalogueFormulas {
  const symbols = catalogueSymbols(catalogue);
  const compiled = new Map<string, CheckedFormula>();
  const errors: CatalogueFormulaError[] = [];
  for (const indicator of catalogue.indicators) {
    if (indicator.formula === undefined) continue;
    try {
      compiled.set(
        indicator.code,
        compileFormula(indicator.formula, symbols, { expect: "number" }),
      );
    } catch (error) {
      if (!isBaocaoError(error)) throw error;
      const { line, column } = error.details as { line?: number; column?: number };
      const message = `Công thức của chỉ tiêu "${indicator.code}": ${error.message}`;
      errors.push({ indicator: indicator.code, code: error.code, message, line, column });
    }
  }
  const trees = Object.fromEntries([...compiled].map(([code, f]) => [code, f.tree]));
  for (const cycle of detectCycles(trees)) {
    const message = `Công thức tham chiếu vòng tròn: ${cycle.text}`;
    for (const code of new Set(cycle.path)) {
      compiled.delete(code);
      errors.push({ indicator: code, code: "formula.cycle", message });
    }
  }
  return Object.freeze({ results: compiled, errors: Object.freeze(errors) });
}
