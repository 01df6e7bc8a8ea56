/**
 * The most one formula may hold. A figure, a derived indicator or a rule is a few dozen tokens;
 * the limits keep a hostile or pasted-by-mistake text from costing more than a bounded amount of
 * work and stack (the tree is walked recursively by the checker, the evaluator and the printer).
 */
export const FORMULA_LIMITS = {
  /** Characters of source. */
  length: 2_000,
  /** Tokens (names, numbers, symbols). */
  tokens: 1_000,
  /** Brackets, calls, unary operators and powers inside each other. */
  nesting: 40,
} as const;
