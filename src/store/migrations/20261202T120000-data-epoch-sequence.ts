import { type Kysely, sql } from "kysely";
import type { DialectName } from "./dialect-name.ts";

/**
 * On PostgreSQL the data counter becomes a sequence. As a row, every writer's trigger updated it
 * and held its lock until commit, so a form's save waited behind a whole import (28.8 s measured);
 * `nextval` takes no lock that lasts. The store moves it once more after each commit (a reader
 * between the last statement and the commit must not keep its answer). SQLite, one writer at a
 * time, keeps the row.
 */
export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  if (dialect !== "postgres") return;
  await sql`create sequence data_epoch_seq`.execute(db);
  await sql`create or replace function bump_data_epoch() returns trigger language plpgsql as $$
    begin perform nextval('data_epoch_seq'); return null; end $$`.execute(db);
  await sql`create or replace function bump_definitions_epoch() returns trigger language plpgsql as $$
    begin
      update data_epoch set n = n + 1 where id = 2;
      perform nextval('data_epoch_seq');
      return null;
    end $$`.execute(db);
}

/** Back to the counter row. */
export async function down(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  if (dialect !== "postgres") return;
  await sql`create or replace function bump_data_epoch() returns trigger language plpgsql as $$
    begin update data_epoch set n = n + 1 where id = 1; return null; end $$`.execute(db);
  await sql`create or replace function bump_definitions_epoch() returns trigger language plpgsql as $$
    begin update data_epoch set n = n + 1 where id in (1, 2); return null; end $$`.execute(db);
  await sql`drop sequence data_epoch_seq`.execute(db);
}
