import type { Kysely } from "kysely";
import type { Database } from "../schema.ts";

/** One target: a value of some kind (plan, assigned, resolution, commitment) for a year. */
export interface TargetRecord {
  readonly indicatorCode: string;
  readonly unitCode: string;
  readonly year: number;
  readonly kind: string;
  readonly disaggregation: string;
  readonly value: number;
}

/** Reads and writes targets. */
export class TargetRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** Inserts or replaces targets by (indicator, unit, year, kind, disaggregation). */
  async upsert(targets: readonly TargetRecord[]): Promise<void> {
    for (const t of targets) {
      await this.db
        .insertInto("targets")
        .values({
          indicator_code: t.indicatorCode,
          unit_code: t.unitCode,
          year: t.year,
          kind: t.kind,
          disaggregation: t.disaggregation,
          value: t.value,
        })
        .onConflict((oc) =>
          oc
            .columns(["indicator_code", "unit_code", "year", "kind", "disaggregation"])
            .doUpdateSet({ value: t.value }),
        )
        .execute();
    }
  }

  /** The targets of one unit and year, every kind. */
  async listFor(unitCode: string, year: number): Promise<TargetRecord[]> {
    const rows = await this.db
      .selectFrom("targets")
      .selectAll()
      .where("unit_code", "=", unitCode)
      .where("year", "=", year)
      .orderBy("indicator_code")
      .orderBy("kind")
      .orderBy("disaggregation")
      .execute();
    return rows.map((r) => ({
      indicatorCode: r.indicator_code,
      unitCode: r.unit_code,
      year: r.year,
      kind: r.kind,
      disaggregation: r.disaggregation,
      value: r.value,
    }));
  }
}
