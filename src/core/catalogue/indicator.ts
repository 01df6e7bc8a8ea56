import type { TimeAggregation, UnitAggregationKind } from "../aggregation/index.ts";
/**
 * The shape of an indicator (chỉ tiêu) and of the parts it is made of. These are the validated,
 * normalised types that `defineCatalogue` returns; other core modules (validation, engine,
 * composer) import them, so the names here are kept stable.
 */

/** The report's four sectors, in the order the report lists them. */
export const SECTOR_CODES = [
  "economy",
  "culture_society",
  "defence_security",
  "inspection_justice_government",
] as const;

/** One of the report's four sectors. */
export type SectorCode = (typeof SECTOR_CODES)[number];

/** A sector with its Vietnamese and English labels. */
export interface Sector {
  readonly code: SectorCode;
  readonly nameVi: string;
  readonly nameEn: string;
}

/** A sub-group inside a sector (e.g. "Thu ngân sách" inside "Kinh tế"). */
export interface SubGroup {
  readonly code: string;
  readonly sector: SectorCode;
  readonly nameVi: string;
  readonly nameEn: string;
}

/** What kind of value an indicator holds. `percent` holds 56.59 for 56,59%, not 0.5659. */
export type ValueType = "number" | "integer" | "percent" | "text" | "boolean";

/** All value types, for validation and pickers. */
export const VALUE_TYPES: readonly ValueType[] = [
  "number",
  "integer",
  "percent",
  "text",
  "boolean",
];

/**
 * How reporting units combine: a rule of core/aggregation by its code. A weighted average names
 * the indicator whose values are the weights, e.g. yield (tấn/ha) weighted by harvested area:
 * `{ kind: "weighted_average", weight: "lua_dien_tich" }`.
 */
export interface UnitAggregation {
  readonly kind: UnitAggregationKind;
  /** For a weighted rule: the indicator whose value weights each value. */
  readonly weight?: string;
}

/** Both aggregation rules of an indicator. */
export interface Aggregation {
  readonly overTime: TimeAggregation;
  readonly overUnits: UnitAggregation;
}

/**
 * Whether the total equals the sum of the options (`sum`) or is reported on its own
 * (`independent`, e.g. damage bands that do not cover every damaged hectare).
 */
export type TotalRule = "sum" | "independent";

/** One option of a category set, e.g. `{ code: "thcs", nameVi: "Trung học cơ sở", … }`. */
export interface CategoryOption {
  readonly code: string;
  readonly nameVi: string;
  readonly nameEn: string;
}

/** A disaggregation: a named set of options (school level, funding source, rice season…). */
export interface CategorySet {
  readonly code: string;
  readonly nameVi: string;
  readonly nameEn: string;
  readonly options: readonly CategoryOption[];
  /** Default total rule for indicators using this set. */
  readonly totalRule: TotalRule;
}

/** An indicator's use of a category set: which options it reports and how its total relates. */
export interface IndicatorDisaggregation {
  /** Code of the category set. */
  readonly set: string;
  /** Option codes used by this indicator (all of the set's options unless narrowed). */
  readonly options: readonly string[];
  readonly totalRule: TotalRule;
}

/** Which way is good: drives the on-track status against targets. */
export type Direction = "higher_is_better" | "lower_is_better" | "neutral";

/** All directions. */
export const DIRECTIONS: readonly Direction[] = ["higher_is_better", "lower_is_better", "neutral"];

/**
 * A plausible range for stored values; a bound left out falls back to what the measure unit
 * implies (see `valueRange`), a bound set to null lifts it.
 */
export interface ValueRange {
  readonly min?: number | null;
  readonly max?: number | null;
}

/** An indicator of the catalogue, validated and normalised. */
export interface Indicator {
  /** Stable code, e.g. `thu_ngan_sach`. */
  readonly code: string;
  readonly nameVi: string;
  readonly nameEn: string;
  readonly sector: SectorCode;
  /** Sub-group code, when the indicator belongs to one. */
  readonly subGroup?: string;
  /** Measure unit code from the unit table, e.g. `trieu_dong`. */
  readonly unit: string;
  readonly valueType: ValueType;
  readonly aggregation: Aggregation;
  readonly disaggregations: readonly IndicatorDisaggregation[];
  /** Decimal places shown, 0..6. */
  readonly decimals: number;
  readonly direction: Direction;
  /** Formula source for derived indicators; dependencies are resolved by the formula module. */
  readonly formula?: string;
  readonly description?: string;
  /** Plausible range of stored values (a value outside is refused). */
  readonly range?: ValueRange;
}
