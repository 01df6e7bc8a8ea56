import { type Kysely, sql } from "kysely";
import type { Database } from "../schema.ts";

/** The register of outgoing documents: one counter per issuing unit and year. */
export class DocumentNumberRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /**
   * Takes the next number of the unit's year, in one statement (an insert that, when the year
   * already has numbers, moves the counter instead), so two issues at once never share a number.
   */
  async next(unitCode: string, year: number): Promise<number> {
    const row = await this.db
      .insertInto("document_numbers")
      .values({ unit_code: unitCode, year, last_number: 1 })
      .onConflict((oc) =>
        oc
          .columns(["unit_code", "year"])
          .doUpdateSet({ last_number: sql`document_numbers.last_number + 1` }),
      )
      .returning("last_number")
      .executeTakeFirstOrThrow();
    return Number(row.last_number);
  }
}
