import type { Kysely, Selectable } from "kysely";
import type { DataValueKey, DataValueRecord } from "../../core/values/index.ts";
import type { Database, DataValueTable } from "../schema.ts";
import { type ColumnTable, deleteStatements, insertStatements, runAll } from "./column-rows.ts";

/** Keys column by column (same index, same key), for bulk deletes. */
export interface KeyColumns {
  readonly indicatorCode: string[];
  readonly unitCode: string[];
  readonly period: string[];
  readonly disaggregation: string[];
}

/** Values column by column, for bulk writes without an object per value. */
export interface DataValueColumns extends KeyColumns {
  readonly value: (number | null)[];
  readonly textValue: (string | null)[];
  readonly status: string[];
  readonly note: string[];
  readonly source: string[];
  readonly version: number[];
  readonly updatedAt: string[];
  readonly updatedBy: string[];
}

/** Empty key columns to fill. */
export function keyColumnArrays(): KeyColumns {
  return { indicatorCode: [], unitCode: [], period: [], disaggregation: [] };
}

/** Empty value columns to fill. */
export function dataValueColumns(): DataValueColumns {
  return {
    ...keyColumnArrays(),
    value: [],
    textValue: [],
    status: [],
    note: [],
    source: [],
    version: [],
    updatedAt: [],
    updatedBy: [],
  };
}

const KEY_COLUMNS = ["indicator_code", "unit_code", "period", "disaggregation"] as const;

const DATA_VALUES: ColumnTable = {
  table: "data_values",
  columns: [
    ["indicator_code", "text"],
    ["unit_code", "text"],
    ["period", "text"],
    ["disaggregation", "text"],
    ["value", "double precision"],
    ["text_value", "text"],
    ["status", "text"],
    ["note", "text"],
    ["source", "text"],
    ["version", "integer"],
    ["updated_at", "text"],
    ["updated_by", "text"],
  ],
};

const REPLACE_STORED = `on conflict (${KEY_COLUMNS.join(", ")}) do update set
  value = excluded.value, text_value = excluded.text_value, status = excluded.status,
  note = excluded.note, source = excluded.source, version = excluded.version,
  updated_at = excluded.updated_at, updated_by = excluded.updated_by`;

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

  /**
   * Inserts values known to be new (rows `from` to `to` of the columns) with a plain insert, so
   * a value stored meanwhile by someone else fails the primary key instead of being overwritten.
   */
  async insertNew(columns: DataValueColumns, from?: number, to?: number): Promise<void> {
    await runAll(
      this.db,
      insertStatements(this.db, DATA_VALUES, valueColumns(columns), "", from, to),
    );
  }

  /** Inserts values or replaces the stored ones with the same key, from columns. */
  async upsertColumns(columns: DataValueColumns, from?: number, to?: number): Promise<void> {
    await runAll(
      this.db,
      insertStatements(this.db, DATA_VALUES, valueColumns(columns), REPLACE_STORED, from, to),
    );
  }

  /** Removes the values with the given keys. */
  async deleteMany(keys: KeyColumns): Promise<void> {
    await runAll(this.db, deleteStatements(this.db, "data_values", KEY_COLUMNS, keyArrays(keys)));
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
    // An empty list matches nothing (and `in ()` is not SQL on PostgreSQL).
    if ([filter.unitCodes, filter.periods, filter.indicatorCodes].some((l) => l?.length === 0))
      return [];
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

/** Key columns in the order of the key. */
export function keyArrays(k: KeyColumns): string[][] {
  return [k.indicatorCode, k.unitCode, k.period, k.disaggregation];
}

function valueColumns(c: DataValueColumns): unknown[][] {
  return [
    c.indicatorCode,
    c.unitCode,
    c.period,
    c.disaggregation,
    c.value,
    c.textValue,
    c.status,
    c.note,
    c.source,
    c.version,
    c.updatedAt,
    c.updatedBy,
  ];
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
