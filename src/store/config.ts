import { BaocaoError } from "../core/errors.ts";

/** Where the data lives: the embedded SQLite file or a PostgreSQL server. */
export type DatabaseConfig =
  | { readonly engine: "sqlite"; readonly path: string }
  | { readonly engine: "postgres"; readonly url: string };

/** The embedded default, relative to the working directory. */
export const DEFAULT_SQLITE_PATH = "./data/baocao.db";

/**
 * Reads the database choice from `DATABASE_URL`: a `postgres://` (or `postgresql://`) URL selects
 * PostgreSQL; `sqlite:<path>` or nothing selects SQLite.
 * @example databaseConfigFrom({ DATABASE_URL: "postgres://127.0.0.1/baocao" })
 */
export function databaseConfigFrom(env: Record<string, string | undefined>): DatabaseConfig {
  const url = env.DATABASE_URL?.trim();
  if (!url) return { engine: "sqlite", path: DEFAULT_SQLITE_PATH };
  if (/^postgres(ql)?:\/\//i.test(url)) {
    try {
      new URL(url);
    } catch {
      throw invalidUrl(url);
    }
    return { engine: "postgres", url };
  }
  const sqlite = /^sqlite:(?:\/\/)?(.+)$/i.exec(url);
  if (sqlite?.[1]) return { engine: "sqlite", path: sqlite[1] };
  throw invalidUrl(url);
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
