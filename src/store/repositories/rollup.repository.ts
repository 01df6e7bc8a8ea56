import { type Kysely, type Selectable, sql } from "kysely";
import {
  ADDITIVE_STATISTICS,
  type AdditiveStatistic,
  isReversible,
  UNIT_AGGREGATION_KINDS,
  UNIT_RULES,
} from "../../core/aggregation/index.ts";
import type { DataValueKey } from "../../core/values/index.ts";
import { type ColumnTable, runAll, type StoreDialect } from "../dialect/dialect.ts";
import type { Database, RollupTable } from "../schema.ts";
import { type KeyColumns, keyArrays } from "./data-value.repository.ts";
import { ROLLUP_STATISTICS } from "./rollup-statistics.ts";

/** The stored aggregate of one indicator, unit (with its subtree), month and disaggregation. */
export type RollupCell = DataValueKey & Readonly<Record<AdditiveStatistic, number>>;

/** Differences column by column (one entry per aggregate), for bulk writes. */
export type RollupDeltaColumns = KeyColumns & Readonly<Record<AdditiveStatistic, number[]>>;

const KEY_COLUMNS = ["indicator_code", "unit_code", "period", "disaggregation"] as const;
const STATISTIC_COLUMNS = ADDITIVE_STATISTICS.map((name) => ROLLUP_STATISTICS[name]);

const ROLLUPS: ColumnTable = {
  table: "rollups",
  columns: [
    ...KEY_COLUMNS.map((name) => [name, "text"] as const),
    ...STATISTIC_COLUMNS.map((s) => [s.column, s.type] as const),
  ],
};

const ADD_TO_STORED = `on conflict (${KEY_COLUMNS.join(", ")}) do update set ${STATISTIC_COLUMNS.map(
  ({ column }) => `${column} = rollups.${column} + excluded.${column}`,
).join(", ")}`;

/** The rule codes, quoted for SQL, of the rules kept in roll-ups and of those that cross units. */
const quoted = (kinds: readonly string[]) => kinds.map((k) => `'${k}'`).join(", ");
const KEPT_KINDS = quoted(UNIT_AGGREGATION_KINDS.filter((k) => isReversible(UNIT_RULES[k])));
const OVER_UNIT_KINDS = quoted(UNIT_AGGREGATION_KINDS.filter((k) => UNIT_RULES[k].overUnits));

/** What a read of aggregates covers: some units, indicators and an inclusive month range. */
export interface RollupFilter {
  readonly unitCodes: readonly string[];
  readonly indicatorCodes?: readonly string[];
  readonly fromPeriod: string;
  readonly toPeriod: string;
}

/**
 * Keeps and reads the stored aggregates that make reads independent of the raw value count: one
 * row per indicator, unit, month and disaggregation, one column per additive statistic
 * (core/aggregation), for the indicators whose rule over units is reversible.
 */
export class RollupRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: StoreDialect,
  ) {}

  /**
   * Adds differences given column by column (each aggregate at most once), creating the
   * aggregates that do not exist yet; then drops those of them that a negative count left empty.
   */
  async addDeltaColumns(d: RollupDeltaColumns): Promise<void> {
    const columns = [...keyArrays(d), ...ADDITIVE_STATISTICS.map((name) => d[name])];
    await runAll(this.db, this.dialect.insertStatements(ROLLUPS, columns, ADD_TO_STORED));
    const shrunk = d.count.flatMap((c, i) => (c < 0 ? [i] : []));
    if (shrunk.length === 0) return;
    const keys = keyArrays(d).map((column) => shrunk.map((i) => column[i] as string));
    await runAll(
      this.db,
      this.dialect.deleteStatements("rollups", KEY_COLUMNS, keys, "count <= 0"),
    );
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

  /**
   * Recomputes every aggregate from raw values in one set-based statement, generated from the
   * rules and statistics: each value of an indicator kept in roll-ups counts towards every
   * ancestor that held its unit in its month (only itself when its rule does not cross units),
   * and an option of a summed disaggregation also counts to the total.
   */
  async rebuildFromRaw(): Promise<void> {
    await this.db.deleteFrom("rollups").execute();
    await sql`${sql.raw(rebuildStatement())}`.execute(this.db);
  }

  /**
   * The same for some (indicator, month) pairs only: an aggregate sums values of its own indicator
   * and month, so those pairs are the whole of what changes of their values touch. A bulk load
   * rebuilds its roll-ups so, once, instead of adding differences value by value. The values are
   * read in one pass, each looked up in the list of pairs (driving from the pairs would read all
   * months of an indicator once per month).
   */
  async rebuildFor(pairs: { indicatorCode: string[]; period: string[] }): Promise<void> {
    if (pairs.indicatorCode.length === 0) return;
    const onCommit = this.dialect.name === "postgres" ? " on commit drop" : "";
    await sql`drop table if exists ${sql.raw(SCOPE.table)}`.execute(this.db);
    await sql`create temporary table ${sql.raw(SCOPE.table)} (indicator_code text, period text,
      primary key (indicator_code, period))${sql.raw(onCommit)}`.execute(this.db);
    await runAll(
      this.db,
      this.dialect.insertStatements(SCOPE, [pairs.indicatorCode, pairs.period]),
    );
    // PostgreSQL plans from statistics: the temporary table has none until analyzed, and those of
    // the values date from before this transaction's millions of rows. Planned as if both were
    // small, the rebuild looked values up one unit at a time and sorted on disk (7.9 s instead of
    // 3.4 s for 600,000 values, measured); analyzed, it hashes. The sample sees this
    // transaction's own rows, and the statistics are rolled back with it.
    if (this.dialect.name === "postgres")
      await sql`analyze ${sql.raw(SCOPE.table)}, data_values, indicators, unit_closure`.execute(
        this.db,
      );
    await sql`delete from rollups where (indicator_code, period) in
      (select indicator_code, period from ${sql.raw(SCOPE.table)})`.execute(this.db);
    // SQLite keeps the order of a cross join: the values outside, the pairs looked up inside.
    const scope = `cross join ${SCOPE.table} s`;
    const where = "and s.indicator_code = v.indicator_code and s.period = v.period";
    // Without a weighted indicator among the pairs PostgreSQL leaves the weights' join out: it
    // otherwise hashes the whole of `data_values` for it (and spills to disk past `work_mem`).
    const weights = this.dialect.name !== "postgres" || (await this.anyWeighted());
    await sql`${sql.raw(rebuildStatement(scope, where, weights))}`.execute(this.db);
    await sql`drop table ${sql.raw(SCOPE.table)}`.execute(this.db);
  }

  /** Whether an indicator of the rebuild's pairs is weighted by another. */
  private async anyWeighted(): Promise<boolean> {
    const { rows } = await sql<{ n: number | string }>`select count(*) as n from indicators
      where weight_indicator is not null
        and code in (select indicator_code from ${sql.raw(SCOPE.table)})`.execute(this.db);
    return Number(rows[0]?.n ?? 1) > 0;
  }
}

/** The (indicator, month) pairs of a partial rebuild, in a temporary table. */
const SCOPE: ColumnTable = {
  table: "rollup_rebuild_scope",
  columns: [
    ["indicator_code", "text"],
    ["period", "text"],
  ],
};

/** The insert of aggregates recomputed from the raw values that `scope` and `where` (if any) keep. */
function rebuildStatement(scope = "", where = "", weights = true): string {
  const weightJoin = weights
    ? `left join data_values w on i.weight_indicator is not null
             and w.indicator_code = i.weight_indicator and w.unit_code = v.unit_code
             and w.period = v.period and w.disaggregation = v.disaggregation`
    : "cross join (select cast(null as double precision) as value) w";
  const columns = STATISTIC_COLUMNS.map((s) => s.column).join(", ");
  const parts = STATISTIC_COLUMNS.map((s) => `${s.rebuild} as ${s.column}`).join(", ");
  const sums = STATISTIC_COLUMNS.map((s) => `sum(${s.column})`).join(", ");
  return `
      insert into rollups (indicator_code, unit_code, period, disaggregation, ${columns})
      select indicator_code, ancestor_code, period, disaggregation, ${sums}
      from (
        select v.indicator_code, c.ancestor_code, v.period,
               case when k.copy = 'own' then v.disaggregation else '' end as disaggregation,
               ${parts}
        from data_values v
        ${scope}
        join indicators i on i.code = v.indicator_code
             and i.unit_aggregation in (${KEPT_KINDS})
        join unit_closure c on c.unit_code = v.unit_code
             and c.from_period <= v.period and v.period < c.to_period
             and (i.unit_aggregation in (${OVER_UNIT_KINDS}) or c.depth = 0)
        join (select 'own' as copy union all select 'total' as copy) k
             on k.copy = 'own' or (v.disaggregation <> '' and i.sums_options = 1)
        ${weightJoin}
        where v.value is not null ${where}
      ) x
      group by indicator_code, ancestor_code, period, disaggregation
    `;
}

function fromRow(r: Selectable<RollupTable>): RollupCell {
  const row = r as unknown as Record<string, number>;
  const cell: Record<string, string | number> = {
    indicatorCode: r.indicator_code,
    unitCode: r.unit_code,
    period: r.period,
    disaggregation: r.disaggregation,
  };
  for (const name of ADDITIVE_STATISTICS)
    cell[name] = row[ROLLUP_STATISTICS[name].column] as number;
  return cell as unknown as RollupCell;
}
