import { type Kysely, sql } from "kysely";
import type { DialectName } from "./dialect-name.ts";

// What a cached answer of the server depends on: values (every change appends an audit row,
// registers included), targets and reporting regimes.
const WATCHED = ["value_audit", "targets", "reporting_regimes"] as const;

/**
 * A counter that every change of data moves, in the same transaction (by triggers, so no writer
 * can forget it): servers cache answers under the counter they were computed at, and one cheap
 * read tells every process, on every engine, whether a cached answer is still the live figure.
 */
export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  await db.schema
    .createTable("data_epoch")
    .addColumn("id", "integer", (c) => c.primaryKey())
    .addColumn("n", "bigint", (c) => c.notNull())
    .execute();
  await sql`insert into data_epoch (id, n) values (1, 0)`.execute(db);
  if (dialect === "postgres") {
    await sql`create function bump_data_epoch() returns trigger language plpgsql as $$
      begin update data_epoch set n = n + 1 where id = 1; return null; end $$`.execute(db);
    for (const table of WATCHED) {
      // Once per statement: a bulk insert of thousands of audit rows moves the counter once.
      await sql`create trigger ${sql.raw(`${table}_bumps_epoch`)} after insert or update or delete
        on ${sql.table(table)} for each statement execute function bump_data_epoch()`.execute(db);
    }
    return;
  }
  for (const table of WATCHED) {
    for (const event of ["insert", "update", "delete"]) {
      await sql`create trigger ${sql.raw(`${table}_${event}_bumps_epoch`)} after ${sql.raw(event)}
        on ${sql.table(table)} begin update data_epoch set n = n + 1 where id = 1; end`.execute(db);
    }
  }
}

/** Drops the counter and its triggers. */
export async function down(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  if (dialect === "postgres") {
    for (const table of WATCHED)
      await sql`drop trigger if exists ${sql.raw(`${table}_bumps_epoch`)} on ${sql.table(table)}`.execute(
        db,
      );
    await sql`drop function if exists bump_data_epoch()`.execute(db);
  } else {
    for (const table of WATCHED)
      for (const event of ["insert", "update", "delete"])
        await sql`drop trigger if exists ${sql.raw(`${table}_${event}_bumps_epoch`)}`.execute(db);
  }
  await db.schema.dropTable("data_epoch").execute();
}
