import { BaocaoError } from "../../core/errors.ts";
import type { StoreLocation } from "../database.ts";
import { backupPostgres, restorePostgres } from "./postgres-backup.ts";
import { backupSqlite, restoreSqlite } from "./sqlite-backup.ts";

/** What a backup or a restore did, for the clerk's one line of confirmation. */
export interface BackupSummary {
  readonly file: string;
  readonly bytes: number;
  readonly engine: StoreLocation["config"]["engine"];
}

/**
 * Copies the whole database into `file` while the server keeps running: SQLite writes a
 * consistent snapshot with `VACUUM INTO` (a read transaction; writers go on in WAL mode),
 * PostgreSQL with `pg_dump` (one snapshot of the whole database). The copy is checked before
 * this returns; an existing file is never overwritten.
 */
export function backupDatabase(location: StoreLocation, file: string): Promise<BackupSummary> {
  const { config, options } = location;
  return config.engine === "sqlite"
    ? backupSqlite(config.path, file)
    : backupPostgres(config.url, options.searchPath, file);
}

/**
 * Replaces every table of the database with those of a backup made by `backupDatabase`. The
 * backup is checked first, and nothing changes when it is not one of ours. Servers running on
 * the database must be restarted afterwards (their caches hold the figures from before).
 */
export function restoreDatabase(location: StoreLocation, file: string): Promise<BackupSummary> {
  const { config, options } = location;
  return config.engine === "sqlite"
    ? restoreSqlite(config.path, file)
    : restorePostgres(config.url, options.searchPath, file);
}

/** The refusal for a file that is not a baocao backup of this engine. */
export function notABackup(file: string, reason: string): BaocaoError {
  return new BaocaoError(
    "backup.invalid",
    `Tệp "${file}" không phải bản sao lưu baocao dùng được: ${reason}. Không có gì bị thay đổi.`,
    { file, reason },
  );
}

/** The refusal to write a backup over an existing file. */
export function backupExists(file: string): BaocaoError {
  return new BaocaoError(
    "backup.exists",
    `Tệp "${file}" đã có. Chọn tên tệp khác để không ghi đè bản sao lưu cũ.`,
    { file },
  );
}
