import { type Kysely, sql } from "kysely";
import type { DialectName } from "./dialect-name.ts";

// What every engine keeps in memory: the catalogue and the units with their history.
const WATCHED = ["indicators", "catalogue_entries", "org_units", "unit_events"] as const;

/**
 * A second counter (row 2 of `data_epoch`) that changes of the catalogue or of the units move,
 * together with the data counter (row 1: the answers change too). Each engine compares it with
 * the one it loaded and reloads, so a catalogue change made by one server process reaches the
 * others at their next request.
 */
export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  await sql`insert into data_epoch (id, n) values (2, 0)`.execute(db);
  if (dialect === "postgres") {
    await sql`create function bump_definitions_epoch() returns trigger language plpgsql as $$
      begin update data_epoch set n = n + 1 where id in (1, 2); return null; end $$`.execute(db);
    for (const table of WATCHED) {
      await sql`create trigger ${sql.raw(`${table}_bumps_definitions`)} after insert or update or delete
        on ${sql.table(table)} for each statement execute function bump_definitions_epoch()`.execute(
        db,
      );
    }
    return;
  }
  for (const table of WATCHED) {
    for (const event of ["insert", "update", "delete"]) {
      await sql`create trigger ${sql.raw(`${table}_${event}_bumps_definitions`)} after ${sql.raw(event)}
        on ${sql.table(table)} begin update data_epoch set n = n + 1 where id in (1, 2); end`.execute(
        db,
      );
    }
  }
}

/** Drops the triggers and the counter's row. */
export async function down(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  if (dialect === "postgres") {
    for (const table of WATCHED)
      await sql`drop trigger if exists ${sql.raw(`${table}_bumps_definitions`)} on ${sql.table(table)}`.execute(
        db,
      );
    await sql`drop function if exists bump_definitions_epoch()`.execute(db);
  } else {
    for (const table of WATCHED)
      for (const event of ["insert", "update", "delete"])
        await sql`drop trigger if exists ${sql.raw(`${table}_${event}_bumps_definitions`)}`.execute(
          db,
        );
  }
  await sql`delete from data_epoch where id = 2`.execute(db);
}
