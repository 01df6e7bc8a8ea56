import type { Kysely } from "kysely";

/**
 * Reminders of the collection cycle: an e-mail address on accounts, and every reminder given,
 * keyed so that none is given twice (an automatic one once per form and person, a manual one once
 * a day), with whether it was read in the app and whether its e-mail went out.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("users").addColumn("email", "text").execute();
  await db.schema
    .createTable("reminders")
    .addColumn("key", "text", (c) => c.primaryKey())
    .addColumn("username", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("unit_code", "text", (c) => c.notNull())
    .addColumn("regime_code", "text", (c) => c.notNull())
    .addColumn("period", "text", (c) => c.notNull())
    .addColumn("subject", "text", (c) => c.notNull())
    .addColumn("body", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("created_by", "text")
    .addColumn("read_at", "text")
    .addColumn("email_to", "text")
    // none (no address or no mail server) → pending → sending → sent | failed (tried again later).
    .addColumn("email_state", "text", (c) => c.notNull())
    .addColumn("email_error", "text")
    .addColumn("emailed_at", "text")
    .execute();
  await db.schema
    .createIndex("reminders_by_user")
    .on("reminders")
    .columns(["username", "created_at"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("reminders").execute();
  await db.schema.alterTable("users").dropColumn("email").execute();
}
