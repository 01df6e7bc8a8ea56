import { Migrator, sql } from "kysely";
import { BaocaoError } from "../core/errors.ts";
import type { Store } from "./database.ts";
import { migrationProvider } from "./migrations/index.ts";

/** What a migration run did: the names applied, in order (empty when already up to date). */
export interface MigrationReport {
  readonly applied: readonly string[];
}

/** Brings the schema to the newest migration; running it again changes nothing. */
export async function migrateToLatest(store: Store): Promise<MigrationReport> {
  const { unknown } = await schemaStatus(store);
  if (unknown.length > 0) {
    throw new BaocaoError(
      "store.schema_newer",
      `Cơ sở dữ liệu đã được một phiên bản baocao mới hơn nâng cấp (chuyển đổi ${unknown.join(", ")} mà phiên bản này không biết); hãy chạy phiên bản mới nhất, không chạy bản cũ trên dữ liệu này.`,
      { unknown },
    );
  }
  const { results, error } = await (await migratorOf(store)).migrateToLatest();
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

/**
 * The migrations this version knows that the database has not had yet (a server on an older
 * schema is not ready), and those the database has that this version does not know (a schema newer
 * than the code: an older version started after an upgrade).
 */
export async function schemaStatus(
  store: Store,
): Promise<{ pending: string[]; unknown: string[] }> {
  const known = await (await migratorOf(store)).getMigrations();
  const applied = await sql<{ name: string }>`select name from kysely_migration`
    .execute(store.db)
    .then((r) => r.rows.map((row) => row.name))
    .catch(() => [] as string[]);
  const knownNames = new Set(known.map((m) => m.name));
  return {
    pending: known.filter((m) => m.executedAt === undefined).map((m) => m.name),
    unknown: applied.filter((name) => !knownNames.has(name)),
  };
}

/** Undoes the newest applied migration (for development and for testing `down`). */
export async function migrateDown(store: Store): Promise<MigrationReport> {
  const { results, error } = await (await migratorOf(store)).migrateDown();
  if (error)
    throw new BaocaoError(
      "store.migration_failed",
      `Hoàn tác chuyển đổi thất bại: ${String(error)}`,
    );
  return {
    applied: (results ?? []).filter((r) => r.status === "Success").map((r) => r.migrationName),
  };
}

/**
 * Kysely's migrator over our list. On PostgreSQL it is told the schema it works in: otherwise it
 * takes a migration table of any other schema of the database for its own, and skips creating it.
 */
async function migratorOf(store: Store): Promise<Migrator> {
  const schema =
    store.engine === "postgres"
      ? (await sql<{ schema: string }>`select current_schema() as schema`.execute(store.db)).rows[0]
          ?.schema
      : undefined;
  return new Migrator({
    db: store.db,
    provider: migrationProvider(store.dialect.name),
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
}
