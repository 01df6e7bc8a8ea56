import { existsSync, mkdirSync } from "node:fs";
import { dirname } from "node:path";
import SqliteDatabase from "better-sqlite3";
import { Kysely, sql } from "kysely";
import pg from "pg";
import { BaocaoError } from "../core/errors.ts";
import { type DatabaseConfig, DEFAULT_SQLITE_PATH, redact } from "./config.ts";
import type { StoreDialect, TransactionKind } from "./dialect/dialect.ts";
import { CopyingClient } from "./dialect/postgres/copy-client.ts";
import { postgresDialect } from "./dialect/postgres/postgres-dialect.ts";
import { sqliteDialect } from "./dialect/sqlite/sqlite-dialect.ts";
import { ReadReplica, withWalPosition } from "./read-replica.ts";
import { Repositories } from "./repositories.ts";
import type { Database } from "./schema.ts";
import { inTransaction } from "./transaction.ts";

/** Extra settings, mainly for tests: a PostgreSQL schema to work in. */
export interface OpenOptions {
  readonly searchPath?: string;
  /** Create the SQLite file's missing folders (`baocao migrate --create`); else they are an error. */
  readonly createFolders?: boolean;
}

/** How a store was opened, so another thread or process can open the same database. */
export interface StoreLocation {
  readonly config: DatabaseConfig;
  readonly options: OpenOptions;
}

/**
 * An open database: its repositories, write transactions over them, and the dialect chosen when
 * it opened. `db` is the Kysely handle, for the store's own modules and for tests' assertions.
 */
export interface Store {
  readonly db: Kysely<Database>;
  readonly engine: DatabaseConfig["engine"];
  readonly dialect: StoreDialect;
  /** The repositories over the pool (or SQLite's one connection), outside any transaction. */
  readonly repos: Repositories;
  /** Where it is; a SQLite database in memory cannot be opened twice and has none. */
  readonly location?: StoreLocation;
  /** The PostgreSQL replica for read-only requests (`DATABASE_READ_URL`), when there is one. */
  readonly readReplica?: ReadReplica;
  /** Runs `work` in one write transaction (see `inTransaction`); a save unless told otherwise. */
  transaction<T>(work: (repos: Repositories) => Promise<T>, kind?: TransactionKind): Promise<T>;
  close(): Promise<void>;
}

/** A store over a Kysely handle and its dialect. */
function storeOf(db: Kysely<Database>, dialect: StoreDialect, replica?: ReadReplica): Store {
  const store: Store = {
    db,
    engine: dialect.name,
    dialect,
    repos: new Repositories(db, dialect),
    transaction: (work, kind = "save") => inTransaction(db, dialect, work, kind),
    close: () => db.destroy(),
  };
  if (!replica) return store;
  return {
    ...store,
    readReplica: replica,
    // A write transaction runs on the primary even inside a request that reads the replica.
    transaction: (work, kind = "save") =>
      replica.onPrimary(() => inTransaction(db, dialect, work, kind)),
  };
}

/**
 * Opens the configured database and checks that it answers, so a wrong or unreachable
 * `DATABASE_URL` fails here with one clear line rather than deep inside a query.
 */
export async function openStore(config: DatabaseConfig, options: OpenOptions = {}): Promise<Store> {
  const opened =
    config.engine === "sqlite"
      ? openSqlite(config.path, options.createFolders ?? false)
      : openPostgres(config.url, options, config.readUrl);
  const shareable = config.engine === "postgres" || config.path !== ":memory:";
  const store: Store = shareable ? { ...opened, location: { config, options } } : opened;
  try {
    await sql`select 1`.execute(store.db);
  } catch (error) {
    await store.close().catch(() => {});
    throw connectionError(config, error);
  }
  if (config.engine === "postgres" && config.readUrl) await checkReplica(store, config.readUrl);
  return store;
}

/**
 * How every SQLite connection of the store is set. WAL lets readers proceed while one writer
 * commits; SQLite leaves foreign keys off unless asked; the busy timeout makes a second process
 * wait for the write lock (taken at the start of every write transaction) instead of failing.
 * A checkpoint every 10,000 WAL pages (about 40 MB) instead of SQLite's 1,000: a page written by
 * many transactions (a town's roll-ups) is copied back once per checkpoint, and the checkpoints
 * that commits ran were part of the third of a bulk load spent committing — measured 17–20 % faster loads and a
 * lower save p99 (BENCHMARKS.md, "SQLite's checkpoints").
 */
export const SQLITE_PRAGMAS = [
  "journal_mode = WAL",
  "foreign_keys = ON",
  "busy_timeout = 15000",
  "synchronous = NORMAL",
  "wal_autocheckpoint = 10000",
] as const;

function openSqlite(path: string, createFolders: boolean): Store {
  if (path !== ":memory:") ensureFolder(path, createFolders);
  let native: SqliteDatabase.Database | undefined;
  try {
    native = new SqliteDatabase(path);
    // The first pragma also reads the file's header, so a file that is not a database is refused
    // here, by name.
    for (const pragma of SQLITE_PRAGMAS) native.pragma(pragma);
  } catch (error) {
    native?.close();
    const notDatabase = (error as { code?: string }).code === "SQLITE_NOTADB";
    throw new BaocaoError(
      "store.open_failed",
      notDatabase
        ? `Tệp "${path}" không phải cơ sở dữ liệu SQLite (có đặt nhầm DATABASE_URL không?); không có gì bị thay đổi.`
        : `Không mở được tệp cơ sở dữ liệu "${path}": ${messageOf(error)}`,
      { path },
    );
  }
  const dialect = sqliteDialect(native);
  return storeOf(new Kysely<Database>({ dialect: dialect.kysely }), dialect);
}

/**
 * A new file in an existing folder is fine (the first run), but a missing folder is most often a
 * mistyped `DATABASE_URL`: silently creating it would start an empty database beside the real
 * one. Only the default `./data` and an explicit `migrate --create` create folders.
 */
function ensureFolder(path: string, createFolders: boolean): void {
  const folder = dirname(path);
  if (existsSync(folder)) return;
  if (createFolders || path === DEFAULT_SQLITE_PATH) {
    mkdirSync(folder, { recursive: true });
    return;
  }
  throw new BaocaoError(
    "store.missing_folder",
    `Không có thư mục "${folder}" để chứa tệp cơ sở dữ liệu "${path}". Hãy kiểm tra DATABASE_URL (có gõ nhầm đường dẫn không?); nếu đúng là muốn tạo cơ sở dữ liệu mới ở đó, chạy: baocao migrate --create.`,
    { path, folder },
  );
}

function openPostgres(url: string, options: OpenOptions, readUrl?: string): Store {
  const pool = new pg.Pool({
    // Its clients run COPY for the dialect's bulk appends (see CopyingClient).
    Client: CopyingClient,
    connectionString: url,
    max: 10,
    connectionTimeoutMillis: 5000,
    ...(options.searchPath ? { options: `-c search_path=${options.searchPath}` } : {}),
  });
  // An idle client that loses its server must not crash the process.
  pool.on("error", () => {});
  if (!readUrl) {
    const dialect = postgresDialect(pool);
    return storeOf(new Kysely<Database>({ dialect: dialect.kysely }), dialect);
  }
  const replica = new ReadReplica(pool, replicaPool(readUrl, options));
  const dialect = withWalPosition(postgresDialect(replica.pool));
  return storeOf(new Kysely<Database>({ dialect: dialect.kysely }), dialect, replica);
}

function replicaPool(url: string, options: OpenOptions): pg.Pool {
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    // A replica that does not answer is skipped for a while (the primary serves); requests wait
    // for it 200 ms at most whatever this says.
    connectionTimeoutMillis: 3000,
    application_name: "baocao (replica)",
    ...(options.searchPath ? { options: `-c search_path=${options.searchPath}` } : {}),
  });
  pool.on("error", () => {});
  return pool;
}

/** The replica answers and is one: a primary named by mistake would take no write position. */
async function checkReplica(store: Store, readUrl: string): Promise<void> {
  const url = redact(readUrl);
  let recovering: boolean | undefined;
  try {
    const pool = new pg.Pool({ connectionString: readUrl, max: 1, connectionTimeoutMillis: 5000 });
    try {
      recovering = (await pool.query<{ r: boolean }>("select pg_is_in_recovery() as r")).rows[0]?.r;
    } finally {
      await pool.end();
    }
  } catch (error) {
    await store.close().catch(() => {});
    throw new BaocaoError(
      "store.unreachable",
      `Không kết nối được bản sao PostgreSQL (DATABASE_READ_URL) tại ${url}: ${messageOf(error)}.`,
      { url, cause: (error as { code?: string }).code ?? messageOf(error) },
    );
  }
  if (recovering) return;
  await store.close().catch(() => {});
  throw new BaocaoError(
    "config.database_url",
    `DATABASE_READ_URL (${url}) không phải một bản sao đang nhận dữ liệu từ máy chính (pg_is_in_recovery() là false); hãy trỏ nó tới replica, hoặc bỏ biến này.`,
    { url },
  );
}

function connectionError(config: DatabaseConfig, error: unknown): BaocaoError {
  if (config.engine === "sqlite") {
    return new BaocaoError(
      "store.open_failed",
      `Không mở được tệp cơ sở dữ liệu "${config.path}": ${messageOf(error)}`,
      {
        path: config.path,
      },
    );
  }
  const url = redact(config.url);
  const code = (error as { code?: string }).code;
  const reason =
    code === "ECONNREFUSED"
      ? "máy chủ không nhận kết nối (PostgreSQL chưa chạy hoặc sai cổng)"
      : code === "ENOTFOUND" || code === "EAI_AGAIN"
        ? "không tìm thấy máy chủ"
        : code === "3D000"
          ? "cơ sở dữ liệu không tồn tại"
          : code === "28P01" || code === "28000"
            ? "sai tên người dùng hoặc mật khẩu"
            : messageOf(error);
  return new BaocaoError(
    "store.unreachable",
    `Không kết nối được PostgreSQL tại ${url}: ${reason}.`,
    { url, cause: code ?? messageOf(error) },
  );
}

function messageOf(error: unknown): string {
  return error instanceof Error && error.message ? error.message : String(error);
}
