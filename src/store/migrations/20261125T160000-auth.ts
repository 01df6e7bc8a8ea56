import type { Kysely } from "kysely";

/**
 * Accounts, their role grants on unit subtrees, sessions and login attempts. Sessions and
 * attempts live in the database, not in a process, so several server processes share them.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("users")
    .addColumn("username", "text", (c) => c.primaryKey())
    .addColumn("display_name", "text", (c) => c.notNull())
    .addColumn("password_hash", "text", (c) => c.notNull())
    .addColumn("disabled", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();

  // No foreign key to org_units: a grant may outlive its unit's restructuring, and the CLI
  // checks the unit when the grant is made.
  await db.schema
    .createTable("user_grants")
    .addColumn("username", "text", (c) =>
      c.notNull().references("users.username").onDelete("cascade"),
    )
    .addColumn("role", "text", (c) => c.notNull())
    .addColumn("unit_code", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("user_grants_pk", ["username", "role", "unit_code"])
    .execute();

  // The key is the SHA-256 of the cookie's token: a copy of the table opens no session.
  await db.schema
    .createTable("sessions")
    .addColumn("token_hash", "text", (c) => c.primaryKey())
    .addColumn("username", "text", (c) =>
      c.notNull().references("users.username").onDelete("cascade"),
    )
    .addColumn("csrf_token", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("expires_at", "text", (c) => c.notNull())
    .addColumn("last_seen_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("sessions_username").on("sessions").column("username").execute();
  await db.schema.createIndex("sessions_expires_at").on("sessions").column("expires_at").execute();

  // Two rows per attempt (by username and by address); only recent rows matter.
  await db.schema
    .createTable("login_attempts")
    .addColumn("key", "text", (c) => c.notNull())
    .addColumn("at", "text", (c) => c.notNull())
    .addColumn("succeeded", "integer", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("login_attempts_key_at")
    .on("login_attempts")
    .columns(["key", "at"])
    .execute();
  await db.schema.createIndex("login_attempts_at").on("login_attempts").column("at").execute();
}

/** Drops the auth tables. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("login_attempts").execute();
  await db.schema.dropTable("sessions").execute();
  await db.schema.dropTable("user_grants").execute();
  await db.schema.dropTable("users").execute();
}
