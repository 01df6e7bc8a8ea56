import type { Kysely } from "kysely";
import type { Database } from "../schema.ts";

/** A unit counting towards an ancestor (itself at depth 0) over a range of months. */
export interface ClosureRow {
  readonly unitCode: string;
  readonly ancestorCode: string;
  readonly depth: number;
  /** First month (`YYYY-MM`) of the range. */
  readonly fromPeriod: string;
  /** First month after the range; `9999-12` while open. */
  readonly toPeriod: string;
}

/** Reads and replaces the month-by-month ancestry of units. */
export class UnitClosureRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** Replaces the whole closure (after units or events changed). */
  async replaceAll(rows: readonly ClosureRow[], chunkSize = 500): Promise<void> {
    await this.db.deleteFrom("unit_closure").execute();
    for (let i = 0; i < rows.length; i += chunkSize) {
      await this.db
        .insertInto("unit_closure")
        .values(
          rows.slice(i, i + chunkSize).map((r) => ({
            unit_code: r.unitCode,
            ancestor_code: r.ancestorCode,
            depth: r.depth,
            from_period: r.fromPeriod,
            to_period: r.toPeriod,
          })),
        )
        .execute();
    }
  }

  /** The units a value of `unitCode` in `month` counts towards, itself first. */
  async ancestorsOf(unitCode: string, month: string): Promise<{ code: string; depth: number }[]> {
    const rows = await this.db
      .selectFrom("unit_closure")
      .select(["ancestor_code", "depth"])
      .where("unit_code", "=", unitCode)
      .where("from_period", "<=", month)
      .where("to_period", ">", month)
      .orderBy("depth")
      .execute();
    return rows.map((r) => ({ code: r.ancestor_code, depth: r.depth }));
  }

  /** Every closure row of some units (their ancestry over all months). */
  async forUnits(unitCodes: readonly string[]): Promise<ClosureRow[]> {
    if (unitCodes.length === 0) return [];
    const rows = await this.db
      .selectFrom("unit_closure")
      .selectAll()
      .where("unit_code", "in", [...unitCodes])
      .execute();
    return rows.map((r) => ({
      unitCode: r.unit_code,
      ancestorCode: r.ancestor_code,
      depth: r.depth,
      fromPeriod: r.from_period,
      toPeriod: r.to_period,
    }));
  }

  /** The closure rows of the direct children of some units (over all months). */
  async childrenOfAll(unitCodes: readonly string[]): Promise<ClosureRow[]> {
    if (unitCodes.length === 0) return [];
    const rows = await this.db
      .selectFrom("unit_closure")
      .selectAll()
      .where("ancestor_code", "in", [...unitCodes])
      .where("depth", "=", 1)
      .execute();
    return rows.map((r) => ({
      unitCode: r.unit_code,
      ancestorCode: r.ancestor_code,
      depth: r.depth,
      fromPeriod: r.from_period,
      toPeriod: r.to_period,
    }));
  }

  /** The direct children of a unit in a month. */
  async childrenOf(unitCode: string, month: string): Promise<string[]> {
    const rows = await this.db
      .selectFrom("unit_closure")
      .select("unit_code")
      .where("ancestor_code", "=", unitCode)
      .where("depth", "=", 1)
      .where("from_period", "<=", month)
      .where("to_period", ">", month)
      .orderBy("unit_code")
      .execute();
    return rows.map((r) => r.unit_code);
  }
}
