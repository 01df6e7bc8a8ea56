import type { Catalogue } from "../core/catalogue/index.ts";
import { BaocaoError } from "../core/errors.ts";
import {
  AGAINST_LAST_YEAR,
  type FormulaNode,
  readReference,
  referencedUnits,
} from "../core/formula/index.ts";
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
function yearsBackOf(node: FormulaNode): number {
  const read = readReference(node);
  if (read.ok) {
    const { offset, yearOffset } = read.query.period;
    return -yearOffset + Math.max(0, -offset);
  }
  if (node.kind === "unary") return yearsBackOf(node.operand);
  if (node.kind === "binary") return Math.max(yearsBackOf(node.left), yearsBackOf(node.right));
  if (node.kind !== "call") return 0;
  const inner = Math.max(0, ...node.args.map(yearsBackOf));
  // growth(x) and ratio(x) also read x a year further back than x itself.
  return AGAINST_LAST_YEAR.has(node.name) ? inner + 1 : inner;
}
