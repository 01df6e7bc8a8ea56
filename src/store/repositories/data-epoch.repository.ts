import type { Kysely } from "kysely";
import type { Database } from "../schema.ts";

/** Reads the data-change counter that triggers move on every change of values and targets. */
export class DataEpochRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** The current count; equal counts mean no data changed in between. */
  async current(): Promise<number> {
    const row = await this.db
      .selectFrom("data_epoch")
      .select("n")
      .where("id", "=", 1)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }
}
