import type { Kysely } from "kysely";

/** Validation rules and reporting regimes of the catalogue, each stored as its definition. */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const table of ["validation_rules", "reporting_regimes"]) {
    await db.schema
      .createTable(table)
      .addColumn("code", "text", (c) => c.primaryKey())
      .addColumn("position", "integer", (c) => c.notNull())
      .addColumn("definition", "text", (c) => c.notNull())
      .execute();
  }
}

/** Drops both tables. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("reporting_regimes").execute();
  await db.schema.dropTable("validation_rules").execute();
}
