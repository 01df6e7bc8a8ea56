import { type Kysely, type Selectable, sql } from "kysely";
import type { Database, RollupTable } from "../schema.ts";
import { type ColumnTable, deleteStatements, insertStatements, runAll } from "./column-rows.ts";
import { type KeyColumns, keyArrays } from "./data-value.repository.ts";

/** The stored aggregate of one indicator, unit (with its subtree), month and disaggregation. */
export interface RollupCell {
  readonly indicatorCode: string;
  readonly unitCode: string;
  readonly period: string;
  readonly disaggregation: string;
  readonly total: number;
  readonly count: number;
  readonly estimateCount: number;
  readonly weightedTotal: number;
  readonly weightTotal: number;
}

/** A change to add to a stored aggregate (all fields are differences). */
export type RollupDelta = RollupCell;

/** Deltas column by column (one entry per aggregate), for bulk writes. */
export interface RollupDeltaColumns extends KeyColumns {
  readonly total: number[];
  readonly count: number[];
  readonly estimateCount: number[];
  readonly weightedTotal: number[];
  readonly weightTotal: number[];
}

const ROLLUPS: ColumnTable = {
  table: "rollups",
  columns: [
    ["indicator_code", "text"],
    ["unit_code", "text"],
    ["period", "text"],
    ["disaggregation", "text"],
    ["total", "double precision"],
    ["count", "integer"],
    ["estimate_count", "integer"],
    ["weighted_total", "double precision"],
    ["weight_total", "double precision"],
  ],
};

const KEY_COLUMNS = ["indicator_code", "unit_code", "period", "disaggregation"];

const ADD_TO_STORED = `on conflict (${KEY_COLUMNS.join(", ")}) do update set
  total = rollups.total + excluded.total, count = rollups.count + excluded.count,
  estimate_count = rollups.estimate_count + excluded.estimate_count,
  weighted_total = rollups.weighted_total + excluded.weighted_total,
  weight_total = rollups.weight_total + excluded.weight_total`;

/** What a read of aggregates covers: some units, indicators and an inclusive month range. */
export interface RollupFilter {
  readonly unitCodes: readonly string[];
  readonly indicatorCodes?: readonly string[];
  readonly fromPeriod: string;
  readonly toPeriod: string;
}

/** Keeps and reads the stored aggregates that make reads independent of the raw value count. */
export class RollupRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** Adds differences to the aggregates (creating them), then drops aggregates left empty. */
  async addDeltas(deltas: readonly RollupDelta[], chunkSize = 400): Promise<void> {
    for (let i = 0; i < deltas.length; i += chunkSize) {
      const chunk = deltas.slice(i, i + chunkSize);
      await this.db
        .insertInto("rollups")
        .values(chunk.map(toRow))
        .onConflict((oc) =>
          oc
            .columns(["indicator_code", "unit_code", "period", "disaggregation"])
            .doUpdateSet((eb) => ({
              total: eb("rollups.total", "+", eb.ref("excluded.total")),
              count: eb("rollups.count", "+", eb.ref("excluded.count")),
              estimate_count: eb("rollups.estimate_count", "+", eb.ref("excluded.estimate_count")),
              weighted_total: eb("rollups.weighted_total", "+", eb.ref("excluded.weighted_total")),
              weight_total: eb("rollups.weight_total", "+", eb.ref("excluded.weight_total")),
            })),
        )
        .execute();
    }
    if (deltas.some((d) => d.count < 0)) {
      await this.db.deleteFrom("rollups").where("count", "<=", 0).execute();
    }
  }

  /**
   * Adds differences given column by column (each aggregate at most once), creating the
   * aggregates that do not exist yet; then drops those of them that a negative count left empty.
   */
  async addDeltaColumns(d: RollupDeltaColumns): Promise<void> {
    const columns = [
      ...keyArrays(d),
      d.total,
      d.count,
      d.estimateCount,
      d.weightedTotal,
      d.weightTotal,
    ];
    await runAll(this.db, insertStatements(this.db, ROLLUPS, columns, ADD_TO_STORED));
    const shrunk = d.count.flatMap((c, i) => (c < 0 ? [i] : []));
    if (shrunk.length === 0) return;
    const keys = keyArrays(d).map((column) => shrunk.map((i) => column[i] as string));
    await runAll(this.db, deleteStatements(this.db, "rollups", KEY_COLUMNS, keys, "count <= 0"));
  }

  /** Aggregates of some units over a month range. */
  async list(filter: RollupFilter): Promise<RollupCell[]> {
    // An empty list matches nothing (and `in ()` is not SQL on PostgreSQL).
    if (filter.unitCodes.length === 0 || filter.indicatorCodes?.length === 0) return [];
    let query = this.db
      .selectFrom("rollups")
      .selectAll()
      .where("unit_code", "in", [...filter.unitCodes])
      .where("period", ">=", filter.fromPeriod)
      .where("period", "<=", filter.toPeriod);
    if (filter.indicatorCodes)
      query = query.where("indicator_code", "in", [...filter.indicatorCodes]);
    const rows = await query.execute();
    return rows.map(fromRow);
  }

  /** Every stored aggregate, in key order (for comparing incremental with rebuilt). */
  async all(): Promise<RollupCell[]> {
    const rows = await this.db
      .selectFrom("rollups")
      .selectAll()
      .orderBy("indicator_code")
      .orderBy("unit_code")
      .orderBy("period")
      .orderBy("disaggregation")
      .execute();
    return rows.map(fromRow);
  }

  /**
   * Recomputes every aggregate from raw values in one set-based statement: each value counts
   * towards every ancestor that held its unit in its month (only itself when the indicator does
   * not aggregate over units), and an option of a summed disaggregation also counts to the total.
   */
  async rebuildFromRaw(): Promise<void> {
    await this.db.deleteFrom("rollups").execute();
    await sql`
      insert into rollups (indicator_code, unit_code, period, disaggregation, total, count, estimate_count, weighted_total, weight_total)
      select indicator_code, ancestor_code, period, disaggregation,
             sum(value), count(*), sum(is_estimate), sum(weighted), sum(weight)
      from (
        select v.indicator_code, c.ancestor_code, v.period,
               case when k.copy = 'own' then v.disaggregation else '' end as disaggregation, v.value,
               case when v.status = 'estimate' then 1 else 0 end as is_estimate,
               coalesce(v.value * w.value, 0) as weighted,
               coalesce(w.value, 0) as weight
        from data_values v
        join indicators i on i.code = v.indicator_code
        join unit_closure c on c.unit_code = v.unit_code
             and c.from_period <= v.period and v.period < c.to_period
             and (i.unit_aggregation <> 'none' or c.depth = 0)
        join (select 'own' as copy union all select 'total' as copy) k
             on k.copy = 'own' or (v.disaggregation <> '' and i.sums_options = 1)
        left join data_values w on i.weight_indicator is not null
             and w.indicator_code = i.weight_indicator and w.unit_code = v.unit_code
             and w.period = v.period and w.disaggregation = v.disaggregation
        where v.value is not null
      ) x
      group by indicator_code, ancestor_code, period, disaggregation
    `.execute(this.db);
  }
}

function fromRow(r: Selectable<RollupTable>): RollupCell {
  return {
    indicatorCode: r.indicator_code,
    unitCode: r.unit_code,
    period: r.period,
    disaggregation: r.disaggregation,
    total: r.total,
    count: r.count,
    estimateCount: r.estimate_count,
    weightedTotal: r.weighted_total,
    weightTotal: r.weight_total,
  };
}

function toRow(d: RollupDelta) {
  return {
    indicator_code: d.indicatorCode,
    unit_code: d.unitCode,
    period: d.period,
    disaggregation: d.disaggregation,
    total: d.total,
    count: d.count,
    estimate_count: d.estimateCount,
    weighted_total: d.weightedTotal,
    weight_total: d.weightTotal,
  };
}
