import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { describe, it } from "vitest";
import { openStore, type Store } from "../../src/store/index.ts";
import { postgresSkipReason, postgresUrl } from "./postgres-env.ts";

/** Opens a fresh, empty store; closing it throws the database away. */
export type FreshStore = () => Promise<Store>;

/** Fresh SQLite: a new file in a new temporary folder (a real file, so WAL is exercised). */
const freshSqlite: FreshStore = async () => {
  const dir = mkdtempSync(join(tmpdir(), "baocao-test-"));
  const store = await openStore({ engine: "sqlite", path: join(dir, "test.db") });
  return {
    ...store,
    close: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
};

/** Fresh PostgreSQL: a new schema on the test server, dropped on close. */
const freshPostgres: FreshStore = async () => {
  const url = postgresUrl as string;
  const schema = `t_${randomUUID().replaceAll("-", "")}`;
  await adminQuery(url, `create schema "${schema}"`);
  const store = await openStore({ engine: "postgres", url }, { searchPath: schema });
  return {
    ...store,
    close: async () => {
      await store.close();
      await adminQuery(url, `drop schema "${schema}" cascade`);
    },
  };
};

/** Runs one statement on its own connection (create or drop a database or schema). */
export async function adminQuery(url: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

/**
 * Declares the same suite once per engine, the way Kysely runs its tests over its dialects.
 * Without a PostgreSQL server the PostgreSQL copy shows up as one skipped test saying why.
 */
export function describeEachEngine(
  title: string,
  suite: (fresh: FreshStore, engine: Store["engine"]) => void,
): void {
  describe(`${title} [sqlite]`, () => suite(freshSqlite, "sqlite"));
  const skipReason = postgresSkipReason;
  if (skipReason) {
    describe(`${title} [postgres]`, () => it.skip(skipReason, () => {}));
  } else {
    describe(`${title} [postgres]`, () => suite(freshPostgres, "postgres"));
  }
}
