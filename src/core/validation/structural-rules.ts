import type { Catalogue, Indicator, IndicatorDisaggregation } from "../catalogue/index.ts";
import type { BalanceDeclaration } from "./balance.ts";
import { catalogueSymbols } from "./catalogue-symbols.ts";
import { defineRule } from "./define-rule.ts";
import type { RuleInput, ValidationRule } from "./rule.ts";

// Parts of a percentage do not add up to anything; text and truth values have no parts.
const ADDITIVE = new Set(["number", "integer"]);

function setName(catalogue: Catalogue, set: string): string {
  return catalogue.categorySets.find((s) => s.code === set)?.nameVi ?? set;
}

function optionName(catalogue: Catalogue, set: string, option: string): string {
  const found = catalogue.categorySets.find((s) => s.code === set);
  return found?.options.find((o) => o.code === option)?.nameVi ?? option;
}

// Rounded figures may miss their total by half a unit of the last shown decimal per part.
function roundingTolerance(indicator: Indicator, parts: number): number {
  return indicator.valueType === "integer" ? 0 : parts * 0.5 * 10 ** -indicator.decimals;
}

function partsSumRule(
  catalogue: Catalogue,
  indicator: Indicator,
  d: IndicatorDisaggregation,
): RuleInput {
  const parts = d.options.map((o) => `${indicator.code}[${d.set}=${o}]`);
  return {
    code: `structure.parts_sum.${indicator.code}.${d.set}`,
    left: parts.join(" + "),
    operator: "==",
    right: indicator.code,
    severity: "error",
    message: `"${indicator.nameVi}": cộng các mục theo ${setName(catalogue, d.set).toLowerCase()} ({left}) không bằng tổng số ({right})`,
    tolerance: roundingTolerance(indicator, parts.length),
  };
}

function partWithinWholeRule(
  catalogue: Catalogue,
  indicator: Indicator,
  d: IndicatorDisaggregation,
  option: string,
): RuleInput {
  return {
    code: `structure.part_within_whole.${indicator.code}.${d.set}.${option}`,
    left: `${indicator.code}[${d.set}=${option}]`,
    operator: "<=",
    right: indicator.code,
    severity: "error",
    message: `"${indicator.nameVi}": mục ${optionName(catalogue, d.set, option)} ({left}) lớn hơn tổng số ({right})`,
    tolerance: roundingTolerance(indicator, 1),
  };
}

function nameOf(catalogue: Catalogue, source: string): string {
  return catalogue.byCode.get(source.trim())?.nameVi ?? source.trim();
}

function balanceRule(catalogue: Catalogue, balance: BalanceDeclaration): RuleInput {
  const partNames = balance.parts.map((p) => nameOf(catalogue, p)).join(" + ");
  return {
    code: `balance.${balance.code}`,
    // `sum` skips a part nobody reported (the report often leaves out "0 trễ hạn").
    left: `sum(${balance.parts.join(", ")})`,
    operator: "==",
    right: balance.total,
    severity: balance.severity ?? "error",
    message:
      balance.message ??
      `${partNames} ({left}) không bằng ${nameOf(catalogue, balance.total)} ({right})`,
    tolerance: balance.tolerance ?? 0,
  };
}

/**
 * Rules that follow from the catalogue's structure: for every additive indicator, each
 * disaggregation with total rule `sum` adds up to the total, and every part stays within its
 * whole (this assumes non-negative quantities, which is what the catalogue's disaggregated
 * indicators count); plus one rule per declared balance. On an indicator of several sets, a set's
 * option adds up the other sets' options, so a set is checked only when those all add up. All
 * are severity `error` unless a balance says otherwise.
 */
export function structuralRules(
  catalogue: Catalogue,
  balances: readonly BalanceDeclaration[] = [],
): readonly ValidationRule[] {
  const symbols = catalogueSymbols(catalogue);
  const inputs: RuleInput[] = [];
  for (const indicator of catalogue.indicators) {
    if (!ADDITIVE.has(indicator.valueType)) continue;
    const categories = symbols.categoriesOf?.(indicator.code) ?? [];
    for (const d of indicator.disaggregations) {
      if (d.options.length === 0) continue;
      // `x[d=o]` adds up the options of the indicator's other sets; when one of them does not
      // add up (its total entered on its own) there is no figure of `d`'s option to check.
      if (categories.some((c) => c.category !== d.set && c.unsummable !== undefined)) continue;
      if (d.totalRule === "sum") inputs.push(partsSumRule(catalogue, indicator, d));
      for (const option of d.options)
        inputs.push(partWithinWholeRule(catalogue, indicator, d, option));
    }
  }
  for (const balance of balances) inputs.push(balanceRule(catalogue, balance));
  return Object.freeze(inputs.map((input) => defineRule(input, symbols)));
}
