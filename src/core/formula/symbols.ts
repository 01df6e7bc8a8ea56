/** One disaggregation of an indicator as the checker sees it: a category and its option codes. */
export interface SymbolCategory {
  readonly category: string;
  readonly options: readonly string[];
  /**
   * Set when this category's options do not add up to a figure, so a reference must pick one of
   * them whenever it picks an option of another category: why, in Vietnamese ("số tổng nhập
   * riêng…"). Left out, a selection on the other categories sums this one's options.
   */
  readonly unsummable?: string;
}

/**
 * What the checker may ask about names. Only `isIndicator` is required; leave the others out
 * and their checks are skipped. Build it from the catalogue (the validation module has
 * `catalogueSymbols`) or by hand in tests.
 */
export interface FormulaSymbols {
  isIndicator(code: string): boolean;
  /** The indicator's disaggregations; an empty list means it has none. */
  categoriesOf?(code: string): readonly SymbolCategory[];
  /** Defaults to the glossary's kinds: plan, assigned, resolution, commitment. */
  isTargetKind?(kind: string): boolean;
}

/**
 * Symbols from plain data, handy in tests and small tools.
 * Example: `simpleSymbols({ rice_output: [{ category: "season", options: ["summer_autumn"] }] })`.
 */
export function simpleSymbols(
  indicators: Readonly<Record<string, readonly SymbolCategory[]>>,
  targetKinds?: readonly string[],
): FormulaSymbols {
  const has = (code: string) => Object.hasOwn(indicators, code);
  return {
    isIndicator: has,
    categoriesOf: (code) => (has(code) ? (indicators[code] ?? []) : []),
    ...(targetKinds === undefined ? {} : { isTargetKind: (kind) => targetKinds.includes(kind) }),
  };
}
