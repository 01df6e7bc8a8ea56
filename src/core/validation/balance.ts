import type { Severity } from "./rule.ts";

/**
 * A declared balance: the parts add up to the total, e.g. dossiers resolved on time + resolved
 * late + still pending = received. The catalogue has no place for balances yet, so they are
 * declared beside it; parts and total are formula sources (usually indicator codes).
 */
export interface BalanceDeclaration {
  /** Rule code suffix: the rule is `balance.<code>`. */
  readonly code: string;
  readonly parts: readonly string[];
  readonly total: string;
  /** Default `error`. */
  readonly severity?: Severity;
  /** Default 0: counts must match exactly. */
  readonly tolerance?: number;
  /** Default: built from the indicator names. May use `{left}`, `{right}`, `{difference}`… */
  readonly message?: string;
}
