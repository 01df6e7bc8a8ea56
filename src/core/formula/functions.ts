/**
 * The built-in functions. The language has no user-defined functions: every name here has a
 * fixed meaning that the checker, the evaluator and the README agree on.
 */

/**
 * `value`: an ordinary function of its arguments. `reference`: shifts or re-targets the
 * reference it wraps (`ytd(x)`) and yields a reference again. `aggregate`: reads a reference in
 * a wider way (`pct_of`, `sum_children`).
 */
export type FunctionKind = "value" | "reference" | "aggregate";

/** What the checker needs to know about one function. */
export interface FunctionSpec {
  readonly name: string;
  readonly kind: FunctionKind;
  readonly minArgs: number;
  readonly maxArgs: number;
  /** How the call is written, for error messages. */
  readonly signature: string;
  /** Index of an argument that names a target kind (`plan`), not an indicator. */
  readonly targetKindArg?: number;
  /** Index of an argument that names a reporting unit (`NH_CSXH`), not an indicator. */
  readonly unitArg?: number;
}

const MANY = Number.POSITIVE_INFINITY;

const SPECS: readonly FunctionSpec[] = [
  { name: "if", kind: "value", minArgs: 3, maxArgs: 3, signature: "if(điều_kiện, a, b)" },
  { name: "min", kind: "value", minArgs: 1, maxArgs: MANY, signature: "min(a, b, …)" },
  { name: "max", kind: "value", minArgs: 1, maxArgs: MANY, signature: "max(a, b, …)" },
  { name: "round", kind: "value", minArgs: 1, maxArgs: 2, signature: "round(x, số_chữ_số)" },
  { name: "abs", kind: "value", minArgs: 1, maxArgs: 1, signature: "abs(x)" },
  { name: "coalesce", kind: "value", minArgs: 2, maxArgs: MANY, signature: "coalesce(a, b, …)" },
  { name: "sum", kind: "value", minArgs: 1, maxArgs: MANY, signature: "sum(a, b, …)" },
  { name: "ytd", kind: "reference", minArgs: 1, maxArgs: 1, signature: "ytd(chỉ_tiêu)" },
  { name: "prev", kind: "reference", minArgs: 1, maxArgs: 1, signature: "prev(chỉ_tiêu)" },
  {
    name: "last_year",
    kind: "reference",
    minArgs: 1,
    maxArgs: 1,
    signature: "last_year(chỉ_tiêu)",
  },
  {
    name: "offset",
    kind: "reference",
    minArgs: 2,
    maxArgs: 2,
    signature: "offset(chỉ_tiêu, số_kỳ)",
  },
  {
    name: "target",
    kind: "reference",
    minArgs: 2,
    maxArgs: 2,
    signature: "target(chỉ_tiêu, loại_chỉ_tiêu_giao)",
    targetKindArg: 1,
  },
  {
    name: "at",
    kind: "reference",
    minArgs: 2,
    maxArgs: 2,
    signature: "at(chỉ_tiêu, mã_đơn_vị)",
    unitArg: 1,
  },
  {
    name: "pct_of",
    kind: "aggregate",
    minArgs: 2,
    maxArgs: 2,
    signature: "pct_of(chỉ_tiêu, loại_chỉ_tiêu_giao)",
    targetKindArg: 1,
  },
  {
    name: "growth",
    kind: "aggregate",
    minArgs: 1,
    maxArgs: 1,
    signature: "growth(chỉ_tiêu)",
  },
  {
    name: "ratio",
    kind: "aggregate",
    minArgs: 1,
    maxArgs: 1,
    signature: "ratio(chỉ_tiêu)",
  },
  {
    name: "sum_children",
    kind: "aggregate",
    minArgs: 1,
    maxArgs: 1,
    signature: "sum_children(chỉ_tiêu)",
  },
];

/**
 * Functions that compare a figure with the same period of last year, so they read one year
 * further back than their argument: `growth(x)` = (x ÷ last_year(x) − 1) × 100, the "tăng 12,5%
 * so với cùng kỳ" of every report; `ratio(x)` = x ÷ last_year(x) × 100, "bằng 87,53% so với cùng kỳ".
 */
export const AGAINST_LAST_YEAR: ReadonlySet<string> = new Set(["growth", "ratio"]);

/** The built-in functions by name. */
export const FUNCTIONS: ReadonlyMap<string, FunctionSpec> = new Map(SPECS.map((s) => [s.name, s]));

/** The spec of a built-in function, or undefined for an unknown name. */
export function functionSpec(name: string): FunctionSpec | undefined {
  return FUNCTIONS.get(name);
}

/** Target kinds known when the caller gives no list (see the glossary). */
export const DEFAULT_TARGET_KINDS: readonly string[] = [
  "plan",
  "assigned",
  "resolution",
  "commitment",
];
