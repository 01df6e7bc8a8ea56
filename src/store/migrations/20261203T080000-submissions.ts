import type { Kysely } from "kysely";

/**
 * The collection cycle: one row per unit × reporting regime × period once someone acts on it
 * (a form never touched has none: it is "not started" or, with figures, "draft"), and an
 * append-only audit of every change of state, numbered by the submission's version.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("submissions")
    .addColumn("unit_code", "text", (c) => c.notNull())
    .addColumn("regime_code", "text", (c) => c.notNull())
    .addColumn("period", "text", (c) => c.notNull())
    .addColumn("state", "text", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull())
    // 1 once an admin reopened it: the lock by date no longer holds for it.
    .addColumn("reopened", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("submitted_at", "text")
    .addColumn("submitted_by", "text")
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addColumn("updated_by", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("submissions_pk", ["unit_code", "regime_code", "period"])
    .execute();
  // The write path looks submissions up by unit and period, whatever the regime.
  await db.schema
    .createIndex("submissions_period_unit")
    .on("submissions")
    .columns(["period", "unit_code"])
    .execute();

  await db.schema
    .createTable("submission_events")
    .addColumn("unit_code", "text", (c) => c.notNull())
    .addColumn("regime_code", "text", (c) => c.notNull())
    .addColumn("period", "text", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("transition", "text", (c) => c.notNull())
    .addColumn("from_state", "text", (c) => c.notNull())
    .addColumn("to_state", "text", (c) => c.notNull())
    .addColumn("comment", "text", (c) => c.notNull())
    // The warnings at submit time with the reporter's explanation of each, as JSON.
    .addColumn("explanations", "text", (c) => c.notNull())
    .addColumn("at", "text", (c) => c.notNull())
    .addColumn("by", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("submission_events_pk", [
      "unit_code",
      "regime_code",
      "period",
      "version",
    ])
    .execute();
}

/** Drops the cycle's tables. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("submission_events").execute();
  await db.schema.dropTable("submissions").execute();
}
