import type { Kysely } from "kysely";

/** The first tables: org units, indicators, data values, targets. Later issues grow them. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("org_units")
    .addColumn("code", "text", (c) => c.primaryKey())
    .addColumn("name_vi", "text", (c) => c.notNull())
    .addColumn("name_en", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("parent_code", "text", (c) => c.references("org_units.code"))
    .addColumn("valid_from", "text", (c) => c.notNull())
    .addColumn("valid_to", "text")
    .execute();
  await db.schema
    .createIndex("org_units_parent_idx")
    .on("org_units")
    .column("parent_code")
    .execute();

  await db.schema
    .createTable("indicators")
    .addColumn("code", "text", (c) => c.primaryKey())
    .addColumn("name_vi", "text", (c) => c.notNull())
    .addColumn("name_en", "text", (c) => c.notNull())
    .addColumn("sector", "text", (c) => c.notNull())
    .addColumn("measure_unit", "text", (c) => c.notNull())
    .addColumn("value_type", "text", (c) => c.notNull())
    .addColumn("time_aggregation", "text", (c) => c.notNull())
    .addColumn("unit_aggregation", "text", (c) => c.notNull())
    .addColumn("decimals", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("formula", "text")
    .execute();

  await db.schema
    .createTable("data_values")
    .addColumn("indicator_code", "text", (c) => c.notNull().references("indicators.code"))
    .addColumn("unit_code", "text", (c) => c.notNull().references("org_units.code"))
    .addColumn("period", "text", (c) => c.notNull())
    .addColumn("disaggregation", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("value", "double precision")
    .addColumn("text_value", "text")
    .addColumn("status", "text", (c) => c.notNull().defaultTo("official"))
    .addColumn("note", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("source", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addColumn("updated_by", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("data_values_pk", [
      "indicator_code",
      "unit_code",
      "period",
      "disaggregation",
    ])
    .execute();
  await db.schema
    .createIndex("data_values_unit_period_idx")
    .on("data_values")
    .columns(["unit_code", "period"])
    .execute();

  await db.schema
    .createTable("targets")
    .addColumn("indicator_code", "text", (c) => c.notNull().references("indicators.code"))
    .addColumn("unit_code", "text", (c) => c.notNull().references("org_units.code"))
    .addColumn("year", "integer", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("disaggregation", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("value", "double precision", (c) => c.notNull())
    .addPrimaryKeyConstraint("targets_pk", [
      "indicator_code",
      "unit_code",
      "year",
      "kind",
      "disaggregation",
    ])
    .execute();
}

/** Drops the first tables, children before parents. */
export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ["targets", "data_values", "indicators", "org_units"]) {
    await db.schema.dropTable(table).execute();
  }
}
