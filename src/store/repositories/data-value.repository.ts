import type { Kysely, Selectable } from "kysely";
import { BaocaoError } from "../../core/errors.ts";
import type { Database, DataValueTable } from "../schema.ts";

/** Which value: indicator, reporting unit, period id and disaggregation key ("" = total). */
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
  readonly status: "estimate" | "official";
  readonly note: string;
  readonly source: string;
  readonly version: number;
  readonly updatedAt: string;
  readonly updatedBy: string;
}

/** A write: the new content, who makes it and when, and the version the writer last saw. */
export interface DataValueWrite extends DataValueKey {
  readonly value: number | null;
  readonly textValue?: string | null;
  readonly status: "estimate" | "official";
  readonly note?: string;
  readonly source?: string;
  readonly at: string;
  readonly by: string;
  /** The version the writer read; 0 for "must not exist yet"; omitted to skip the check. */
  readonly expectedVersion?: number;
}

/** Reads and writes raw data values. */
export class DataValueRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** One value, or undefined. */
  async get(key: DataValueKey): Promise<DataValueRecord | undefined> {
    const row = await this.db
      .selectFrom("data_values")
      .selectAll()
      .where((eb) => eb.and(keyFilter(key)))
      .executeTakeFirst();
    return row && fromRow(row);
  }

  /**
   * Writes one value in a transaction, refusing a stale write: when `expectedVersion` differs
   * from the stored version the error carries the newer value so the user can see it.
   */
  async write(input: DataValueWrite): Promise<DataValueRecord> {
    return this.db.transaction().execute(async (trx) => {
      const current = await trx
        .selectFrom("data_values")
        .selectAll()
        .where((eb) => eb.and(keyFilter(input)))
        .executeTakeFirst();
      const currentVersion = current?.version ?? 0;
      if (input.expectedVersion !== undefined && input.expectedVersion !== currentVersion) {
        throw new BaocaoError(
          "value.conflict",
          "Số liệu này vừa được người khác cập nhật; hãy xem giá trị mới rồi nhập lại.",
          {
            ...pickKey(input),
            expectedVersion: input.expectedVersion,
            currentVersion,
            current: current ? fromRow(current) : null,
          },
        );
      }
      const row: DataValueTable = {
        indicator_code: input.indicatorCode,
        unit_code: input.unitCode,
        period: input.period,
        disaggregation: input.disaggregation,
        value: input.value,
        text_value: input.textValue ?? null,
        status: input.status,
        note: input.note ?? "",
        source: input.source ?? "",
        version: currentVersion + 1,
        updated_at: input.at,
        updated_by: input.by,
      };
      if (current) {
        await trx
          .updateTable("data_values")
          .set(row)
          .where((eb) => eb.and(keyFilter(input)))
          .execute();
      } else {
        await trx.insertInto("data_values").values(row).execute();
      }
      return fromRow(row);
    });
  }

  /** Values of some units over some periods, for one or all indicators. */
  async list(filter: {
    unitCodes?: readonly string[];
    periods?: readonly string[];
    indicatorCodes?: readonly string[];
  }): Promise<DataValueRecord[]> {
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
}

function keyFilter(key: DataValueKey) {
  return {
    indicator_code: key.indicatorCode,
    unit_code: key.unitCode,
    period: key.period,
    disaggregation: key.disaggregation,
  };
}

function pickKey(key: DataValueKey): DataValueKey {
  return {
    indicatorCode: key.indicatorCode,
    unitCode: key.unitCode,
    period: key.period,
    disaggregation: key.disaggregation,
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
