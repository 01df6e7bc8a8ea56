import type { AdditiveStatistic } from "../../core/aggregation/index.ts";
import type { ColumnType } from "../dialect/dialect.ts";

/** Where an additive statistic of core/aggregation is stored, and what one raw value adds to it. */
export interface StoredStatistic {
  readonly column: string;
  readonly type: ColumnType;
  /**
   * In a rebuild from raw values: the statistic's part of one value `v` (of `data_values`),
   * whose weight, when its indicator has one, is `w.value`.
   */
  readonly rebuild: string;
}

/**
 * The roll-up table keeps one column per additive statistic. A new rule over units that reads
 * existing statistics needs nothing here; a new additive statistic needs its column (a migration)
 * and its line below — the type makes a missing line an error.
 */
export const ROLLUP_STATISTICS: Readonly<Record<AdditiveStatistic, StoredStatistic>> = {
  total: { column: "total", type: "double precision", rebuild: "v.value" },
  count: { column: "count", type: "integer", rebuild: "1" },
  estimateCount: {
    column: "estimate_count",
    type: "integer",
    rebuild: "case when v.status = 'estimate' then 1 else 0 end",
  },
  weightedTotal: {
    column: "weighted_total",
    type: "double precision",
    rebuild: "coalesce(v.value * w.value, 0)",
  },
  weightTotal: {
    column: "weight_total",
    type: "double precision",
    rebuild: "coalesce(w.value, 0)",
  },
};
