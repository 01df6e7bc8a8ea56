/**
 * A peer in the benchmark: the same monthly report of the root computed by DuckDB, a columnar
 * analytics engine of the kind DHIS2 now offers beside PostgreSQL. The same raw values are
 * appended to a DuckDB file, the naive query runs there unchanged (compiled with PostgreSQL's
 * placeholders), and its answer is completed and checked against the engine's exactly as the
 * naive baseline is. What it has not: roll-ups, audit, version checks, units that change.
 */
import { rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { type DuckDBConnection, DuckDBInstance, type DuckDBValue } from "@duckdb/node-api";
import {
  DummyDriver,
  type Kysely,
  Kysely as KyselyOf,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
} from "kysely";
import type { Catalogue } from "../src/core/catalogue/index.ts";
import type { FormulaNode } from "../src/core/formula/index.ts";
import type { Database } from "../src/store/index.ts";
import { type NaiveReportSqlRow, naiveMonthlyReportSql, naiveReportRow } from "./bench-store.ts";
import { type GeneratedCatalogue, type GeneratedUnits, generateBatches } from "./generate.ts";
import { now, summarise, type Timing } from "./measure.ts";
import { completeReport, naiveQuery, type ReportFigures } from "./naive.ts";

export interface PeerResult {
  readonly engine: string;
  /** Appending every raw value (the appender, one flush at the end). */
  readonly load: { readonly seconds: number; readonly perSecond: number };
  readonly report: Timing;
  readonly fileBytes: number;
  /** The peer's figures of the check month, to compare with the engine's. */
  readonly figures: ReportFigures[];
}

export interface PeerInput {
  /** The benchmark's store, to copy the small tables from (units' closure, catalogue, targets). */
  readonly store: Kysely<Database>;
  readonly catalogue: Catalogue;
  readonly formulas: ReadonlyMap<string, FormulaNode>;
  readonly units: GeneratedUnits;
  readonly generated: GeneratedCatalogue;
  readonly months: readonly string[];
  readonly seed: number;
  readonly reportMonths: readonly string[];
  readonly checkMonth: string;
  readonly runs: number;
  readonly dir: string;
}

/** Compiles the naive query's SQL with `$1` placeholders, which DuckDB reads. */
const postgresSql = new KyselyOf<Database>({
  dialect: {
    createAdapter: () => new PostgresAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (db) => new PostgresIntrospector(db),
    createQueryCompiler: () => new PostgresQueryCompiler(),
  },
});

export async function duckdbPeer(input: PeerInput): Promise<PeerResult> {
  const file = join(input.dir, "peer.duckdb");
  rmSync(file, { force: true });
  const instance = await DuckDBInstance.create(file);
  const connection = await instance.connect();
  try {
    await createTables(connection);
    await copySmallTables(connection, input.store);
    const load = await appendValues(connection, input);
    await connection.run("checkpoint");

    const report = async (month: string): Promise<ReportFigures[]> => {
      const compiled = naiveMonthlyReportSql(naiveQuery(input.units.root, month)).compile(
        postgresSql,
      );
      const reader = await connection.runAndReadAll(
        compiled.sql,
        compiled.parameters as DuckDBValue[],
      );
      const rows = reader.getRowObjectsJS() as unknown as NaiveReportSqlRow[];
      return completeReport(rows.map(naiveReportRow), input.catalogue, input.formulas);
    };
    const figures = await report(input.checkMonth);
    const times: number[] = [];
    for (let i = 0; i < input.runs; i++) {
      const month = input.reportMonths[i % input.reportMonths.length] as string;
      const start = now();
      await report(month);
      times.push(now() - start);
    }
    const version = await connection.runAndReadAll("select version() as v");
    return {
      engine: `DuckDB ${String(version.getRowObjectsJS()[0]?.v ?? "")}`,
      load,
      report: summarise(times),
      fileBytes: statSync(file).size,
      figures,
    };
  } finally {
    connection.closeSync();
    instance.closeSync();
    rmSync(file, { force: true });
    rmSync(`${file}.wal`, { force: true });
  }
}

async function createTables(connection: DuckDBConnection): Promise<void> {
  await connection.run(`
    create table indicators (code varchar primary key, unit_aggregation varchar);
    create table unit_closure (unit_code varchar, ancestor_code varchar, from_period varchar, to_period varchar);
    create table targets (indicator_code varchar, unit_code varchar, year integer, kind varchar,
                          due_date varchar, value double);
    create table data_values (indicator_code varchar, unit_code varchar, period varchar,
                              disaggregation varchar, value double,
                              primary key (indicator_code, unit_code, period, disaggregation));
  `);
}

async function copySmallTables(connection: DuckDBConnection, store: Kysely<Database>) {
  const indicators = await store
    .selectFrom("indicators")
    .select(["code", "unit_aggregation"])
    .execute();
  const closure = await store
    .selectFrom("unit_closure")
    .select(["unit_code", "ancestor_code", "from_period", "to_period"])
    .execute();
  const targets = await store
    .selectFrom("targets")
    .select(["indicator_code", "unit_code", "year", "kind", "due_date", "value"])
    .where("disaggregation", "=", "")
    .execute();
  await append(
    connection,
    "indicators",
    indicators.map((i) => [i.code, i.unit_aggregation]),
  );
  await append(
    connection,
    "unit_closure",
    closure.map((c) => [c.unit_code, c.ancestor_code, c.from_period, c.to_period]),
  );
  await append(
    connection,
    "targets",
    targets.map((t) => [
      t.indicator_code,
      t.unit_code,
      { integer: t.year },
      t.kind,
      t.due_date,
      t.value,
    ]),
  );
}

/** A cell to append: text, a double, or an integer column's value. */
type Cell = string | number | { readonly integer: number };

async function append(connection: DuckDBConnection, table: string, rows: readonly Cell[][]) {
  const appender = await connection.createAppender(table);
  for (const row of rows) {
    for (const cell of row) {
      if (typeof cell === "string") appender.appendVarchar(cell);
      else if (typeof cell === "number") appender.appendDouble(cell);
      else appender.appendInteger(cell.integer);
    }
    appender.endRow();
  }
  appender.closeSync();
}

/** The same values the engine loaded, generated again from the same seed, appended in order. */
async function appendValues(connection: DuckDBConnection, input: PeerInput) {
  const start = now();
  let values = 0;
  const appender = await connection.createAppender("data_values");
  for (const batch of generateBatches(input.units, input.generated, input.months, input.seed)) {
    for (const v of batch.values) {
      appender.appendVarchar(v.indicator);
      appender.appendVarchar(v.unit);
      appender.appendVarchar(v.period);
      appender.appendVarchar("");
      if (typeof v.value === "number") appender.appendDouble(v.value);
      else appender.appendNull();
      appender.endRow();
      values++;
    }
  }
  appender.closeSync();
  const seconds = (now() - start) / 1000;
  return { seconds, perSecond: values / seconds };
}
