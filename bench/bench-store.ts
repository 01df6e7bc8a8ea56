import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import SqliteDatabase from "better-sqlite3";
import { type Kysely, sql } from "kysely";
import type pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { SQLITE_PRAGMAS } from "../src/store/database.ts";
import { CopyRows } from "../src/store/dialect/postgres/copy-client.ts";
import type { Database, DataValueTable } from "../src/store/schema.ts";
import type { RawMethod } from "./args.ts";

/**
 * SQL used only by the benchmark: the naive report query over raw values, raw inserts
 * that bypass the engine (the "raw rate" the engine's bulk load is compared with), and a few
 * housekeeping statements. Nothing in the application calls it.
 */

/** One monthly report for a unit, as the naive query sees it. */
export interface NaiveReportQuery {
  readonly root: string;
  /** The report month, `YYYY-MM`. */
  readonly month: string;
  /** January of the report month's year. */
  readonly ytdFrom: string;
  /** The same month a year earlier. */
  readonly lastYearMonth: string;
  /** The year whose plan targets count. */
  readonly year: number;
}

/**
 * Per indicator: the unit's value in the month, in the same month last year, and its year to date
 * under each time rule (sum, average, last); the caller picks the rule the catalogue gives.
 */
export interface NaiveReportRow {
  readonly indicatorCode: string;
  readonly unitAggregation: string;
  readonly value: number | null;
  readonly lastYearValue: number | null;
  readonly ytdSum: number | null;
  readonly ytdAverage: number | null;
  readonly ytdLast: number | null;
  readonly plan: number | null;
}

/** A row of the naive query as the database returns it (PostgreSQL's numerics come as text). */
export interface NaiveReportSqlRow {
  indicator_code: string;
  unit_aggregation: string;
  value: number | string | null;
  last_year_value: number | string | null;
  ytd_sum: number | string | null;
  ytd_average: number | string | null;
  ytd_last: number | string | null;
  plan: number | string | null;
}

/**
 * The naive query's one statement, in SQL that SQLite, PostgreSQL and DuckDB all read (the
 * DuckDB peer compiles it with PostgreSQL's placeholders).
 */
export function naiveMonthlyReportSql(q: NaiveReportQuery) {
  return sql<NaiveReportSqlRow>`
      select i.code as indicator_code, i.unit_aggregation,
             sum(case when x.period = ${q.month} then x.v end) as value,
             sum(case when x.period = ${q.lastYearMonth} then x.v end) as last_year_value,
             sum(case when x.in_ytd = 1 then x.v end) as ytd_sum,
             avg(case when x.in_ytd = 1 then x.v end) as ytd_average,
             max(case when x.in_ytd = 1 and x.latest = 1 then x.v end) as ytd_last,
             max(t.value) as plan
      from indicators i
      left join (
        select m.indicator_code, m.period, m.in_ytd,
               case when i.unit_aggregation = 'average' then m.total / m.n else m.total end as v,
               row_number() over (partition by m.indicator_code, m.in_ytd order by m.period desc) as latest
        from (
          select v.indicator_code, v.period,
                 case when v.period >= ${q.ytdFrom} then 1 else 0 end as in_ytd,
                 sum(v.value) as total, count(v.value) as n
          from data_values v
          join unit_closure c on c.unit_code = v.unit_code and c.ancestor_code = ${q.root}
               and c.from_period <= v.period and v.period < c.to_period
          where v.disaggregation = '' and v.value is not null
            and ((v.period >= ${q.ytdFrom} and v.period <= ${q.month}) or v.period = ${q.lastYearMonth})
          group by v.indicator_code, v.period
        ) m
        join indicators i on i.code = m.indicator_code
      ) x on x.indicator_code = i.code
      left join targets t on t.indicator_code = i.code and t.unit_code = ${q.root}
           and t.year = ${q.year} and t.kind = 'plan' and t.due_date = ''
      group by i.code, i.unit_aggregation
      order by i.code
    `;
}

/** The naive query's row with numbers as numbers. */
export function naiveReportRow(r: NaiveReportSqlRow): NaiveReportRow {
  const num = (v: number | string | null) => (v === null ? null : Number(v));
  return {
    indicatorCode: r.indicator_code,
    unitAggregation: r.unit_aggregation,
    value: num(r.value),
    lastYearValue: num(r.last_year_value),
    ytdSum: num(r.ytd_sum),
    ytdAverage: num(r.ytd_average),
    ytdLast: num(r.ytd_last),
    plan: num(r.plan),
  };
}

/** Sizes of the value tables after a load. */
export interface TableStats {
  readonly table: string;
  readonly rows: number;
  /** Bytes on disk with indexes, when the engine can tell (PostgreSQL, SQLite's dbstat). */
  readonly bytes: number | null;
}

/** What the benchmark asks of a database beyond the application's repositories. */
export class BenchRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /**
   * The naive baseline of the monthly report: ONE plain statement over the raw values of every
   * unit under `root` (via `unit_closure`), grouped by indicator and month, then by indicator
   * with conditional aggregates; the plan target joined in; a row for every indicator of the
   * catalogue (derived ones have no values, only their plan). It never reads `rollups`. It covers
   * the unit rules the benchmark's catalogue uses (`sum`, `average`) on totals (no
   * disaggregation); derived indicators are evaluated by the caller from its rows.
   */
  async naiveMonthlyReport(q: NaiveReportQuery): Promise<NaiveReportRow[]> {
    const { rows } = await naiveMonthlyReportSql(q).execute(this.db);
    return rows.map(naiveReportRow);
  }

  /** The engine's version string. */
  async version(engine: "sqlite" | "postgres"): Promise<string> {
    const { rows } = await (engine === "postgres"
      ? sql<{ v: string }>`select version() as v`
      : sql<{ v: string }>`select 'SQLite ' || sqlite_version() as v`
    ).execute(this.db);
    return rows[0]?.v ?? "";
  }

  /** Refreshes the planner's statistics (what autovacuum does after a large load). */
  async analyze(): Promise<void> {
    await sql`analyze`.execute(this.db);
  }

  /** Flushes dirty pages so that one timed phase does not pay for the previous one's writes. */
  async checkpoint(engine: "sqlite" | "postgres"): Promise<void> {
    if (engine === "postgres") await sql`checkpoint`.execute(this.db);
    else await sql`pragma wal_checkpoint(truncate)`.execute(this.db);
  }

  /** Row counts and sizes of the value tables. */
  async tableStats(engine: "sqlite" | "postgres"): Promise<TableStats[]> {
    const tables = ["data_values", "value_audit", "rollups"] as const;
    const stats: TableStats[] = [];
    for (const table of tables) {
      const counted = await this.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number | string>().as("n"))
        .executeTakeFirst();
      stats.push({
        table,
        rows: Number(counted?.n ?? 0),
        bytes: await this.bytesOf(engine, table),
      });
    }
    return stats;
  }

  /** Bytes of the whole database (PostgreSQL) or of its pages (SQLite). */
  async databaseBytes(engine: "sqlite" | "postgres"): Promise<number> {
    if (engine === "postgres") {
      const { rows } = await sql<{
        n: string;
      }>`select pg_database_size(current_database()) as n`.execute(this.db);
      return Number(rows[0]?.n ?? 0);
    }
    const { rows } = await sql<{
      n: number;
    }>`select page_count * page_size as n from pragma_page_count, pragma_page_size`.execute(
      this.db,
    );
    return Number(rows[0]?.n ?? 0);
  }

  private async bytesOf(engine: "sqlite" | "postgres", table: string): Promise<number | null> {
    if (engine === "postgres") {
      const { rows } = await sql<{
        n: string;
      }>`select pg_total_relation_size(${table}::regclass) as n`.execute(this.db);
      return Number(rows[0]?.n ?? 0);
    }
    try {
      const { rows } = await sql<{ n: number }>`
        select sum(pgsize) as n from dbstat
        where name = ${table} or name in (select name from sqlite_master where tbl_name = ${table})
      `.execute(this.db);
      return Number(rows[0]?.n ?? 0);
    } catch {
      return null;
    }
  }
}

const RAW_COLUMNS = [
  "indicator_code",
  "unit_code",
  "period",
  "disaggregation",
  "value",
  "text_value",
  "status",
  "note",
  "source",
  "version",
  "updated_at",
  "updated_by",
] as const satisfies readonly (keyof DataValueTable)[];

function rawParams(rows: readonly DataValueTable[], from: number, to: number): unknown[] {
  const params: unknown[] = [];
  for (let i = from; i < to; i++) {
    const r = rows[i] as DataValueTable;
    params.push(
      r.indicator_code,
      r.unit_code,
      r.period,
      r.disaggregation,
      r.value,
      r.text_value,
      r.status,
      r.note,
      r.source,
      r.version,
      r.updated_at,
      r.updated_by,
    );
  }
  return params;
}

function valuesSql(rowCount: number, placeholder: (n: number) => string): string {
  const tuples: string[] = [];
  for (let r = 0; r < rowCount; r++) {
    const cells = RAW_COLUMNS.map((_, c) => placeholder(r * RAW_COLUMNS.length + c + 1));
    tuples.push(`(${cells.join(",")})`);
  }
  return `insert into data_values (${RAW_COLUMNS.join(",")}) values ${tuples.join(",")}`;
}

/**
 * Plain inserts into PostgreSQL's `data_values`, straight through a `pg` client (no Kysely, no
 * engine): `COPY data_values (…) FROM STDIN` of the batch in COPY's text format (pg-copy-streams),
 * multi-row `INSERT … VALUES` as named prepared statements of `chunk` rows, or one
 * `INSERT … SELECT FROM unnest($1::text[], …)` per batch with a column array per parameter.
 * Each call is one transaction.
 */
export class RawPostgresInserter {
  private readonly texts = new Map<number, string>();

  constructor(
    private readonly client: pg.ClientBase,
    private readonly method: RawMethod,
    private readonly chunk = 1000,
  ) {}

  async insert(rows: readonly DataValueTable[]): Promise<void> {
    await this.client.query("begin");
    try {
      if (this.method === "copy") await this.copy(rows);
      else if (this.method === "unnest") await this.unnest(rows);
      else await this.values(rows);
      await this.client.query("commit");
    } catch (error) {
      await this.client.query("rollback");
      throw error;
    }
  }

  private async values(rows: readonly DataValueTable[]): Promise<void> {
    for (let i = 0; i < rows.length; i += this.chunk) {
      const n = Math.min(this.chunk, rows.length - i);
      let text = this.texts.get(n);
      if (!text) {
        text = valuesSql(n, (k) => `$${k}`);
        this.texts.set(n, text);
      }
      await this.client.query({
        name: `bench_raw_values_${n}`,
        text,
        values: rawParams(rows, i, i + n),
      });
    }
  }

  private async copy(rows: readonly DataValueTable[]): Promise<void> {
    const columns = RAW_COLUMNS.map((c) => rows.map((r) => r[c]));
    const stream = this.client.query(
      copyFrom(`copy data_values (${RAW_COLUMNS.join(",")}) from stdin`),
    );
    await pipeline(Readable.from(new CopyRows(columns).pieces()), stream);
  }

  private async unnest(rows: readonly DataValueTable[]): Promise<void> {
    const columns = RAW_COLUMNS.map((c) => rows.map((r) => r[c]));
    await this.client.query({
      name: "bench_raw_unnest",
      text: `insert into data_values (${RAW_COLUMNS.join(",")})
             select * from unnest($1::text[], $2::text[], $3::text[], $4::text[],
               $5::double precision[], $6::text[], $7::text[], $8::text[], $9::text[],
               $10::integer[], $11::text[], $12::text[])`,
      values: columns,
    });
  }
}

/**
 * Plain inserts into SQLite's `data_values` through better-sqlite3: a prepared multi-row
 * `INSERT … VALUES` of `chunk` rows (12 parameters a row, under SQLite's 32,766), all of a call
 * in one transaction.
 */
export class RawSqliteInserter {
  private readonly statements = new Map<number, SqliteDatabase.Statement>();

  constructor(
    private readonly native: SqliteDatabase.Database,
    private readonly chunk = 500,
  ) {}

  insert(rows: readonly DataValueTable[]): void {
    this.native.transaction(() => {
      for (let i = 0; i < rows.length; i += this.chunk) {
        const n = Math.min(this.chunk, rows.length - i);
        let statement = this.statements.get(n);
        if (!statement) {
          statement = this.native.prepare(valuesSql(n, () => "?"));
          this.statements.set(n, statement);
        }
        statement.run(rawParams(rows, i, i + n));
      }
    })();
  }
}

/** Opens a SQLite file natively with the store's settings (WAL, foreign keys, synchronous NORMAL). */
export function openRawSqlite(path: string): SqliteDatabase.Database {
  const native = new SqliteDatabase(path);
  // The store's own settings: the raw insert is measured as the engine's storage is set.
  for (const pragma of SQLITE_PRAGMAS) native.pragma(pragma);
  return native;
}

/** Drops (forcing other sessions off) and creates a database, through a client on another one. */
export async function recreatePostgresDatabase(admin: pg.ClientBase, name: string): Promise<void> {
  await dropPostgresDatabase(admin, name);
  await admin.query(`create database ${quoteIdentifier(name)}`);
}

/** Drops a database if it exists. */
export async function dropPostgresDatabase(admin: pg.ClientBase, name: string): Promise<void> {
  await admin.query(`drop database if exists ${quoteIdentifier(name)} with (force)`);
}

/** Server version and the settings that matter for the benchmark. */
export async function postgresSettings(admin: pg.ClientBase): Promise<Record<string, string>> {
  const names = [
    "server_version",
    "shared_buffers",
    "work_mem",
    "maintenance_work_mem",
    "effective_cache_size",
    "max_wal_size",
    "synchronous_commit",
    "fsync",
    "max_parallel_workers_per_gather",
    "jit",
  ];
  const { rows } = await admin.query<{ name: string; setting: string }>(
    "select name, current_setting(name) as setting from pg_settings where name = any($1)",
    [names],
  );
  return Object.fromEntries(rows.map((r) => [r.name, r.setting]));
}

function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
