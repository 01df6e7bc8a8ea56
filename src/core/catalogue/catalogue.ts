import type { CategorySet, Indicator, SubGroup } from "./indicator.ts";
import type { MeasureUnit } from "./measure-unit.ts";

/** A validated catalogue: immutable data plus an index by code. Build it with `defineCatalogue`. */
export interface Catalogue {
  /** Indicators in the order they were defined (the report's order). */
  readonly indicators: readonly Indicator[];
  readonly subGroups: readonly SubGroup[];
  readonly categorySets: readonly CategorySet[];
  /** The built-in units plus the catalogue's extra units. */
  readonly measureUnits: readonly MeasureUnit[];
  readonly byCode: ReadonlyMap<string, Indicator>;
}
