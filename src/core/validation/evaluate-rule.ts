import { evaluate, type FormulaEnv, roundHalfUp } from "../formula/index.ts";
import { holds } from "./compare.ts";
import { fillMessage } from "./message-template.ts";
import type { Finding, FindingValue, ValidationRule } from "./rule.ts";

/**
 * Evaluates a rule in an environment and returns a finding when it does not hold, or null when
 * it holds or cannot be judged (a side is missing data: the rule stays silent rather than guess).
 * Example: 829 + 24 against 852 received gives a finding with left 853 and right 852.
 */
export function evaluateRule(rule: ValidationRule, env: FormulaEnv): Finding | null {
  const left = evaluate(rule.left.tree, env);
  const right = evaluate(rule.right.tree, env);
  if (typeof left.value !== "number" || typeof right.value !== "number") return null;
  const round = (v: number) => (rule.decimals === null ? v : roundHalfUp(v, rule.decimals));
  const l = round(left.value);
  const r = round(right.value);
  if (holds(l, rule.operator, r, rule.tolerance)) return null;
  const values = new Map<string, number | null>();
  for (const read of [...left.references, ...right.references]) {
    if (!values.has(read.text)) values.set(read.text, read.value);
  }
  const difference = l - r;
  const placeholders = new Map([...values, ["left", l], ["right", r], ["difference", difference]]);
  const involved: FindingValue[] = [...values].map(([reference, value]) => ({ reference, value }));
  return Object.freeze({
    ruleCode: rule.code,
    severity: rule.severity,
    message: fillMessage(rule.message, placeholders),
    operator: rule.operator,
    left: l,
    right: r,
    difference,
    values: Object.freeze(involved),
  });
}

/** Evaluates every rule and returns the findings, most serious first, then in rule order. */
export function evaluateRules(
  rules: readonly ValidationRule[],
  env: FormulaEnv,
): readonly Finding[] {
  const rank = { error: 0, warning: 1, info: 2 } as const;
  const findings = rules
    .map((rule) => evaluateRule(rule, env))
    .filter((f): f is Finding => f !== null);
  return Object.freeze(findings.sort((a, b) => rank[a.severity] - rank[b.severity]));
}
