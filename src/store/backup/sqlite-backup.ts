import { existsSync, renameSync, rmSync, statSync } from "node:fs";
import SqliteDatabase from "better-sqlite3";
import { BaocaoError } from "../../core/errors.ts";
import type { BackupSummary } from "./backup.ts";
import { backupExists, notABackup } from "./backup.ts";

/** The table every baocao database has from its first migration on. */
const MIGRATIONS_TABLE = "kysely_migration";

/**
 * `VACUUM INTO` a temporary file beside the target, checked, then renamed: a failed or cut
 * backup never leaves a file that looks whole.
 */
export async function backupSqlite(path: string, file: string): Promise<BackupSummary> {
  if (existsSync(file)) throw backupExists(file);
  if (!existsSync(path))
    throw new BaocaoError(
      "store.open_failed",
      `Không tìm thấy tệp cơ sở dữ liệu "${path}" để sao lưu. Kiểm tra DATABASE_URL.`,
      { path },
    );
  const partial = `${file}.partial`;
  rmSync(partial, { force: true });
  const source = new SqliteDatabase(path, { readonly: true, fileMustExist: true });
  try {
    source.pragma("busy_timeout = 15000");
    source.prepare("VACUUM INTO ?").run(partial);
  } finally {
    source.close();
  }
  try {
    checkSqliteBackup(partial, file);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
  renameSync(partial, file);
  return { file, bytes: statSync(file).size, engine: "sqlite" };
}

/**
 * Copies the backup's pages into the live database with SQLite's backup API, which locks the
 * destination for the copy, so a reader never sees half of each.
 */
export async function restoreSqlite(path: string, file: string): Promise<BackupSummary> {
  checkSqliteBackup(file, file);
  const backup = new SqliteDatabase(file, { readonly: true, fileMustExist: true });
  try {
    await backup.backup(path);
  } finally {
    backup.close();
  }
  return { file, bytes: statSync(file).size, engine: "sqlite" };
}

/** Throws unless `path` is a whole SQLite database with baocao's tables. */
function checkSqliteBackup(path: string, shownAs: string): void {
  if (!existsSync(path)) throw notABackup(shownAs, "không tìm thấy tệp");
  let db: SqliteDatabase.Database | undefined;
  try {
    db = new SqliteDatabase(path, { readonly: true, fileMustExist: true });
    const integrity = db.pragma("integrity_check", { simple: true });
    if (integrity !== "ok") throw notABackup(shownAs, `tệp hỏng (${String(integrity)})`);
    const table = db
      .prepare("select name from sqlite_master where type = 'table' and name = ?")
      .get(MIGRATIONS_TABLE);
    if (!table) throw notABackup(shownAs, "không có bảng dữ liệu của baocao");
  } catch (error) {
    if ((error as { code?: string }).code === "backup.invalid") throw error;
    throw notABackup(shownAs, "không đọc được như cơ sở dữ liệu SQLite");
  } finally {
    db?.close();
  }
}
