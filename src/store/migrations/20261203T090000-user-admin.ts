import type { Kysely } from "kysely";

/**
 * Administration of accounts from the web app: each account gets a version (every change is
 * checked against the version the administrator saw), a flag that forces a password change at
 * the next sign-in (after a one-time password), and an audit of every change.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable("users")
    .addColumn("must_change_password", "integer", (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .alterTable("users")
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .execute();
  // No foreign key: the history outlives nothing here, but must survive any later clean-up.
  await db.schema
    .createTable("user_audit")
    .addColumn("username", "text", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("action", "text", (c) => c.notNull())
    .addColumn("detail", "text", (c) => c.notNull())
    .addColumn("at", "text", (c) => c.notNull())
    .addColumn("by", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("user_audit_pk", ["username", "version"])
    .execute();
}

/** Drops the audit and the two columns. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("user_audit").execute();
  await db.schema.alterTable("users").dropColumn("version").execute();
  await db.schema.alterTable("users").dropColumn("must_change_password").execute();
}
