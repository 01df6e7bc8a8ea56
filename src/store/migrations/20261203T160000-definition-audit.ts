import type { Kysely } from "kysely";

/**
 * The audit of definitions changed from the administration screens (units and their events,
 * indicators, rules, forms, target kinds, targets): who changed which definition, when, and its
 * stored form before and after (JSON; null before = created, null after = removed). Only appended.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("definition_audit")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("code", "text", (c) => c.notNull())
    .addColumn("action", "text", (c) => c.notNull())
    .addColumn("before", "text")
    .addColumn("after", "text")
    .addColumn("comment", "text")
    .addColumn("at", "text", (c) => c.notNull())
    .addColumn("by", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("definition_audit_by_code")
    .on("definition_audit")
    .columns(["kind", "code", "at"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("definition_audit").execute();
}
