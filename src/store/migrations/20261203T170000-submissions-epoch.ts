import { type Kysely, sql } from "kysely";
import type { DialectName } from "./dialect-name.ts";

/**
 * The collection cycle's changes move the data counter too: every change of a form's state
 * appends a `submission_events` row, and the town's dashboard (cached under the counter) shows
 * each form's state and the month's completeness and timeliness. Without it an approval or a
 * return left the dashboard showing the state before, until some value changed.
 */
export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  if (dialect === "postgres") {
    // The function of the data-epoch migrations (a sequence's nextval on PostgreSQL).
    await sql`create trigger submission_events_bumps_epoch after insert or update or delete
      on submission_events for each statement execute function bump_data_epoch()`.execute(db);
    return;
  }
  for (const event of ["insert", "update", "delete"]) {
    await sql`create trigger ${sql.raw(`submission_events_${event}_bumps_epoch`)} after ${sql.raw(event)}
      on submission_events begin update data_epoch set n = n + 1 where id = 1; end`.execute(db);
  }
}

/** Drops the triggers. */
export async function down(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  if (dialect === "postgres") {
    await sql`drop trigger if exists submission_events_bumps_epoch on submission_events`.execute(
      db,
    );
    return;
  }
  for (const event of ["insert", "update", "delete"])
    await sql`drop trigger if exists ${sql.raw(`submission_events_${event}_bumps_epoch`)}`.execute(
      db,
    );
}
