import type { Kysely } from "kysely";
import { type Target, targetDisaggregation } from "../../core/targets/index.ts";
import type { Database, TargetTable } from "../schema.ts";

/** Which target: what `targetKey` is made of. */
export type TargetIdentity = Pick<
  Target,
  "indicator" | "reportingUnit" | "year" | "kind" | "dueDate" | "category" | "option"
>;

const KEY_COLUMNS = [
  "indicator_code",
  "unit_code",
  "year",
  "kind",
  "due_date",
  "disaggregation",
] as const;

/** Reads and writes targets of every kind, on the total or on one option. */
export class TargetRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** Inserts or replaces targets by (indicator, unit, year, kind, due date, option). */
  async upsert(targets: readonly Target[]): Promise<void> {
    for (const t of targets) {
      const row = { ...keyRow(t), value: t.value, source: t.source ?? "" };
      await this.db
        .insertInto("targets")
        .values(row)
        .onConflict((oc) =>
          oc.columns([...KEY_COLUMNS]).doUpdateSet({ value: row.value, source: row.source }),
        )
        .execute();
    }
  }

  /** One target by its identity, or undefined. */
  async get(key: TargetIdentity): Promise<Target | undefined> {
    const k = keyRow(key);
    const row = await this.db
      .selectFrom("targets")
      .selectAll()
      .where("indicator_code", "=", k.indicator_code)
      .where("unit_code", "=", k.unit_code)
      .where("year", "=", k.year)
      .where("kind", "=", k.kind)
      .where("due_date", "=", k.due_date)
      .where("disaggregation", "=", k.disaggregation)
      .executeTakeFirst();
    return row ? targetOf(row) : undefined;
  }

  /** Removes one target by its identity. */
  async remove(key: TargetIdentity): Promise<void> {
    const k = keyRow(key);
    await this.db
      .deleteFrom("targets")
      .where("indicator_code", "=", k.indicator_code)
      .where("unit_code", "=", k.unit_code)
      .where("year", "=", k.year)
      .where("kind", "=", k.kind)
      .where("due_date", "=", k.due_date)
      .where("disaggregation", "=", k.disaggregation)
      .execute();
  }

  /** How many targets, of any unit and year, are of a kind. */
  async countOfKind(kind: string): Promise<number> {
    const row = await this.db
      .selectFrom("targets")
      .select((eb) => eb.fn.countAll<number | string>().as("n"))
      .where("kind", "=", kind)
      .executeTakeFirst();
    return Number(row?.n ?? 0);
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
      .orderBy("disaggregation")
      .orderBy("kind")
      .orderBy("due_date")
      .execute();
    return rows.map(targetOf);
  }
}

function keyRow(t: TargetIdentity) {
  return {
    indicator_code: t.indicator,
    unit_code: t.reportingUnit,
    year: t.year,
    kind: t.kind,
    due_date: t.dueDate ?? "",
    disaggregation: targetDisaggregation(t),
  };
}

function targetOf(r: TargetTable): Target {
  const [category, option] = r.disaggregation ? r.disaggregation.split("=") : [];
  return {
    indicator: r.indicator_code,
    reportingUnit: r.unit_code,
    year: r.year,
    kind: r.kind,
    value: r.value,
    ...(category && option ? { category, option } : {}),
    ...(r.due_date ? { dueDate: r.due_date } : {}),
    ...(r.source ? { source: r.source } : {}),
  };
}
