import type { RuleOperator } from "./rule.ts";

// Floating-point noise (0.1 + 0.2 vs 0.3) must never decide a rule: values this close count as equal.
const RELATIVE_NOISE = 1e-9;

/**
 * True when `left operator right` holds, letting the sides miss by `tolerance`: with tolerance
 * 0.5, `101 == 100.544` holds and `101 == 101.588` does not; `a <= b` holds up to b + 0.5.
 * For `!=` the sides must differ by more than the tolerance; `<` and `>` stay strict.
 */
export function holds(left: number, operator: RuleOperator, right: number, tolerance = 0): boolean {
  const noise = RELATIVE_NOISE * Math.max(1, Math.abs(left), Math.abs(right));
  const gap = left - right;
  switch (operator) {
    case "==":
      return Math.abs(gap) <= tolerance + noise;
    case "!=":
      return Math.abs(gap) > tolerance + noise;
    case "<=":
      return gap <= tolerance + noise;
    case ">=":
      return gap >= -(tolerance + noise);
    case "<":
      return gap < tolerance - noise;
    case ">":
      return gap > -(tolerance - noise);
  }
}
