import type { Kysely } from "kysely";

/**
 * A department's text of its section of a report (`## … {owner=UNIT}`): one row per report unit,
 * period and owner unit, version-checked like every draft. Only the text lives here: the
 * section's state (sent, approved, returned) and its audit reuse `submissions` and
 * `submission_events`, under the form code `section:<report unit>` with the owner as the unit
 * (see core/submissions/section-form.ts), so the cycle has one home.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("report_sections")
    .addColumn("report_unit", "text", (c) => c.notNull())
    .addColumn("period", "text", (c) => c.notNull())
    .addColumn("owner_unit", "text", (c) => c.notNull())
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addColumn("updated_by", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("report_sections_pk", ["report_unit", "period", "owner_unit"])
    .execute();
}

/** Drops the sections' texts (their states stay in `submissions`). */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("report_sections").execute();
}
