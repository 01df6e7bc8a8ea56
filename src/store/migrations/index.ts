import type { Migration, MigrationProvider } from "kysely";
import * as initial from "./20261125T120000-initial.ts";

/**
 * Every migration, by its timestamped name. Listed here rather than read from disk so the same
 * list works from source, from a bundle and in tests; a new file must sort after the newest.
 */
export const migrations: Readonly<Record<string, Migration>> = {
  "20261125T120000-initial": initial,
};

/** Kysely's provider over the static list. */
export const migrationProvider: MigrationProvider = {
  getMigrations: async () => ({ ...migrations }),
};
