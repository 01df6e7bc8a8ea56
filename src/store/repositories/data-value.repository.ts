import type { Kysely, Selectable } from "kysely";
import type { DataValueKey, DataValueRecord, ValueStatus } from "../../core/values/index.ts";
import { type ColumnTable, runAll, type StoreDialect } from "../dialect/dialect.ts";
import type { Database, DataValueTable } from "../schema.ts";

/** Keys column by column (same index, same key), for bulk deletes. */
export interface KeyColumns {
  readonly indicatorCode: string[];
  readonly unitCode: string[];
  readonly period: string[];
  readonly disaggregation: string[];
}

/** A value as it counts towards one of the units above it (see `valuesUnder`). */
export interface ValueUnder {
  readonly ancestorCode: string;
  /** The unit that entered the value. */
  readonly unitCode: string;
  /** 0 for the value's own unit, 1 for its parent… */
  readonly depth: number;
  readonly indicatorCode: string;
  readonly period: string;
  readonly disaggregation: string;
  readonly value: number;
  readonly status: ValueStatus;
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

export const REPLACE_STORED = `on conflict (${KEY_COLUMNS.join(", ")}) do update set
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
  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: StoreDialect,
  ) {}

  /**
   * Inserts values known to be new (rows `from` to `to` of the columns) with a plain insert, so
   * a value stored meanwhile by someone else fails the primary key instead of being overwritten
   * (many rows go by COPY on PostgreSQL, the same guard).
   */
  async insertNew(columns: DataValueColumns, from?: number, to?: number): Promise<void> {
    await this.dialect.appendRows(this.db, DATA_VALUES, valueColumns(columns), from, to);
  }

  /** Inserts values or replaces the stored ones with the same key, from columns. */
  async upsertColumns(columns: DataValueColumns, from?: number, to?: number): Promise<void> {
    await runAll(
      this.db,
      this.dialect.insertStatements(DATA_VALUES, valueColumns(columns), REPLACE_STORED, from, to),
    );
  }

  /** Removes the values with the given keys. */
  async deleteMany(keys: KeyColumns): Promise<void> {
    await runAll(
      this.db,
      this.dialect.deleteStatements("data_values", KEY_COLUMNS, keyArrays(keys)),
    );
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

  /**
   * The values (numbers only) of the units under some units, month by month: each row is a value
   * of a unit that counted towards `ancestorCode` in the value's month (the unit itself at depth
   * 0). For aggregates that are computed when read rather than kept (min and max over units).
   */
  async valuesUnder(filter: {
    readonly ancestorCodes: readonly string[];
    readonly indicatorCodes: readonly string[];
    readonly fromPeriod: string;
    readonly toPeriod: string;
  }): Promise<ValueUnder[]> {
    if (filter.ancestorCodes.length === 0 || filter.indicatorCodes.length === 0) return [];
    const rows = await this.db
      .selectFrom("data_values as v")
      .innerJoin("unit_closure as c", (join) =>
        join
          .onRef("c.unit_code", "=", "v.unit_code")
          .onRef("c.from_period", "<=", "v.period")
          .onRef("c.to_period", ">", "v.period"),
      )
      .select([
        "c.ancestor_code as ancestorCode",
        "v.unit_code as unitCode",
        "c.depth as depth",
        "v.indicator_code as indicatorCode",
        "v.period as period",
        "v.disaggregation as disaggregation",
        "v.value as value",
        "v.status as status",
      ])
      .where("c.ancestor_code", "in", [...filter.ancestorCodes])
      .where("v.indicator_code", "in", [...filter.indicatorCodes])
      .where("v.period", ">=", filter.fromPeriod)
      .where("v.period", "<=", filter.toPeriod)
      .where("v.value", "is not", null)
      .execute();
    return rows.map((r) => ({ ...r, value: r.value as number, status: r.status as ValueStatus }));
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
