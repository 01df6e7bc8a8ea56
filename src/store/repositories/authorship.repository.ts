import { type Kysely, sql } from "kysely";
import type { Database } from "../schema.ts";

/** Where each kind of change names its writer, in the order they are asked. */
const WRITER_COLUMNS = [
  { table: "value_audit", column: "by" },
  { table: "register_audit", column: "by" },
  { table: "task_progress", column: "by" },
  { table: "reports", column: "updated_by" },
] as const;

type WriterColumn = (typeof WRITER_COLUMNS)[number];

/** Who wrote the data: the names recorded on every change of values, registers and reports. */
export class AuthorshipRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /**
   * Up to `limit` distinct writers other than `by` over value changes, register changes, task
   * progress notes and report versions — e.g. whether anyone but the demo loader wrote anything.
   */
  async writersOtherThan(by: string, limit = 5): Promise<string[]> {
    const found = new Set<string>();
    // One table at a time, stopping once enough are found: the first table usually answers.
    for (const source of WRITER_COLUMNS) {
      for (const name of await this.writersIn(source, by, limit)) found.add(name);
      if (found.size >= limit) break;
    }
    return [...found].slice(0, limit);
  }

  /** Up to `limit` distinct names in one writer column, other than `by`. */
  private async writersIn({ table, column }: WriterColumn, by: string, limit: number) {
    const writer = sql.ref(column);
    const rows = await this.db
      .selectFrom(table)
      .select(sql<string>`${writer}`.as("name"))
      .where(writer, "!=", by)
      .distinct()
      .limit(limit)
      .execute();
    return rows.map((row) => row.name);
  }
}
