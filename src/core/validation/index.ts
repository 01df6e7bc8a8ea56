export type { BalanceDeclaration } from "./balance.ts";
export {
  type CatalogueFormulaError,
  type CatalogueFormulas,
  compileCatalogueFormulas,
} from "./catalogue-formulas.ts";
export { catalogueSymbols } from "./catalogue-symbols.ts";
export { holds } from "./compare.ts";
export { defineRule } from "./define-rule.ts";
export { evaluateRule, evaluateRules } from "./evaluate-rule.ts";
export { formatNumberVi } from "./format-vi.ts";
export { fillMessage, placeholdersOf } from "./message-template.ts";
export {
  type Finding,
  type FindingValue,
  RULE_OPERATORS,
  type RuleInput,
  type RuleOperator,
  SEVERITIES,
  type Severity,
  type ValidationRule,
} from "./rule.ts";
export { RulesTouched } from "./rules-touched.ts";
export { structuralRules } from "./structural-rules.ts";
