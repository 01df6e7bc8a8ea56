import type { Catalogue } from "../catalogue/index.ts";
import type { FormulaSymbols } from "../formula/index.ts";

/**
 * The formula checker's view of a catalogue: its indicator codes, and for each indicator the
 * category sets it is disaggregated by with the options it uses (`x[school_level=thcs]`).
 */
export function catalogueSymbols(catalogue: Catalogue): FormulaSymbols {
  return {
    isIndicator: (code) => catalogue.byCode.has(code),
    categoriesOf: (code) =>
      (catalogue.byCode.get(code)?.disaggregations ?? []).map((d) => ({
        category: d.set,
        options: d.options,
      })),
  };
}
