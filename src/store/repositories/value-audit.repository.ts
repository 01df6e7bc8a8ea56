import type { Kysely } from "kysely";
import {
  type AuditEntry,
  type ChangeChannel,
  type DataValueKey,
  keyString,
} from "../../core/values/index.ts";
import type { ColumnTable, StoreDialect } from "../dialect/dialect.ts";
import type { Database } from "../schema.ts";
import { type KeyColumns, keyColumnArrays, keyColumns } from "./data-value.repository.ts";

/** Audit rows column by column, for bulk appends without an object per change. */
export interface AuditColumns extends KeyColumns {
  readonly version: number[];
  readonly action: AuditEntry["action"][];
  readonly oldValue: (number | null)[];
  readonly newValue: (number | null)[];
  readonly oldStatus: (string | null)[];
  readonly newStatus: (string | null)[];
  readonly at: string[];
  readonly by: string[];
  readonly via: ChangeChannel[];
  readonly note: string[];
}

/** Empty audit columns to fill. */
export function auditColumns(): AuditColumns {
  return {
    ...keyColumnArrays(),
    version: [],
    action: [],
    oldValue: [],
    newValue: [],
    oldStatus: [],
    newStatus: [],
    at: [],
    by: [],
    via: [],
    note: [],
  };
}

const VALUE_AUDIT: ColumnTable = {
  table: "value_audit",
  columns: [
    ["indicator_code", "text"],
    ["unit_code", "text"],
    ["period", "text"],
    ["disaggregation", "text"],
    ["version", "integer"],
    ["action", "text"],
    ["old_value", "double precision"],
    ["new_value", "double precision"],
    ["old_status", "text"],
    ["new_status", "text"],
    ["at", "text"],
    ["by", "text"],
    ["via", "text"],
    ["note", "text"],
  ],
};

/** Appends and reads the audit trail of values. */
export class ValueAuditRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: StoreDialect,
  ) {}

  /** Records changes given column by column (rows `from` to `to`); same primary-key guard. */
  async appendColumns(c: AuditColumns, from?: number, to?: number): Promise<void> {
    const columns = [
      c.indicatorCode,
      c.unitCode,
      c.period,
      c.disaggregation,
      c.version,
      c.action,
      c.oldValue,
      c.newValue,
      c.oldStatus,
      c.newStatus,
      c.at,
      c.by,
      c.via,
      c.note,
    ];
    await this.dialect.appendRows(this.db, VALUE_AUDIT, columns, from, to);
  }

  /** The newest version of every audited key matching the filter, by `keyString`. */
  async latestVersions(filter: {
    unitCodes: readonly string[];
    periods: readonly string[];
    indicatorCodes: readonly string[];
  }): Promise<Map<string, number>> {
    if ([filter.unitCodes, filter.periods, filter.indicatorCodes].some((l) => l.length === 0))
      return new Map();
    const rows = await this.db
      .selectFrom("value_audit")
      .select(["indicator_code", "unit_code", "period", "disaggregation"])
      .select((eb) => eb.fn.max("version").as("v"))
      .where("unit_code", "in", [...filter.unitCodes])
      .where("period", "in", [...filter.periods])
      .where("indicator_code", "in", [...filter.indicatorCodes])
      .groupBy(["indicator_code", "unit_code", "period", "disaggregation"])
      .execute();
    return new Map(
      rows.map((r) => [
        keyString({
          indicatorCode: r.indicator_code,
          unitCode: r.unit_code,
          period: r.period,
          disaggregation: r.disaggregation,
        }),
        Number(r.v),
      ]),
    );
  }

  /** Every change of one value, oldest first. */
  async history(key: DataValueKey): Promise<AuditEntry[]> {
    const rows = await this.db
      .selectFrom("value_audit")
      .selectAll()
      .where((eb) => eb.and(keyColumns(key)))
      .orderBy("version")
      .execute();
    return rows.map((r) => ({
      indicatorCode: r.indicator_code,
      unitCode: r.unit_code,
      period: r.period,
      disaggregation: r.disaggregation,
      version: r.version,
      action: r.action as AuditEntry["action"],
      oldValue: r.old_value,
      newValue: r.new_value,
      oldStatus: r.old_status,
      newStatus: r.new_status,
      at: r.at,
      by: r.by,
      via: r.via as ChangeChannel,
      note: r.note,
    }));
  }
}
