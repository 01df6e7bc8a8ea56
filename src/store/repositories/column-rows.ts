import { CompiledQuery, type Kysely, sql } from "kysely";
import type { Database } from "../schema.ts";

/** A column's SQL type, as PostgreSQL's `unnest` needs it spelled. */
export type ColumnType = "text" | "double precision" | "integer";

/** The target of a column-wise write: a table and its columns in parameter order. */
export interface ColumnTable {
  readonly table: string;
  readonly columns: readonly (readonly [name: string, type: ColumnType])[];
}

/** Rows given column by column: one array per column of the table, all of the same length. */
export type Columns = readonly (readonly unknown[])[];

/**
 * SQLite's limit is 32,766 parameters a statement; 500 rows of up to 12 columns stay under it,
 * and a fixed row count keeps the statement text the same from chunk to chunk.
 */
const SQLITE_ROWS = 500;

/**
 * Whether `db` talks to PostgreSQL. Kysely does not say which dialect it runs, but a compiled
 * parameter does: `$1` on PostgreSQL, `?` on SQLite.
 */
export function isPostgres(db: Kysely<Database>): boolean {
  return sql`${0}`.compile(db).sql === "$1";
}

/**
 * The statements that insert `columns` (rows `from` to `to`) into `target`, followed by `tail`
 * (an `on conflict` clause or nothing). PostgreSQL gets one `INSERT … SELECT FROM unnest($1::text[],
 * …)` for the whole range, whatever its size; SQLite gets multi-row `INSERT … VALUES` of 500 rows.
 * The text depends only on the table (and, on SQLite, on the row count), never on the data.
 */
export function insertStatements(
  db: Kysely<Database>,
  target: ColumnTable,
  columns: Columns,
  tail = "",
  from = 0,
  to = columns[0]?.length ?? 0,
): CompiledQuery[] {
  if (to <= from) return [];
  const names = target.columns.map(([name]) => name).join(", ");
  if (isPostgres(db)) {
    const arrays = target.columns.map(([, type], i) => `$${i + 1}::${type}[]`).join(", ");
    const text = `insert into ${target.table} (${names}) select * from unnest(${arrays}) ${tail}`;
    const whole = from === 0 && to === columns[0]?.length;
    return [CompiledQuery.raw(text, whole ? [...columns] : columns.map((c) => c.slice(from, to)))];
  }
  const statements: CompiledQuery[] = [];
  for (let start = from; start < to; start += SQLITE_ROWS) {
    const end = Math.min(to, start + SQLITE_ROWS);
    const row = `(${target.columns.map(() => "?").join(", ")})`;
    const text = `insert into ${target.table} (${names}) values ${Array(end - start)
      .fill(row)
      .join(", ")} ${tail}`;
    statements.push(CompiledQuery.raw(text, rowMajor(columns, start, end)));
  }
  return statements;
}

/**
 * The statements that delete the rows whose `keyColumns` match one of the given key tuples.
 * PostgreSQL: one statement joining `unnest` of the key arrays; SQLite: row-value `IN` lists of
 * 500 keys.
 */
export function deleteStatements(
  db: Kysely<Database>,
  table: string,
  keyColumns: readonly string[],
  keys: Columns,
  extraCondition = "",
): CompiledQuery[] {
  const n = keys[0]?.length ?? 0;
  if (n === 0) return [];
  const names = keyColumns.join(", ");
  const and = extraCondition ? ` and ${extraCondition}` : "";
  if (isPostgres(db)) {
    const arrays = keyColumns.map((_, i) => `$${i + 1}::text[]`).join(", ");
    return [
      CompiledQuery.raw(
        `delete from ${table} where (${names}) in (select * from unnest(${arrays}))${and}`,
        [...keys],
      ),
    ];
  }
  const statements: CompiledQuery[] = [];
  for (let start = 0; start < n; start += SQLITE_ROWS) {
    const end = Math.min(n, start + SQLITE_ROWS);
    const tuple = `(${keyColumns.map(() => "?").join(", ")})`;
    const text = `delete from ${table} where (${names}) in (values ${Array(end - start)
      .fill(tuple)
      .join(", ")})${and}`;
    statements.push(CompiledQuery.raw(text, rowMajor(keys, start, end)));
  }
  return statements;
}

/** Runs statements one after the other. */
export async function runAll(
  db: Kysely<Database>,
  statements: readonly CompiledQuery[],
): Promise<void> {
  for (const statement of statements) await db.executeQuery(statement);
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
