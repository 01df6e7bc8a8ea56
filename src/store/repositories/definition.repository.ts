import type { Kysely } from "kysely";
import type { Database } from "../schema.ts";

/** Tables that hold definitions by code as JSON. */
export type DefinitionTableName = "validation_rules" | "reporting_regimes";

/** Reads and writes definitions kept as JSON by code (validation rules, reporting regimes). */
export class DefinitionRepository<T extends { readonly code: string }> {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly table: DefinitionTableName,
  ) {}

  /** Inserts or replaces definitions by code, keeping their order. */
  async upsert(items: readonly T[]): Promise<void> {
    const start = await this.count();
    for (const [i, item] of items.entries()) {
      const definition = JSON.stringify(item);
      await this.db
        .insertInto(this.table)
        .values({ code: item.code, position: start + i, definition })
        .onConflict((oc) => oc.column("code").doUpdateSet({ definition }))
        .execute();
    }
  }

  /** All definitions in order. */
  async list(): Promise<T[]> {
    const rows = await this.db
      .selectFrom(this.table)
      .select("definition")
      .orderBy("position")
      .execute();
    return rows.map((r) => JSON.parse(r.definition) as T);
  }

  /** One definition by code, as stored (undefined when there is none). */
  async get(code: string): Promise<T | undefined> {
    const row = await this.db
      .selectFrom(this.table)
      .select("definition")
      .where("code", "=", code)
      .executeTakeFirst();
    return row ? (JSON.parse(row.definition) as T) : undefined;
  }

  /** Removes a definition by code (the others keep their order). */
  async remove(code: string): Promise<void> {
    await this.db.deleteFrom(this.table).where("code", "=", code).execute();
  }

  private async count(): Promise<number> {
    const row = await this.db
      .selectFrom(this.table)
      .select((eb) => eb.fn.countAll<number | string>().as("n"))
      .executeTakeFirst();
    return Number(row?.n ?? 0);
  }
}
