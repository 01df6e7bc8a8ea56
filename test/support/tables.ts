/**
 * Reading whole tables in tests: what a write left behind, compared with what it should be.
 * Production code reads through the repositories; these helpers are for assertions only.
 */
import type { DataValueKey } from "../../src/core/values/index.ts";
import type { Database, Store } from "../../src/store/index.ts";

type KeyedTable = "data_values" | "value_audit" | "rollups";

/** Every row of a value-keyed table, in key order (compared by code units, as SQLite does). */
export async function rowsOf<T extends KeyedTable>(store: Store, table: T) {
  const rows = (await store.db.selectFrom(table).selectAll().execute()) as Database[T][];
  const key = (r: Database[T]) => [r.indicator_code, r.unit_code, r.period, r.disaggregation];
  return rows.sort((a, b) => {
    const [x, y] = [key(a), key(b)];
    for (let i = 0; i < x.length; i++)
      if (x[i] !== y[i]) return (x[i] as string) < (y[i] as string) ? -1 : 1;
    return 0;
  });
}

/** How many rows a table holds. */
export async function countRows(store: Store, table: keyof Database): Promise<number> {
  const row = await store.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number | string>().as("n"))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** The stored row of one value, or undefined. */
export async function storedRow(store: Store, key: DataValueKey) {
  return store.db
    .selectFrom("data_values")
    .selectAll()
    .where("indicator_code", "=", key.indicatorCode)
    .where("unit_code", "=", key.unitCode)
    .where("period", "=", key.period)
    .where("disaggregation", "=", key.disaggregation)
    .executeTakeFirst();
}
