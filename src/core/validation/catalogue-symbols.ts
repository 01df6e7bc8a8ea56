import type { Catalogue } from "../catalogue/index.ts";
import type { FormulaSymbols } from "../formula/index.ts";

/**
 * The formula checker's view of a catalogue: its indicator codes, and for each indicator the
 * category sets it is disaggregated by with the options it uses (`x[school_level=thcs]`) and
 * whether a selection on its other sets may add them up (not when the set's total is entered on
 * its own, nor for an indicator whose values are never combined); with
 * the codes of the stored target kinds, `target(x, kind)` is checked against them (without,
 * against the seeded four).
 */
export function catalogueSymbols(
  catalogue: Catalogue,
  targetKinds?: readonly string[],
): FormulaSymbols {
  return {
    isIndicator: (code) => catalogue.byCode.has(code),
    categoriesOf: (code) => {
      const indicator = catalogue.byCode.get(code);
      const alone = indicator?.aggregation.overUnits.kind === "none";
      return (indicator?.disaggregations ?? []).map((d) => {
        const unsummable = alone
          ? "chỉ tiêu không tổng hợp: mỗi số liệu đứng riêng"
          : d.totalRule === "independent"
            ? "số tổng của phân tổ này nhập riêng, không bằng tổng các mục"
            : undefined;
        return { category: d.set, options: d.options, ...(unsummable ? { unsummable } : {}) };
      });
    },
    ...(targetKinds === undefined ? {} : { isTargetKind: (kind) => targetKinds.includes(kind) }),
  };
}
