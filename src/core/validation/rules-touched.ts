import type { ValidationRule } from "./rule.ts";

/**
 * Which rules a change of values can change the outcome of: a rule is touched by an indicator it
 * reads, directly or through derived indicators (a rule on `rate` is touched by `a` when
 * `rate = a / b`). Any period and modifier counts (`ytd(x)`, `last_year(x)`, `at(x, UNIT)` all
 * read `x`), so the selection errs on the side of running a rule. A save checks only these:
 * the other rules read nothing that changed, so their findings are what they were.
 */
export class RulesTouched {
  private readonly byIndicator = new Map<string, Set<number>>();

  /**
   * `rules` in the order findings are listed; `formulaReads(code)` the indicators a derived
   * indicator's formula reads (undefined for a stored one).
   */
  constructor(
    private readonly rules: readonly ValidationRule[],
    formulaReads: (code: string) => readonly string[] | undefined,
  ) {
    const closure = new Map<string, ReadonlySet<string>>();
    const readsOf = (code: string, visiting: Set<string>): ReadonlySet<string> => {
      const known = closure.get(code);
      if (known) return known;
      const reads = new Set([code]);
      // The catalogue is checked free of cycles; the guard only keeps a bad one from looping.
      if (!visiting.has(code)) {
        visiting.add(code);
        for (const read of formulaReads(code) ?? [])
          for (const c of readsOf(read, visiting)) reads.add(c);
        visiting.delete(code);
      }
      closure.set(code, reads);
      return reads;
    };
    rules.forEach((rule, i) => {
      for (const code of [...rule.left.dependencies, ...rule.right.dependencies])
        for (const read of readsOf(code, new Set())) {
          const set = this.byIndicator.get(read) ?? new Set<number>();
          set.add(i);
          this.byIndicator.set(read, set);
        }
    });
  }

  /** The rules that read any of these indicators, in their original order. */
  by(indicators: Iterable<string>): ValidationRule[] {
    const picked = new Set<number>();
    for (const code of indicators) for (const i of this.byIndicator.get(code) ?? []) picked.add(i);
    return [...picked].sort((a, b) => a - b).map((i) => this.rules[i] as ValidationRule);
  }
}
