import { type Kysely, sql } from "kysely";
import type { DialectName } from "./dialect-name.ts";

// What a server process's cached session depends on: the session row (a logout, a password
// change, a disable ends it), the account (disabled, display name, must change its password)
// and its grants.
const WATCHED: readonly { table: string; events: readonly string[] }[] = [
  { table: "sessions", events: ["delete"] },
  { table: "users", events: ["update", "delete"] },
  { table: "user_grants", events: ["insert", "update", "delete"] },
];

/**
 * A third counter (row 3 of `data_epoch`) that every end of a session and every change of an
 * account or its grants moves, by triggers in the same transaction (no writer can forget it).
 * Each server process keeps the sessions it resolved in memory under this counter and reads it
 * in the same query as the data counter, so a request needs one round trip before its handler,
 * and a logout made by any process is seen by every other at its next request. Opening a session
 * or sliding its expiry moves nothing: neither can make a cached session wrong.
 */
export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  await sql`insert into data_epoch (id, n) values (3, 0)`.execute(db);
  if (dialect === "postgres") {
    // A row, not a sequence: these changes are rare, and the row's lock lasts one short transaction.
    await sql`create function bump_sessions_epoch() returns trigger language plpgsql as $$
      begin update data_epoch set n = n + 1 where id = 3; return null; end $$`.execute(db);
    for (const { table, events } of WATCHED) {
      // Once per row deleted, not per statement: cleaning up no expired session moves nothing.
      const each = table === "sessions" ? "row" : "statement";
      await sql`create trigger ${sql.raw(`${table}_bumps_sessions`)} after ${sql.raw(events.join(" or "))}
        on ${sql.table(table)} for each ${sql.raw(each)} execute function bump_sessions_epoch()`.execute(
        db,
      );
    }
    return;
  }
  for (const { table, events } of WATCHED) {
    for (const event of events) {
      await sql`create trigger ${sql.raw(`${table}_${event}_bumps_sessions`)} after ${sql.raw(event)}
        on ${sql.table(table)} begin update data_epoch set n = n + 1 where id = 3; end`.execute(db);
    }
  }
}

/** Drops the triggers and the counter. */
export async function down(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  if (dialect === "postgres") {
    for (const { table } of WATCHED)
      await sql`drop trigger if exists ${sql.raw(`${table}_bumps_sessions`)} on ${sql.table(table)}`.execute(
        db,
      );
    await sql`drop function if exists bump_sessions_epoch()`.execute(db);
  } else {
    for (const { table, events } of WATCHED)
      for (const event of events)
        await sql`drop trigger if exists ${sql.raw(`${table}_${event}_bumps_sessions`)}`.execute(
          db,
        );
  }
  await sql`delete from data_epoch where id = 3`.execute(db);
}
