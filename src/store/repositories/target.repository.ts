import type { Kysely } from "kysely";
import type { Target, TargetKind } from "../../core/targets/index.ts";
import type { Database } from "../schema.ts";

/** Reads and writes targets (plan, assigned, resolution, commitment). */
export class TargetRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** Inserts or replaces targets by (indicator, unit, year, kind, due date). */
  async upsert(targets: readonly Target[]): Promise<void> {
    for (const t of targets) {
      const row = {
        indicator_code: t.indicator,
        unit_code: t.reportingUnit,
        year: t.year,
        kind: t.kind,
        due_date: t.dueDate ?? "",
        value: t.value,
        source: t.source ?? "",
      };
      await this.db
        .insertInto("targets")
        .values(row)
        .onConflict((oc) =>
          oc
            .columns(["indicator_code", "unit_code", "year", "kind", "due_date"])
            .doUpdateSet({ value: row.value, source: row.source }),
        )
        .execute();
    }
  }

  /** The targets of some units for some years, every kind, optionally for some indicators only. */
  async list(filter: {
    unitCodes: readonly string[];
    years: readonly number[];
    indicatorCodes?: readonly string[];
  }): Promise<Target[]> {
    // An empty list matches nothing (and `in ()` is not SQL on PostgreSQL).
    if ([filter.unitCodes, filter.years, filter.indicatorCodes].some((l) => l?.length === 0))
      return [];
    let query = this.db
      .selectFrom("targets")
      .selectAll()
      .where("unit_code", "in", [...filter.unitCodes])
      .where("year", "in", [...filter.years]);
    if (filter.indicatorCodes)
      query = query.where("indicator_code", "in", [...filter.indicatorCodes]);
    const rows = await query
      .orderBy("indicator_code")
      .orderBy("kind")
      .orderBy("due_date")
      .execute();
    return rows.map((r) => ({
      indicator: r.indicator_code,
      reportingUnit: r.unit_code,
      year: r.year,
      kind: r.kind as TargetKind,
      value: r.value,
      ...(r.due_date ? { dueDate: r.due_date } : {}),
      ...(r.source ? { source: r.source } : {}),
    }));
  }
}
