import { type Kysely, sql } from "kysely";
import { SEED_TARGET_KINDS } from "../../core/targets/index.ts";
import type { DialectName } from "./dialect-name.ts";

const KEY = ["indicator_code", "unit_code", "year", "kind", "due_date"] as const;

/**
 * Target kinds become data (`target_kinds`, JSON by code like rules and regimes, seeded with the
 * four kinds every template was written for), and a target may be set on one option of one of
 * its indicator's disaggregations (`targets.disaggregation`, the values' key text, "" = the
 * total), which joins the primary key. SQLite cannot change a primary key, so there the table is
 * rebuilt and its data-epoch triggers made again. Changing a kind moves the definitions counter,
 * so every process reloads the kinds.
 */
export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  await db.schema
    .createTable("target_kinds")
    .addColumn("code", "text", (c) => c.primaryKey())
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("definition", "text", (c) => c.notNull())
    .execute();
  for (const [position, kind] of SEED_TARGET_KINDS.entries())
    await sql`insert into target_kinds (code, position, definition)
      values (${kind.code}, ${position}, ${JSON.stringify(kind)})`.execute(db);

  if (dialect === "postgres") {
    await sql`alter table targets add column disaggregation text not null default ''`.execute(db);
    await sql`alter table targets drop constraint targets_pk`.execute(db);
    await sql`alter table targets add constraint targets_pk primary key
      (indicator_code, unit_code, year, kind, due_date, disaggregation)`.execute(db);
    await sql`create trigger target_kinds_bumps_definitions after insert or update or delete
      on target_kinds for each statement execute function bump_definitions_epoch()`.execute(db);
    return;
  }
  await rebuildSqliteTargets(db, true);
  for (const event of ["insert", "update", "delete"])
    await sql`create trigger ${sql.raw(`target_kinds_${event}_bumps_definitions`)} after ${sql.raw(event)}
      on target_kinds begin update data_epoch set n = n + 1 where id in (1, 2); end`.execute(db);
}

/** Back to targets without options (option targets are dropped) and the fixed kinds. */
export async function down(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  await db.schema.dropTable("target_kinds").execute();
  await sql`delete from targets where disaggregation <> ''`.execute(db);
  if (dialect === "postgres") {
    await sql`alter table targets drop constraint targets_pk`.execute(db);
    await sql`alter table targets drop column disaggregation`.execute(db);
    await sql`alter table targets add constraint targets_pk primary key
      (indicator_code, unit_code, year, kind, due_date)`.execute(db);
    return;
  }
  await rebuildSqliteTargets(db, false);
}

async function rebuildSqliteTargets(db: Kysely<unknown>, withOption: boolean): Promise<void> {
  await sql`alter table targets rename to targets_old`.execute(db);
  let table = db.schema
    .createTable("targets")
    .addColumn("indicator_code", "text", (c) => c.notNull().references("indicators.code"))
    .addColumn("unit_code", "text", (c) => c.notNull().references("org_units.code"))
    .addColumn("year", "integer", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("due_date", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("value", "double precision", (c) => c.notNull())
    .addColumn("source", "text", (c) => c.notNull().defaultTo(""));
  if (withOption)
    table = table.addColumn("disaggregation", "text", (c) => c.notNull().defaultTo(""));
  await table
    // The builder's column type does not follow the conditional column; the names are right.
    .addPrimaryKeyConstraint("targets_pk", (withOption ? [...KEY, "disaggregation"] : KEY) as never)
    .execute();
  const columns = sql.raw(`${KEY.join(", ")}, value, source`);
  await sql`insert into targets (${columns}) select ${columns} from targets_old`.execute(db);
  await sql`drop table targets_old`.execute(db);
  // Dropping the old table dropped its triggers (20261125T165000-data-epoch): make them again.
  for (const event of ["insert", "update", "delete"])
    await sql`create trigger ${sql.raw(`targets_${event}_bumps_epoch`)} after ${sql.raw(event)}
      on targets begin update data_epoch set n = n + 1 where id = 1; end`.execute(db);
}
