import type { Kysely } from "kysely";
import type { Database } from "../schema.ts";

/** Row 1 counts every change of data; row 2 every change of the catalogue or the units. */
const DATA = 1;
const DEFINITIONS = 2;

/** Reads the change counters that triggers move (see the data- and definitions-epoch migrations). */
export class DataEpochRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** The data counter; equal counts mean no value, target or regime changed in between. */
  current(): Promise<number> {
    return this.read(DATA);
  }

  /** The definitions counter; equal counts mean the catalogue and the units did not change. */
  definitions(): Promise<number> {
    return this.read(DEFINITIONS);
  }

  /** Both counters in one read: what a server request checks before it answers. */
  async both(): Promise<{ data: number; definitions: number }> {
    const rows = await this.db.selectFrom("data_epoch").select(["id", "n"]).execute();
    const of = (id: number) => Number(rows.find((r) => r.id === id)?.n ?? -1);
    return { data: of(DATA), definitions: of(DEFINITIONS) };
  }

  private async read(id: number): Promise<number> {
    const row = await this.db
      .selectFrom("data_epoch")
      .select("n")
      .where("id", "=", id)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }
}
