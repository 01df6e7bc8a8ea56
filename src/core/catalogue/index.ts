export type { Catalogue } from "./catalogue.ts";
export type {
  CatalogueInput,
  CategorySetInput,
  DisaggregationInput,
  IndicatorInput,
  SubGroupInput,
  UnitAggregationInput,
} from "./catalogue-input.ts";
export { ALLOWED_AGGREGATIONS } from "./check-aggregation.ts";
export { TOTAL_RULES } from "./check-category-sets.ts";
export { MAX_DECIMALS } from "./check-unit-decimals.ts";
export { convert } from "./convert.ts";
export { defineCatalogue } from "./define-catalogue.ts";
export { findMeasureUnit, findMeasureUnitBySymbol, getMeasureUnit } from "./find-measure-unit.ts";
export type {
  Aggregation,
  CategoryOption,
  CategorySet,
  Direction,
  Indicator,
  IndicatorDisaggregation,
  Sector,
  SectorCode,
  SubGroup,
  TotalRule,
  UnitAggregation,
  ValueRange,
  ValueType,
} from "./indicator.ts";
export {
  DIRECTIONS,
  SECTOR_CODES,
  VALUE_TYPES,
} from "./indicator.ts";
export {
  findCategorySet,
  findIndicator,
  getIndicator,
  indicatorsBySector,
  indicatorsBySubGroup,
  measureUnitName,
  subGroupsOfSector,
  sumsOptions,
  unitOf,
} from "./lookup.ts";
export type { MeasureUnit } from "./measure-unit.ts";
export { measureUnits } from "./measure-units.ts";
export type { CatalogueProblem } from "./problems.ts";
export { getSector, isSectorCode, SECTORS } from "./sectors.ts";
export {
  DAMAGE_BAND,
  FUND_SOURCE,
  RICE_SEASON,
  SCHOOL_LEVEL,
  STANDARD_CATEGORY_SETS,
} from "./standard-category-sets.ts";
export { type EffectiveRange, impliedMinimum, valueRange } from "./value-range.ts";
