import type { MeasureUnit } from "./measure-unit.ts";

/**
 * What `defineCatalogue` accepts: loosely typed on purpose, since catalogues come from JSON or
 * YAML files that a clerk edits; every field is checked at run time.
 */
export interface CatalogueInput {
  readonly indicators: readonly IndicatorInput[];
  readonly subGroups?: readonly SubGroupInput[];
  readonly categorySets?: readonly CategorySetInput[];
  /** Units added to the built-in table (codes must not clash with it). */
  readonly extraUnits?: readonly MeasureUnit[];
}

/** A sub-group as written in a catalogue file. */
export interface SubGroupInput {
  readonly code: string;
  readonly sector: string;
  readonly nameVi: string;
  readonly nameEn: string;
}

/** A category set as written in a catalogue file; `totalRule` defaults to `sum`. */
export interface CategorySetInput {
  readonly code: string;
  readonly nameVi: string;
  readonly nameEn: string;
  readonly options: readonly {
    readonly code: string;
    readonly nameVi: string;
    readonly nameEn: string;
  }[];
  readonly totalRule?: string;
}

/** An indicator's use of a category set: a set code, or the set narrowed and/or overridden. */
export type DisaggregationInput =
  | string
  | { readonly set: string; readonly options?: readonly string[]; readonly totalRule?: string };

/** How reporting units combine, as written: a kind, or `{ kind: "weighted_average", weight }`. */
export type UnitAggregationInput = string | { readonly kind: string; readonly weight?: string };

/**
 * An indicator as written in a catalogue file. Text and boolean indicators may omit `unit` and
 * `aggregation` (they default to no unit and no aggregation); numeric ones must state both,
 * since summing a stock by mistake is the costliest error a catalogue can make.
 */
export interface IndicatorInput {
  readonly code: string;
  readonly nameVi: string;
  readonly nameEn: string;
  readonly sector: string;
  readonly subGroup?: string;
  readonly unit?: string;
  readonly valueType: string;
  readonly aggregation?: { readonly overTime?: string; readonly overUnits?: UnitAggregationInput };
  readonly disaggregations?: readonly DisaggregationInput[];
  /** Defaults to 0 for integers, text and booleans, 2 otherwise. */
  readonly decimals?: number;
  /** Defaults to `neutral`. */
  readonly direction?: string;
  readonly formula?: string;
  readonly description?: string;
  /** Plausible range of stored values: `{ min: 0, max: 100 }` for a share. */
  readonly range?: { readonly min?: number | null; readonly max?: number | null };
}
