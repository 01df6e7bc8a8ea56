/**
 * How values combine: over reporting units (communes → town) and over time (months → year to
 * date). One descriptor per rule; the engine's writes, reads and roll-up rebuilds all use them.
 */
export {
  ADDITIVE_STATISTICS,
  type AdditiveStatistic,
  type Contributing,
  combine,
  NO_VALUES,
  STATISTICS,
  type StatisticName,
  type Stats,
  scaled,
  statsOf,
  statsOfAll,
  without,
} from "./statistics.ts";
export {
  aggregateOverTime,
  TIME_AGGREGATIONS,
  TIME_RULES,
  type TimeAggregation,
  type TimeRule,
} from "./time-rules.ts";
export {
  isReversible,
  UNIT_AGGREGATION_KINDS,
  UNIT_RULES,
  type UnitAggregationKind,
  type UnitRule,
  unitRule,
} from "./unit-rules.ts";
