import { createHash } from "node:crypto";
import { sql } from "kysely";
import type { Store } from "../../src/store/index.ts";

/**
 * A hash of every row of every table of the store (tables and rows in a fixed order), so a test
 * can check that a refused import left the database byte for byte as it was.
 */
export async function dumpHash(store: Store): Promise<string> {
  const schema =
    store.engine === "postgres"
      ? (await sql<{ s: string }>`select current_schema() as s`.execute(store.db)).rows[0]?.s
      : undefined;
  const tables = (await store.db.introspection.getTables())
    .filter((t) => schema === undefined || t.schema === schema)
    .sort((a, b) => a.name.localeCompare(b.name));
  const hash = createHash("sha256");
  for (const table of tables) {
    const columns = table.columns.map((c) => c.name).sort();
    let query = store.db.selectFrom(table.name as never).select(columns as never[]);
    for (const column of columns) query = query.orderBy(column as never);
    const rows = await query.execute();
    hash.update(`${table.name}\n${JSON.stringify(rows)}\n`);
  }
  return hash.digest("hex");
}
