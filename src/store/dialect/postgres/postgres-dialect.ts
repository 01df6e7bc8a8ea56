import { CompiledQuery, PostgresDialect, type PostgresPool } from "kysely";
import { type FailureKind, runAll, type StoreDialect, type TransactionKind } from "../dialect.ts";
import { CopyingClient, CopyRows } from "./copy-client.ts";

// A form's save gives up after a few seconds behind another writer's locks (and says so) rather
// than hang; an import may run for minutes but never waits long for a lock either.
const SETTINGS: Record<TransactionKind, readonly CompiledQuery[]> = {
  save: [
    CompiledQuery.raw("set local lock_timeout = '8s'"),
    CompiledQuery.raw("set local statement_timeout = '60s'"),
  ],
  import: [
    CompiledQuery.raw("set local lock_timeout = '8s'"),
    CompiledQuery.raw("set local statement_timeout = '15min'"),
    // A large import sorts and groups millions of rows at its end (values and audit rows in key
    // order, roll-ups rebuilt): in memory rather than in many passes over temporary files.
    CompiledQuery.raw("set local work_mem = '64MB'"),
  ],
};

/**
 * Rows from which an append goes by COPY: below it the one `unnest` insert is cheaper (COPY waits
 * for the server's answer before it sends the rows, a second round trip).
 */
const COPY_FROM = 500;

/** The class of baocao's form locks among the server's advisory locks ("FORM" in ASCII). */
const FORM_LOCK_CLASS = 0x464f524d;

/**
 * PostgreSQL: one `INSERT … SELECT FROM unnest(…)` per table per chunk, `COPY` for appends of many
 * rows, a counter sequence. The pool's clients must be `CopyingClient`s (see `openPostgres`; a
 * read-replica's routing pool shows the primary's options).
 */
export function postgresDialect(pool: PostgresPool): StoreDialect {
  // A pool of plain clients (a caller's own) still works, with inserts instead of COPY.
  const copies = (pool as { options?: { Client?: unknown } }).options?.Client === CopyingClient;
  return {
    name: "postgres",
    kysely: new PostgresDialect({ pool }),
    insertStatements(target, columns, tail = "", from = 0, to = columns[0]?.length ?? 0) {
      if (to <= from) return [];
      const names = target.columns.map(([name]) => name).join(", ");
      const arrays = target.columns.map(([, type], i) => `$${i + 1}::${type}[]`).join(", ");
      const text = `insert into ${target.table} (${names}) select * from unnest(${arrays}) ${tail}`;
      const whole = from === 0 && to === columns[0]?.length;
      return [
        CompiledQuery.raw(text, whole ? [...columns] : columns.map((c) => c.slice(from, to))),
      ];
    },
    async appendRows(db, target, columns, from = 0, to = columns[0]?.length ?? 0) {
      if (!copies || to - from < COPY_FROM) {
        await runAll(db, this.insertStatements(target, columns, "", from, to));
        return;
      }
      const whole = from === 0 && to === columns[0]?.length;
      const rows = new CopyRows(whole ? columns : columns.map((c) => c.slice(from, to)));
      const names = target.columns.map(([name]) => name).join(", ");
      await db.executeQuery(
        CompiledQuery.raw(`copy ${target.table} (${names}) from stdin`, [rows]),
      );
    },
    deleteStatements(table, keyColumns, keys, extraCondition = "") {
      if ((keys[0]?.length ?? 0) === 0) return [];
      const names = keyColumns.join(", ");
      const arrays = keyColumns.map((_, i) => `$${i + 1}::text[]`).join(", ");
      const and = extraCondition ? ` and ${extraCondition}` : "";
      return [
        CompiledQuery.raw(
          `delete from ${table} where (${names}) in (select * from unnest(${arrays}))${and}`,
          [...keys],
        ),
      ];
    },
    failureOf,
    transactionSettings: (kind) => SETTINGS[kind],
    keyLocks: (keys) =>
      [...new Set(keys)]
        .sort()
        .map((key) =>
          CompiledQuery.raw("select pg_advisory_xact_lock(hashtextextended($1, 0))", [key]),
        ),
    epochsQuery: CompiledQuery.raw(
      "select (select case when is_called then last_value else 0 end from data_epoch_seq) as data, (select n from data_epoch where id = 2) as definitions, (select n from data_epoch where id = 3) as sessions",
    ),
    afterCommit: CompiledQuery.raw("select nextval('data_epoch_seq')"),
    async appendInBulk(_db, _table, append) {
      await append();
    },
    formLocks: (keys, mode) =>
      keys.length === 0
        ? []
        : [
            // Two-key advisory locks in baocao's own class (FORM_LOCK_CLASS), taken in the
            // order given (sorted), so two writers never wait on each other in a circle.
            CompiledQuery.raw(
              `select count(${mode === "shared" ? "pg_advisory_xact_lock_shared" : "pg_advisory_xact_lock"}(${FORM_LOCK_CLASS}, k)) from unnest($1::int[]) as t(k)`,
              [keys],
            ),
          ],
  };
}

function failureOf(error: unknown): FailureKind | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case "23505":
      return "unique";
    case "55P03": // lock_not_available: the lock timeout passed
    case "40001": // serialization_failure
    case "40P01": // deadlock_detected
      return "busy";
    case "57014": // query_canceled: the statement timeout passed
      return "timeout";
    case "53100": // disk_full
      return "full";
    default:
      return undefined;
  }
}
