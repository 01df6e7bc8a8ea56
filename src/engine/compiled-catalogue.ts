import type { Catalogue } from "../core/catalogue/index.ts";
import { BaocaoError } from "../core/errors.ts";
import { type FormulaNode, readReference, referencedUnits } from "../core/formula/index.ts";
import { compileCatalogueFormulas } from "../core/validation/index.ts";

/** A catalogue with its derived indicators' formulas parsed, checked and free of cycles. */
export interface CompiledCatalogue {
  readonly catalogue: Catalogue;
  readonly formulas: ReadonlyMap<string, FormulaNode>;
  /** How many years before a period's year any formula reads (for `last_year`, offsets). */
  readonly yearsBack: number;
  /** The units that derived indicators name with `at(x, UNIT)`: their figures are read too. */
  readonly peerUnits: readonly string[];
}

/** Compiles every formula of the catalogue; refuses the catalogue when any formula is wrong. */
export function compileCatalogue(catalogue: Catalogue): CompiledCatalogue {
  const { results, errors } = compileCatalogueFormulas(catalogue);
  if (errors.length > 0) {
    throw new BaocaoError("catalogue.invalid_formula", errors.map((e) => e.message).join("; "), {
      errors,
    });
  }
  const formulas = new Map([...results].map(([code, f]) => [code, f.tree]));
  return {
    catalogue,
    formulas,
    yearsBack: 1 + Math.max(0, ...[...formulas.values()].map(yearsBackOf)),
    peerUnits: [...new Set([...formulas.values()].flatMap((tree) => referencedUnits(tree)))],
  };
}

/**
 * An upper bound of how many years back a formula reaches: an offset counts as years, which is
 * exact for yearly periods and generous for shorter ones (reading a little more is harmless).
 */
function yearsBackOf(tree: FormulaNode): number {
  let deepest = 0;
  const visit = (node: FormulaNode): void => {
    const read = readReference(node);
    if (read.ok) {
      const { offset, yearOffset } = read.query.period;
      deepest = Math.max(deepest, -yearOffset + Math.max(0, -offset));
    }
    if (node.kind === "unary") visit(node.operand);
    if (node.kind === "binary") {
      visit(node.left);
      visit(node.right);
    }
    if (node.kind === "call") for (const arg of node.args) visit(arg);
  };
  visit(tree);
  return deepest;
}
