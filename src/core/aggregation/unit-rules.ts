import type { ValueType } from "../catalogue/indicator.ts";
import { STATISTICS, type StatisticName, type Stats } from "./statistics.ts";

/**
 * A rule for combining the values of reporting units (communes → town). Everything that writes,
 * reads or rebuilds aggregates asks the rule: which statistics it needs, and how the figure is
 * read back from them. A rule whose statistics all add is kept incrementally in the roll-ups; any
 * other is computed from the raw values when read.
 */
export interface UnitRule {
  readonly nameVi: string;
  readonly nameEn: string;
  /** The statistics the figure is read from. */
  readonly reads: readonly StatisticName[];
  /** False when a value counts only for its own unit (`none`: no figure above it). */
  readonly overUnits: boolean;
  /** True when each value is paired with another indicator's value as its weight. */
  readonly weighted: boolean;
  /** The value types it makes sense for (percentages are never summed). */
  readonly valueTypes: readonly ValueType[];
  /** The figure of a set of values; null when it has none. */
  read(stats: Stats): number | null;
}

const NUMBERS: readonly ValueType[] = ["number", "integer"];
const SHARES: readonly ValueType[] = ["number", "integer", "percent"];

/** Every rule over units, by its code in the catalogue. */
export const UNIT_RULES = {
  sum: {
    nameVi: "tổng",
    nameEn: "sum",
    reads: ["total", "count"],
    overUnits: true,
    weighted: false,
    valueTypes: NUMBERS,
    read: (s) => (s.count > 0 ? s.total : null),
  },
  average: {
    nameVi: "bình quân",
    nameEn: "average",
    reads: ["total", "count"],
    overUnits: true,
    weighted: false,
    valueTypes: SHARES,
    read: (s) => (s.count > 0 ? s.total / s.count : null),
  },
  weighted_average: {
    nameVi: "bình quân gia quyền",
    nameEn: "weighted average",
    reads: ["weightedTotal", "weightTotal", "count"],
    overUnits: true,
    weighted: true,
    valueTypes: SHARES,
    read: (s) => (s.count > 0 && s.weightTotal !== 0 ? s.weightedTotal / s.weightTotal : null),
  },
  none: {
    nameVi: "không tổng hợp",
    nameEn: "none",
    reads: ["total", "count"],
    overUnits: false,
    weighted: false,
    valueTypes: ["number", "integer", "percent", "text", "boolean"],
    read: (s) => (s.count === 1 ? s.total : null),
  },
  min: {
    nameVi: "nhỏ nhất",
    nameEn: "minimum",
    reads: ["minimum", "count"],
    overUnits: true,
    weighted: false,
    valueTypes: SHARES,
    read: (s) => (s.count > 0 ? s.minimum : null),
  },
  max: {
    nameVi: "lớn nhất",
    nameEn: "maximum",
    reads: ["maximum", "count"],
    overUnits: true,
    weighted: false,
    valueTypes: SHARES,
    read: (s) => (s.count > 0 ? s.maximum : null),
  },
} as const satisfies Record<string, UnitRule>;

/** The code of a rule over units, as catalogues write it. */
export type UnitAggregationKind = keyof typeof UNIT_RULES;

/** Every rule's code, in the order above. */
export const UNIT_AGGREGATION_KINDS = Object.keys(UNIT_RULES) as UnitAggregationKind[];

/** The rule of a code. */
export function unitRule(kind: UnitAggregationKind): UnitRule {
  return UNIT_RULES[kind];
}

/**
 * Whether the rule's aggregates can be kept by adding and subtracting values' parts (the
 * roll-ups), rather than computed from the raw values when read (min and max: removing the
 * smallest value leaves no way to know the next smallest).
 */
export function isReversible(rule: UnitRule): boolean {
  return rule.reads.every((name) => STATISTICS[name].law === "add");
}
