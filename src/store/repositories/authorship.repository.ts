import type { Kysely } from "kysely";
import type { Database } from "../schema.ts";

/** Who wrote the data: the names recorded on every change of values, registers and reports. */
export class AuthorshipRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /**
   * Up to `limit` distinct writers other than `by` over value changes, register changes, task
   * progress notes and report versions — e.g. whether anyone but the demo loader wrote anything.
   */
  async writersOtherThan(by: string, limit = 5): Promise<string[]> {
    const found = new Set<string>();
    const queries: (() => Promise<{ name: string }[]>)[] = [
      () =>
        this.db
          .selectFrom("value_audit")
          .select("by as name")
          .where("by", "!=", by)
          .distinct()
          .limit(limit)
          .execute(),
      () =>
        this.db
          .selectFrom("register_audit")
          .select("by as name")
          .where("by", "!=", by)
          .distinct()
          .limit(limit)
          .execute(),
      () =>
        this.db
          .selectFrom("task_progress")
          .select("by as name")
          .where("by", "!=", by)
          .distinct()
          .limit(limit)
          .execute(),
      () =>
        this.db
          .selectFrom("reports")
          .select("updated_by as name")
          .where("updated_by", "!=", by)
          .distinct()
          .limit(limit)
          .execute(),
    ];
    for (const query of queries) {
      const rows = await query();
      for (const row of rows) found.add(row.name);
      if (found.size >= limit) break;
    }
    return [...found].slice(0, limit);
  }
}
