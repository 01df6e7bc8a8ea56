import type { ValueType } from "../catalogue/indicator.ts";

/** A rule for combining consecutive periods of one unit into one (months into the year to date). */
export interface TimeRule {
  readonly nameVi: string;
  readonly nameEn: string;
  readonly valueTypes: readonly ValueType[];
  /** The combined value of the periods' values, oldest first, missing ones left out; null for none. */
  combine(known: readonly number[], periods: number): number | null;
}

const ALL: readonly ValueType[] = ["number", "integer", "percent", "text", "boolean"];
const sum = (known: readonly number[]) => known.reduce((a, b) => a + b, 0);

/** Every rule over time, by its code in the catalogue. */
export const TIME_RULES = {
  sum: {
    nameVi: "cộng dồn",
    nameEn: "sum",
    valueTypes: ["number", "integer"],
    combine: (known) => (known.length > 0 ? sum(known) : null),
  },
  last: {
    nameVi: "số cuối kỳ",
    nameEn: "last",
    valueTypes: ALL,
    combine: (known) => known.at(-1) ?? null,
  },
  average: {
    nameVi: "bình quân",
    nameEn: "average",
    valueTypes: ["number", "integer", "percent"],
    combine: (known) => (known.length > 0 ? sum(known) / known.length : null),
  },
  min: {
    nameVi: "nhỏ nhất",
    nameEn: "minimum",
    valueTypes: ["number", "integer", "percent", "boolean"],
    combine: (known) => (known.length > 0 ? Math.min(...known) : null),
  },
  max: {
    nameVi: "lớn nhất",
    nameEn: "maximum",
    valueTypes: ["number", "integer", "percent", "boolean"],
    combine: (known) => (known.length > 0 ? Math.max(...known) : null),
  },
  none: {
    nameVi: "không cộng dồn",
    nameEn: "none",
    valueTypes: ALL,
    combine: (known, periods) => (periods === 1 ? (known[0] ?? null) : null),
  },
} as const satisfies Record<string, TimeRule>;

/** The code of a rule over time, as catalogues write it. */
export type TimeAggregation = keyof typeof TIME_RULES;

/** Every rule's code. */
export const TIME_AGGREGATIONS = Object.keys(TIME_RULES) as TimeAggregation[];

/**
 * Combines the values of consecutive periods (oldest first) into one, e.g. months into the year
 * to date. Missing values are skipped; all missing gives null. `last` is the latest reported
 * value (a stock such as loans outstanding); `none` gives null unless there is exactly one period.
 * @example aggregateOverTime("sum", [852, null, 829]) // 1681
 */
export function aggregateOverTime(
  rule: TimeAggregation,
  values: readonly (number | null)[],
): number | null {
  const known = values.filter((v): v is number => v !== null);
  return TIME_RULES[rule].combine(known, values.length);
}
