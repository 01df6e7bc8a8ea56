import type { Kysely } from "kysely";

/** Report instances: drafts and issued versions of a unit's report for a period. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("reports")
    .addColumn("unit_code", "text", (c) => c.notNull())
    .addColumn("period", "text", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("template", "text", (c) => c.notNull())
    .addColumn("meta", "text", (c) => c.notNull())
    .addColumn("document", "text")
    .addColumn("checks", "text")
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addColumn("updated_by", "text", (c) => c.notNull())
    .addColumn("issued_at", "text")
    .addColumn("issued_by", "text")
    .addPrimaryKeyConstraint("reports_pk", ["unit_code", "period", "version"])
    .execute();
}

/** Drops the reports table. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("reports").execute();
}
