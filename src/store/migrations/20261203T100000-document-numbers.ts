import type { Kysely } from "kysely";

/**
 * The register of outgoing documents (sổ đăng ký văn bản đi): the last number given by each
 * issuing unit in each year, so that issuing a report assigns "Số: 215/BC-UBND" in order and no
 * number twice. A number given is never taken back.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("document_numbers")
    .addColumn("unit_code", "text", (c) => c.notNull())
    .addColumn("year", "integer", (c) => c.notNull())
    .addColumn("last_number", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint("document_numbers_pk", ["unit_code", "year"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("document_numbers").execute();
}
