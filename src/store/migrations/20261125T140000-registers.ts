import type { CreateTableBuilder, Kysely } from "kysely";

/** The version and last-change columns every register table carries. */
function meta<T extends string>(table: CreateTableBuilder<T, never>) {
  return table
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addColumn("updated_by", "text", (c) => c.notNull());
}

/**
 * The registers: projects with their capital plans, commitments and disbursements, site
 * clearance, tasks with their progress notes, and the audit trail of register changes.
 * Text and composite primary keys only, so both engines store them alike.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await meta(db.schema.createTable("projects"))
    .addColumn("code", "text", (c) => c.primaryKey())
    .addColumn("name_vi", "text", (c) => c.notNull())
    .addColumn("managing_level", "text", (c) => c.notNull())
    .addColumn("programme", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("owner_unit", "text", (c) => c.references("org_units.code"))
    .addColumn("owner_name", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("reporting_unit", "text", (c) => c.notNull().references("org_units.code"))
    .addColumn("location_units", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("start_date", "text")
    .addColumn("end_date", "text")
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("note", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("synthetic", "integer", (c) => c.notNull().defaultTo(0))
    .execute();

  await meta(db.schema.createTable("capital_plans"))
    .addColumn("project_code", "text", (c) => c.notNull().references("projects.code"))
    .addColumn("year", "integer", (c) => c.notNull())
    .addColumn("fund_source", "text", (c) => c.notNull())
    .addColumn("programme", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("amount", "double precision", (c) => c.notNull())
    .addColumn("note", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("synthetic", "integer", (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint("capital_plans_pk", ["project_code", "year", "fund_source"])
    .execute();

  // A commitment is for a project or for a managing level; the other column is empty.
  await meta(db.schema.createTable("commitments"))
    .addColumn("project_code", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("managing_level", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("due_date", "text", (c) => c.notNull())
    .addColumn("share_pct", "double precision", (c) => c.notNull())
    .addColumn("note", "text", (c) => c.notNull().defaultTo(""))
    .addPrimaryKeyConstraint("commitments_pk", ["project_code", "managing_level", "due_date"])
    .execute();

  await meta(db.schema.createTable("disbursements"))
    .addColumn("project_code", "text", (c) => c.notNull().references("projects.code"))
    .addColumn("period", "text", (c) => c.notNull())
    .addColumn("fund_source", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("date", "text")
    .addColumn("amount", "double precision", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("note", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("synthetic", "integer", (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint("disbursements_pk", ["project_code", "period", "fund_source"])
    .execute();

  await meta(db.schema.createTable("site_clearance"))
    .addColumn("project_code", "text", (c) => c.notNull().references("projects.code"))
    .addColumn("period", "text", (c) => c.notNull())
    .addColumn("date", "text")
    .addColumn("households_total", "integer", (c) => c.notNull())
    .addColumn("households_paid", "integer", (c) => c.notNull())
    .addColumn("households_handed_over", "integer")
    .addColumn("amount_total", "double precision")
    .addColumn("amount_paid", "double precision")
    .addColumn("note", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("synthetic", "integer", (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint("site_clearance_pk", ["project_code", "period"])
    .execute();

  await meta(db.schema.createTable("tasks"))
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("text_vi", "text", (c) => c.notNull())
    .addColumn("sector", "text", (c) => c.notNull())
    .addColumn("report_period", "text")
    .addColumn("section", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("paragraph", "integer")
    .addColumn("sentence", "integer")
    .addColumn("source", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("lead_unit", "text", (c) => c.notNull().references("org_units.code"))
    .addColumn("partner_units", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("due_period", "text")
    .addColumn("due_date", "text")
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("note", "text", (c) => c.notNull().defaultTo(""))
    .execute();
  // Listings go by the report that set the tasks and by the lead unit.
  await db.schema
    .createIndex("tasks_report_period_idx")
    .on("tasks")
    .column("report_period")
    .execute();
  await db.schema.createIndex("tasks_lead_unit_idx").on("tasks").column("lead_unit").execute();

  await db.schema
    .createTable("task_progress")
    .addColumn("task_id", "text", (c) => c.notNull().references("tasks.id"))
    .addColumn("seq", "integer", (c) => c.notNull())
    .addColumn("date", "text", (c) => c.notNull())
    .addColumn("status", "text")
    .addColumn("note", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("by", "text", (c) => c.notNull())
    .addColumn("at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("task_progress_pk", ["task_id", "seq"])
    .execute();

  await db.schema
    .createTable("register_audit")
    .addColumn("register", "text", (c) => c.notNull())
    .addColumn("record_key", "text", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("action", "text", (c) => c.notNull())
    .addColumn("old_data", "text")
    .addColumn("new_data", "text")
    .addColumn("at", "text", (c) => c.notNull())
    .addColumn("by", "text", (c) => c.notNull())
    .addColumn("via", "text", (c) => c.notNull())
    .addColumn("note", "text", (c) => c.notNull().defaultTo(""))
    .addPrimaryKeyConstraint("register_audit_pk", ["register", "record_key", "version"])
    .execute();
}

/** Drops the register tables, children before parents. */
export async function down(db: Kysely<unknown>): Promise<void> {
  const tables = [
    "register_audit",
    "task_progress",
    "tasks",
    "site_clearance",
    "disbursements",
    "commitments",
    "capital_plans",
    "projects",
  ];
  for (const table of tables) await db.schema.dropTable(table).execute();
}
