import type { Catalogue } from "../catalogue/index.ts";
import type { FormulaSymbols } from "../formula/index.ts";

/**
 * The formula checker's view of a catalogue: its indicator codes, and for each indicator the
 * category sets it is disaggregated by with the options it uses (`x[school_level=thcs]`); with
 * the codes of the stored target kinds, `target(x, kind)` is checked against them (without,
 * against the seeded four).
 */
export function catalogueSymbols(
  catalogue: Catalogue,
  targetKinds?: readonly string[],
): FormulaSymbols {
  return {
    isIndicator: (code) => catalogue.byCode.has(code),
    categoriesOf: (code) =>
      (catalogue.byCode.get(code)?.disaggregations ?? []).map((d) => ({
        category: d.set,
        options: d.options,
      })),
    ...(targetKinds === undefined ? {} : { isTargetKind: (kind) => targetKinds.includes(kind) }),
  };
}
