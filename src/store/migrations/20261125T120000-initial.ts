import type { CreateTableBuilder, Kysely } from "kysely";

/** Columns that identify one value; shared by raw values, their audit and their roll-ups. */
function valueKey<T extends string>(
  table: CreateTableBuilder<T, never>,
): CreateTableBuilder<T, KeyColumn> {
  return table
    .addColumn("indicator_code", "text", (c) => c.notNull())
    .addColumn("unit_code", "text", (c) => c.notNull())
    .addColumn("period", "text", (c) => c.notNull())
    .addColumn("disaggregation", "text", (c) => c.notNull().defaultTo(""));
}

type KeyColumn = "indicator_code" | "unit_code" | "period" | "disaggregation";
const KEY: KeyColumn[] = ["indicator_code", "unit_code", "period", "disaggregation"];

/** The first tables: units and their events, catalogue, raw values, audit, roll-ups, targets. */
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
    .createTable("unit_events")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("date", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("definition", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("catalogue_entries")
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("code", "text", (c) => c.notNull())
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("definition", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("catalogue_entries_pk", ["kind", "code"])
    .execute();

  await db.schema
    .createTable("indicators")
    .addColumn("code", "text", (c) => c.primaryKey())
    .addColumn("sector", "text", (c) => c.notNull())
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("unit_aggregation", "text", (c) => c.notNull())
    .addColumn("weight_indicator", "text")
    .addColumn("sums_options", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("definition", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("unit_closure")
    .addColumn("unit_code", "text", (c) => c.notNull())
    .addColumn("ancestor_code", "text", (c) => c.notNull())
    .addColumn("depth", "integer", (c) => c.notNull())
    .addColumn("from_period", "text", (c) => c.notNull())
    .addColumn("to_period", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("unit_closure_pk", ["unit_code", "ancestor_code", "from_period"])
    .execute();

  await valueKey(db.schema.createTable("data_values"))
    .addColumn("value", "double precision")
    .addColumn("text_value", "text")
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("note", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("source", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addColumn("updated_by", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("data_values_pk", KEY)
    .addForeignKeyConstraint("data_values_indicator_fk", ["indicator_code"], "indicators", ["code"])
    .addForeignKeyConstraint("data_values_unit_fk", ["unit_code"], "org_units", ["code"])
    .execute();

  await valueKey(db.schema.createTable("value_audit"))
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("action", "text", (c) => c.notNull())
    .addColumn("old_value", "double precision")
    .addColumn("new_value", "double precision")
    .addColumn("old_status", "text")
    .addColumn("new_status", "text")
    .addColumn("at", "text", (c) => c.notNull())
    .addColumn("by", "text", (c) => c.notNull())
    .addColumn("via", "text", (c) => c.notNull())
    .addColumn("note", "text", (c) => c.notNull().defaultTo(""))
    .addPrimaryKeyConstraint("value_audit_pk", [...KEY, "version"])
    .execute();

  await valueKey(db.schema.createTable("rollups"))
    .addColumn("total", "double precision", (c) => c.notNull().defaultTo(0))
    .addColumn("count", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("estimate_count", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("weighted_total", "double precision", (c) => c.notNull().defaultTo(0))
    .addColumn("weight_total", "double precision", (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint("rollups_pk", KEY)
    .execute();
  // The report query reads one unit's roll-ups for many indicators and a few months.
  await db.schema
    .createIndex("rollups_unit_period_idx")
    .on("rollups")
    .columns(["unit_code", "period"])
    .execute();

  await db.schema
    .createTable("targets")
    .addColumn("indicator_code", "text", (c) => c.notNull().references("indicators.code"))
    .addColumn("unit_code", "text", (c) => c.notNull().references("org_units.code"))
    .addColumn("year", "integer", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("due_date", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("value", "double precision", (c) => c.notNull())
    .addColumn("source", "text", (c) => c.notNull().defaultTo(""))
    .addPrimaryKeyConstraint("targets_pk", [
      "indicator_code",
      "unit_code",
      "year",
      "kind",
      "due_date",
    ])
    .execute();
}

/** Drops every table, children before parents. */
export async function down(db: Kysely<unknown>): Promise<void> {
  const tables = [
    "targets",
    "unit_closure",
    "rollups",
    "value_audit",
    "data_values",
    "indicators",
    "catalogue_entries",
    "unit_events",
    "org_units",
  ];
  for (const table of tables) await db.schema.dropTable(table).execute();
}
