import { Migrator } from "kysely";
import { BaocaoError } from "../core/errors.ts";
import type { Store } from "./database.ts";
import { migrationProvider } from "./migrations/index.ts";

/** What a migration run did: the names applied, in order (empty when already up to date). */
export interface MigrationReport {
  readonly applied: readonly string[];
}

/** Brings the schema to the newest migration; running it again changes nothing. */
export async function migrateToLatest(store: Store): Promise<MigrationReport> {
  const migrator = new Migrator({ db: store.db, provider: migrationProvider });
  const { results, error } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === "Error")?.migrationName ?? "không rõ";
    throw new BaocaoError(
      "store.migration_failed",
      `Chuyển đổi cấu trúc dữ liệu "${failed}" thất bại: ${error instanceof Error ? error.message : String(error)}`,
      {
        migration: failed,
      },
    );
  }
  return {
    applied: (results ?? []).filter((r) => r.status === "Success").map((r) => r.migrationName),
  };
}

/** Undoes the newest applied migration (for development and for testing `down`). */
export async function migrateDown(store: Store): Promise<MigrationReport> {
  const migrator = new Migrator({ db: store.db, provider: migrationProvider });
  const { results, error } = await migrator.migrateDown();
  if (error)
    throw new BaocaoError(
      "store.migration_failed",
      `Hoàn tác chuyển đổi thất bại: ${String(error)}`,
    );
  return {
    applied: (results ?? []).filter((r) => r.status === "Success").map((r) => r.migrationName),
  };
}
