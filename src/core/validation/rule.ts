import type { CheckedFormula } from "../formula/index.ts";

/** How serious a finding is: `error` blocks publishing, `warning` asks for a look, `info` notes. */
export type Severity = "error" | "warning" | "info";

/** All severities, most serious first. */
export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

/** How the left side must compare with the right side for the rule to hold. */
export type RuleOperator = "==" | "!=" | "<" | "<=" | ">" | ">=";

/** All rule operators. */
export const RULE_OPERATORS: readonly RuleOperator[] = ["==", "!=", "<", "<=", ">", ">="];

/**
 * A rule as written in a catalogue file or in code. `left` and `right` are formula sources.
 * The message may name `{left}`, `{right}`, `{difference}` and any reference of either side as
 * the evaluator prints it (`{ytd(x)}`, `{x[school_level=thcs]}`).
 */
export interface RuleInput {
  /** Stable dotted code, e.g. `land.dossier_balance`. */
  readonly code: string;
  readonly left: string;
  readonly operator: RuleOperator;
  readonly right: string;
  readonly severity: Severity;
  /** Vietnamese message shown when the rule does not hold. */
  readonly message: string;
  /** How far the sides may miss and the rule still hold (absolute, ≥ 0; default 0). */
  readonly tolerance?: number;
  /** Round both sides half up to this many decimals before comparing (e.g. 0 for "101%"). */
  readonly decimals?: number;
}

/** A validated rule: both sides compiled to numeric formulas. Build it with `defineRule`. */
export interface ValidationRule {
  readonly code: string;
  readonly left: CheckedFormula;
  readonly operator: RuleOperator;
  readonly right: CheckedFormula;
  readonly severity: Severity;
  readonly message: string;
  readonly tolerance: number;
  readonly decimals: number | null;
}

/** What `evaluateRule` returns when a rule does not hold. */
export interface Finding {
  readonly ruleCode: string;
  readonly severity: Severity;
  /** The rule's message with its placeholders filled in, numbers written the Vietnamese way. */
  readonly message: string;
  readonly operator: RuleOperator;
  readonly left: number;
  readonly right: number;
  /** `left - right`, after rounding when the rule rounds. */
  readonly difference: number;
  /** Every reference either side read, once, with its value (null when missing). */
  readonly values: readonly FindingValue[];
}

/** One value behind a finding: the reference as written and what it resolved to. */
export interface FindingValue {
  readonly reference: string;
  readonly value: number | null;
}
