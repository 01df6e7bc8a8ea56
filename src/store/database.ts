import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import SqliteDatabase from "better-sqlite3";
import { Kysely, PostgresDialect, SqliteDialect, sql } from "kysely";
import pg from "pg";
import { BaocaoError } from "../core/errors.ts";
import { type DatabaseConfig, redact } from "./config.ts";
import type { Database } from "./schema.ts";

/** Extra settings, mainly for tests: a PostgreSQL schema to work in. */
export interface OpenOptions {
  readonly searchPath?: string;
}

/** How a store was opened, so another thread or process can open the same database. */
export interface StoreLocation {
  readonly config: DatabaseConfig;
  readonly options: OpenOptions;
}

/** An open database: the Kysely handle and which engine is behind it. */
export interface Store {
  readonly db: Kysely<Database>;
  readonly engine: DatabaseConfig["engine"];
  /** Where it is; a SQLite database in memory cannot be opened twice and has none. */
  readonly location?: StoreLocation;
  close(): Promise<void>;
}

/**
 * Opens the configured database and checks that it answers, so a wrong or unreachable
 * `DATABASE_URL` fails here with one clear line rather than deep inside a query.
 */
export async function openStore(config: DatabaseConfig, options: OpenOptions = {}): Promise<Store> {
  const opened =
    config.engine === "sqlite" ? openSqlite(config.path) : openPostgres(config.url, options);
  const shareable = config.engine === "postgres" || config.path !== ":memory:";
  const store: Store = shareable ? { ...opened, location: { config, options } } : opened;
  try {
    await sql`select 1`.execute(store.db);
  } catch (error) {
    await store.close().catch(() => {});
    throw connectionError(config, error);
  }
  return store;
}

function openSqlite(path: string): Store {
  if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
  let native: SqliteDatabase.Database;
  try {
    native = new SqliteDatabase(path);
  } catch (error) {
    throw new BaocaoError(
      "store.open_failed",
      `Không mở được tệp cơ sở dữ liệu "${path}": ${messageOf(error)}`,
      { path },
    );
  }
  // WAL lets readers proceed while one writer commits; the busy timeout makes a second process
  // wait for the lock instead of failing at once; SQLite leaves foreign keys off unless asked.
  native.pragma("journal_mode = WAL");
  native.pragma("foreign_keys = ON");
  native.pragma("busy_timeout = 5000");
  native.pragma("synchronous = NORMAL");
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: native }) });
  return { db, engine: "sqlite", close: () => db.destroy() };
}

function openPostgres(url: string, options: OpenOptions): Store {
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    connectionTimeoutMillis: 5000,
    ...(options.searchPath ? { options: `-c search_path=${options.searchPath}` } : {}),
  });
  // An idle client that loses its server must not crash the process.
  pool.on("error", () => {});
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, engine: "postgres", close: () => db.destroy() };
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
