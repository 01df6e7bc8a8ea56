import type { Kysely, Selectable } from "kysely";
import type { ValueStatus } from "../../core/targets/index.ts";
import type { Database, DataValueTable } from "../schema.ts";

/** Which value: indicator, reporting unit, month id and disaggregation key ("" = total). */
export interface DataValueKey {
  readonly indicatorCode: string;
  readonly unitCode: string;
  readonly period: string;
  readonly disaggregation: string;
}

/** A stored value with its status, note, source and optimistic-lock version. */
export interface DataValueRecord extends DataValueKey {
  readonly value: number | null;
  readonly textValue: string | null;
  readonly status: ValueStatus;
  readonly note: string;
  readonly source: string;
  readonly version: number;
  readonly updatedAt: string;
  readonly updatedBy: string;
}

/** Filters for listing raw values; each one optional. */
export interface DataValueFilter {
  readonly unitCodes?: readonly string[];
  readonly periods?: readonly string[];
  readonly indicatorCodes?: readonly string[];
}

/** Reads and writes raw data values; the engine decides what to write and keeps roll-ups. */
export class DataValueRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** One value, or undefined. */
  async get(key: DataValueKey): Promise<DataValueRecord | undefined> {
    const row = await this.db
      .selectFrom("data_values")
      .selectAll()
      .where((eb) => eb.and(keyColumns(key)))
      .executeTakeFirst();
    return row && fromRow(row);
  }

  /** Inserts values or replaces the stored ones with the same key, in chunks. */
  async upsertMany(records: readonly DataValueRecord[], chunkSize = 500): Promise<void> {
    for (let i = 0; i < records.length; i += chunkSize) {
      await this.db
        .insertInto("data_values")
        .values(records.slice(i, i + chunkSize).map(toRow))
        .onConflict((oc) =>
          oc
            .columns(["indicator_code", "unit_code", "period", "disaggregation"])
            .doUpdateSet((eb) => ({
              value: eb.ref("excluded.value"),
              text_value: eb.ref("excluded.text_value"),
              status: eb.ref("excluded.status"),
              note: eb.ref("excluded.note"),
              source: eb.ref("excluded.source"),
              version: eb.ref("excluded.version"),
              updated_at: eb.ref("excluded.updated_at"),
              updated_by: eb.ref("excluded.updated_by"),
            })),
        )
        .execute();
    }
  }

  /** Removes a value. */
  async delete(key: DataValueKey): Promise<void> {
    await this.db
      .deleteFrom("data_values")
      .where((eb) => eb.and(keyColumns(key)))
      .execute();
  }

  /** Values matching the filter, in key order. */
  async list(filter: DataValueFilter): Promise<DataValueRecord[]> {
    let query = this.db.selectFrom("data_values").selectAll();
    if (filter.unitCodes) query = query.where("unit_code", "in", [...filter.unitCodes]);
    if (filter.periods) query = query.where("period", "in", [...filter.periods]);
    if (filter.indicatorCodes)
      query = query.where("indicator_code", "in", [...filter.indicatorCodes]);
    const rows = await query
      .orderBy("indicator_code")
      .orderBy("unit_code")
      .orderBy("period")
      .orderBy("disaggregation")
      .execute();
    return rows.map(fromRow);
  }

  /** How many raw values are stored. */
  async count(): Promise<number> {
    const row = await this.db
      .selectFrom("data_values")
      .select((eb) => eb.fn.countAll<number | string>().as("n"))
      .executeTakeFirst();
    return Number(row?.n ?? 0);
  }
}

/** The key as column values, for `where` clauses of every value-keyed table. */
export function keyColumns(key: DataValueKey) {
  return {
    indicator_code: key.indicatorCode,
    unit_code: key.unitCode,
    period: key.period,
    disaggregation: key.disaggregation,
  };
}

/** One string per key, for maps. */
export function keyString(key: DataValueKey): string {
  return `${key.indicatorCode}\u0000${key.unitCode}\u0000${key.period}\u0000${key.disaggregation}`;
}

function toRow(r: DataValueRecord): DataValueTable {
  return {
    ...keyColumns(r),
    value: r.value,
    text_value: r.textValue,
    status: r.status,
    note: r.note,
    source: r.source,
    version: r.version,
    updated_at: r.updatedAt,
    updated_by: r.updatedBy,
  };
}

function fromRow(r: Selectable<DataValueTable>): DataValueRecord {
  return {
    indicatorCode: r.indicator_code,
    unitCode: r.unit_code,
    period: r.period,
    disaggregation: r.disaggregation,
    value: r.value,
    textValue: r.text_value,
    status: r.status === "estimate" ? "estimate" : "official",
    note: r.note,
    source: r.source,
    version: r.version,
    updatedAt: r.updated_at,
    updatedBy: r.updated_by,
  };
}
