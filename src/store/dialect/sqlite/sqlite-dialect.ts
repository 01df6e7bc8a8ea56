import type SqliteDatabase from "better-sqlite3";
import { CompiledQuery } from "kysely";
import { type Columns, type FailureKind, runAll, type StoreDialect } from "../dialect.ts";
import { BaocaoSqliteDialect } from "./sqlite-driver.ts";

/**
 * SQLite's limit is 32,766 parameters a statement; 500 rows of up to 12 columns stay under it,
 * and a fixed row count keeps the statement text the same from chunk to chunk.
 */
const ROWS_PER_STATEMENT = 500;

/** SQLite: multi-row `INSERT … VALUES` and row-value `IN` lists of 500 rows, a counter row. */
export function sqliteDialect(native: SqliteDatabase.Database): StoreDialect {
  return {
    name: "sqlite",
    kysely: new BaocaoSqliteDialect(native),
    insertStatements(target, columns, tail = "", from = 0, to = columns[0]?.length ?? 0) {
      const names = target.columns.map(([name]) => name).join(", ");
      const row = `(${target.columns.map(() => "?").join(", ")})`;
      const statements: CompiledQuery[] = [];
      for (let start = from; start < to; start += ROWS_PER_STATEMENT) {
        const end = Math.min(to, start + ROWS_PER_STATEMENT);
        const text = `insert into ${target.table} (${names}) values ${Array(end - start)
          .fill(row)
          .join(", ")} ${tail}`;
        statements.push(CompiledQuery.raw(text, rowMajor(columns, start, end)));
      }
      return statements;
    },
    deleteStatements(table, keyColumns, keys, extraCondition = "") {
      const n = keys[0]?.length ?? 0;
      const names = keyColumns.join(", ");
      const and = extraCondition ? ` and ${extraCondition}` : "";
      const tuple = `(${keyColumns.map(() => "?").join(", ")})`;
      const statements: CompiledQuery[] = [];
      for (let start = 0; start < n; start += ROWS_PER_STATEMENT) {
        const end = Math.min(n, start + ROWS_PER_STATEMENT);
        const text = `delete from ${table} where (${names}) in (values ${Array(end - start)
          .fill(tuple)
          .join(", ")})${and}`;
        statements.push(CompiledQuery.raw(text, rowMajor(keys, start, end)));
      }
      return statements;
    },
    async appendRows(db, target, columns, from, to) {
      await runAll(db, this.insertStatements(target, columns, "", from, to));
    },
    failureOf,
    transactionSettings: () => [],
    keyLocks: () => [],
    epochsQuery: CompiledQuery.raw(
      "select (select n from data_epoch where id = 1) as data, (select n from data_epoch where id = 2) as definitions, (select n from data_epoch where id = 3) as sessions",
    ),
    afterCommit: null,
    formLocks: () => [],
    async appendInBulk(db, table, append) {
      // The counter's triggers only (named by the data-epoch migration); any other trigger stays.
      const { rows } = await db.executeQuery(
        CompiledQuery.raw(
          "select name, sql from sqlite_master where type = 'trigger' and tbl_name = ? and name = ?",
          [table, `${table}_insert_bumps_epoch`],
        ) as CompiledQuery<{ name: string; sql: string }>,
      );
      for (const { name } of rows) await db.executeQuery(CompiledQuery.raw(`drop trigger ${name}`));
      await append();
      for (const trigger of rows) await db.executeQuery(CompiledQuery.raw(trigger.sql));
      if (rows.length > 0)
        await db.executeQuery(CompiledQuery.raw("update data_epoch set n = n + 1 where id = 1"));
    },
  };
}

function failureOf(error: unknown): FailureKind | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== "string") return undefined;
  if (code === "SQLITE_CONSTRAINT_PRIMARYKEY" || code === "SQLITE_CONSTRAINT_UNIQUE")
    return "unique";
  if (code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED")) return "busy";
  if (code === "SQLITE_FULL") return "full";
  return undefined;
}

function rowMajor(columns: Columns, from: number, to: number): unknown[] {
  const width = columns.length;
  const params = new Array<unknown>((to - from) * width);
  let p = 0;
  for (let r = from; r < to; r++) {
    for (let c = 0; c < width; c++) params[p++] = (columns[c] as readonly unknown[])[r];
  }
  return params;
}
