import type { Kysely } from "kysely";
import type { StoreDialect } from "../dialect/dialect.ts";
import type { Database } from "../schema.ts";

/**
 * Reads the change counters (see the data- and definitions-epoch migrations): the data counter,
 * which every change of values, targets or reporting regimes moves (a row on SQLite, a sequence
 * on PostgreSQL), and the definitions counter of the catalogue and the units.
 */
export class DataEpochRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: StoreDialect,
  ) {}

  /** The data counter; equal counts mean no value, target or regime changed in between. */
  async current(): Promise<number> {
    return (await this.both()).data;
  }

  /** The definitions counter; equal counts mean the catalogue and the units did not change. */
  async definitions(): Promise<number> {
    return (await this.both()).definitions;
  }

  /** Both counters in one read: what a server request checks before it answers. */
  async both(): Promise<{ data: number; definitions: number }> {
    const result = await this.db.executeQuery<{
      data: number | string;
      definitions: number | string;
    }>(this.dialect.epochsQuery);
    const row = result.rows[0];
    return { data: Number(row?.data ?? -1), definitions: Number(row?.definitions ?? -1) };
  }
}
