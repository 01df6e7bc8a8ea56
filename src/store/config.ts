import { BaocaoError } from "../core/errors.ts";

/** Where the data lives: the embedded SQLite file or a PostgreSQL server. */
export type DatabaseConfig =
  | { readonly engine: "sqlite"; readonly path: string }
  | {
      readonly engine: "postgres";
      readonly url: string;
      /** A streaming replica of `url` for read-only requests (`DATABASE_READ_URL`, see read-replica.ts). */
      readonly readUrl?: string;
    };

/** The embedded default, relative to the working directory. */
export const DEFAULT_SQLITE_PATH = "./data/baocao.db";

/**
 * Reads the database choice from `DATABASE_URL`: a `postgres://` (or `postgresql://`) URL selects
 * PostgreSQL; `sqlite:<path>` or nothing selects SQLite. With PostgreSQL, `DATABASE_READ_URL` may
 * name a streaming replica of it for read-only requests.
 * @example databaseConfigFrom({ DATABASE_URL: "postgres://127.0.0.1/baocao" })
 */
export function databaseConfigFrom(env: Record<string, string | undefined>): DatabaseConfig {
  const url = env.DATABASE_URL?.trim();
  const readUrl = env.DATABASE_READ_URL?.trim();
  if (url && isPostgres(url)) {
    return readUrl
      ? { engine: "postgres", url, readUrl: checkedReadUrl(readUrl) }
      : { engine: "postgres", url };
  }
  if (readUrl) throw replicaWithoutPostgres();
  if (!url) return { engine: "sqlite", path: DEFAULT_SQLITE_PATH };
  const sqlite = /^sqlite:(?:\/\/)?(.+)$/i.exec(url);
  if (sqlite?.[1]) return { engine: "sqlite", path: sqlite[1] };
  throw invalidUrl(url);
}

function isPostgres(url: string): boolean {
  if (!/^postgres(ql)?:\/\//i.test(url)) return false;
  if (!URL.canParse(url)) throw invalidUrl(url);
  return true;
}

function checkedReadUrl(url: string): string {
  if (/^postgres(ql)?:\/\//i.test(url) && URL.canParse(url)) return url;
  throw new BaocaoError(
    "config.database_url",
    `DATABASE_READ_URL không hợp lệ: "${redact(url)}". Cần dạng postgres://người-dùng@máy:cổng/tên-csdl của một bản sao (replica) của DATABASE_URL.`,
    { url: redact(url) },
  );
}

function replicaWithoutPostgres(): BaocaoError {
  return new BaocaoError(
    "config.database_url",
    "DATABASE_READ_URL chỉ dùng được khi DATABASE_URL là PostgreSQL (postgres://…); SQLite không có bản sao để đọc.",
  );
}

function invalidUrl(url: string): BaocaoError {
  return new BaocaoError(
    "config.database_url",
    `DATABASE_URL không hợp lệ: "${redact(url)}". Cần dạng postgres://người-dùng@máy:cổng/tên-csdl hoặc sqlite:đường-dẫn-tệp.`,
    { url: redact(url) },
  );
}

/** Hides a password in a connection URL before it is shown to anyone. */
export function redact(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, "//$1:***@");
}
