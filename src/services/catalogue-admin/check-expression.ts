import type { Catalogue } from "../../core/catalogue/index.ts";
import { isBaocaoError } from "../../core/errors.ts";
import { assertNoCycles, compileFormula } from "../../core/formula/index.ts";
import { catalogueSymbols } from "../../core/validation/index.ts";

/** What the live check of a formula answers: its dependencies, or where it is wrong. */
export type ExpressionCheck =
  | { readonly ok: true; readonly dependencies: readonly string[] }
  | {
      readonly ok: false;
      readonly code: string;
      readonly message: string;
      readonly line: number | null;
      readonly column: number | null;
    };

/**
 * Checks a formula as the editor types it, with the same parser and checker the import uses:
 * a derived indicator's formula (with `indicator`, also that it makes no cycle through the
 * catalogue's other formulas) or one side of a validation rule. Never throws for a bad formula:
 * the answer says where it is wrong (line, column, the Vietnamese message).
 */
export function checkExpression(
  catalogue: Catalogue,
  formula: string,
  indicator?: string,
): ExpressionCheck {
  try {
    const checked = compileFormula(formula, catalogueSymbols(catalogue), { expect: "number" });
    if (indicator !== undefined) {
      const defs: Record<string, string> = {};
      for (const i of catalogue.indicators) if (i.formula) defs[i.code] = i.formula;
      defs[indicator] = formula;
      assertNoCycles(defs);
    }
    return { ok: true, dependencies: checked.dependencies };
  } catch (error) {
    if (!isBaocaoError(error)) throw error;
    const { line, column } = error.details as { line?: number; column?: number };
    return {
      ok: false,
      code: error.code,
      message: error.message,
      line: line ?? null,
      column: column ?? null,
    };
  }
}
