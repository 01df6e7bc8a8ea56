import type { CompiledQuery, Dialect, QueryResult } from "kysely";

/** A column's SQL type, as PostgreSQL's `unnest` needs it spelled. */
export type ColumnType = "text" | "double precision" | "integer";

/** The target of a column-wise write: a table and its columns in parameter order. */
export interface ColumnTable {
  readonly table: string;
  readonly columns: readonly (readonly [name: string, type: ColumnType])[];
}

/** Rows given column by column: one array per column of the table, all of the same length. */
export type Columns = readonly (readonly unknown[])[];

/** A failure the application answers in its own words rather than as a crash. */
export type FailureKind =
  /** A unique or primary key was taken meanwhile (a lost race): a conflict, 409. */
  | "unique"
  /** The database was locked or a lock was not granted in time: try again, 503. */
  | "busy"
  /** A statement ran past its time limit. */
  | "timeout"
  /** The disk is full. */
  | "full";

/**
 * What differs between SQLite and PostgreSQL, in one place, chosen once when the store opens:
 * the Kysely dialect, the bulk statements, how failures are told apart, how the data counter is
 * read and moved, and the settings of a transaction.
 */
export interface StoreDialect {
  readonly name: "sqlite" | "postgres";
  readonly kysely: Dialect;
  /**
   * The statements that insert `columns` (rows `from` to `to`) into `target`, followed by `tail`
   * (an `on conflict` clause or nothing). Their text depends only on the table (and row count),
   * never on the data.
   */
  insertStatements(
    target: ColumnTable,
    columns: Columns,
    tail?: string,
    from?: number,
    to?: number,
  ): CompiledQuery[];
  /**
   * Appends rows (`from` to `to`) to `target` in the caller's transaction, with no conflict
   * clause (a key already stored fails the statement): PostgreSQL sends many rows with
   * `COPY … FROM STDIN` (a few with an insert: COPY costs one round trip more), SQLite runs the
   * insert statements.
   */
  appendRows(
    db: Executor,
    target: ColumnTable,
    columns: Columns,
    from?: number,
    to?: number,
  ): Promise<void>;
  /** The statements that delete the rows whose `keyColumns` match one of the key tuples. */
  deleteStatements(
    table: string,
    keyColumns: readonly string[],
    keys: Columns,
    extraCondition?: string,
  ): CompiledQuery[];
  /** Which handled failure an error of this engine is, if any. */
  failureOf(error: unknown): FailureKind | undefined;
  /** Statements run first in a write transaction (time limits); none on SQLite. */
  transactionSettings(kind: TransactionKind): readonly CompiledQuery[];
  /**
   * Statements that, run first in a write transaction, hold each key until it ends, so a check and
   * the write that follows it are one step for that key: PostgreSQL's advisory locks (in sorted
   * order, so two holders never wait on each other); none on SQLite, whose write transactions
   * begin IMMEDIATE and already hold the one write lock.
   */
  keyLocks(keys: readonly string[]): readonly CompiledQuery[];
  /** Reads the change counters, `data`, `definitions` and `sessions`, in one statement. */
  readonly epochsQuery: CompiledQuery;
  /**
   * Moves the data counter once more after a write committed, where it is not moved inside the
   * transaction's own lock (PostgreSQL's sequence): a reader that cached an answer between the
   * last statement and the commit sees it is stale. Null where the counter is a row (SQLite).
   */
  readonly afterCommit: CompiledQuery | null;
  /**
   * Statements that take the transaction-long locks of forms (by their lock keys, sorted):
   * shared by value writers, exclusive by a change of a form's state, so a write and a
   * submission of the same unit and month never overlap. None on SQLite, whose write
   * transactions already run one at a time.
   */
  formLocks(keys: readonly number[], mode: "shared" | "exclusive"): readonly CompiledQuery[];
  /**
   * Runs `append`, one set-based insert of many rows into `table`, inside the caller's
   * transaction, with the data counter moved once for it: SQLite's counter triggers run once per
   * row (two million updates of the counter row for two million audit rows), so they are dropped
   * for the statement and created again before the transaction ends; PostgreSQL's run once per
   * statement already.
   */
  appendInBulk(db: Executor, table: string, append: () => Promise<unknown>): Promise<void>;
}

/** What runs a compiled statement: a connection or a transaction. */
export interface Executor {
  executeQuery<R>(query: CompiledQuery<R>): Promise<QueryResult<R>>;
}

/** A form's save waits briefly for locks; an import may run long but must not wait forever. */
export type TransactionKind = "save" | "import";

/** Runs statements one after the other. */
export async function runAll(db: Executor, statements: readonly CompiledQuery[]): Promise<void> {
  for (const statement of statements) await db.executeQuery(statement);
}
