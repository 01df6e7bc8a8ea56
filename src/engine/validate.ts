import type { Period } from "../core/periods/index.ts";
import { evaluateRules, type Finding, type ValidationRule } from "../core/validation/index.ts";
import type { UnitFigures } from "./unit-figures.ts";

/**
 * Runs validation rules for one unit and period: each reference reads the unit's figure (its own
 * value plus what its subtree reported), so a town-level balance checks the town total.
 */
export function runRules(
  figures: UnitFigures,
  period: Period,
  rules: readonly ValidationRule[],
): Finding[] {
  return [
    ...evaluateRules(rules, { resolve: (query) => figures.resolve(query, { period, ytd: false }) }),
  ];
}
