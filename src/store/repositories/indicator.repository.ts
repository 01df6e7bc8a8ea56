import type { Kysely, Selectable } from "kysely";
import type { Database, IndicatorTable } from "../schema.ts";

/** An indicator's catalogue entry as stored. */
export interface IndicatorRecord {
  readonly code: string;
  readonly nameVi: string;
  readonly nameEn: string;
  readonly sector: string;
  readonly measureUnit: string;
  readonly valueType: string;
  readonly timeAggregation: string;
  readonly unitAggregation: string;
  readonly decimals: number;
  readonly formula: string | null;
}

/** Reads and writes the indicator catalogue. */
export class IndicatorRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** Inserts or updates indicators by code. */
  async upsert(indicators: readonly IndicatorRecord[]): Promise<void> {
    for (const indicator of indicators) {
      const row = toRow(indicator);
      await this.db
        .insertInto("indicators")
        .values(row)
        .onConflict((oc) => oc.column("code").doUpdateSet({ ...row, code: undefined }))
        .execute();
    }
  }

  /** One indicator by code, or undefined. */
  async get(code: string): Promise<IndicatorRecord | undefined> {
    const row = await this.db
      .selectFrom("indicators")
      .selectAll()
      .where("code", "=", code)
      .executeTakeFirst();
    return row && fromRow(row);
  }

  /** All indicators, ordered by code. */
  async list(): Promise<IndicatorRecord[]> {
    const rows = await this.db.selectFrom("indicators").selectAll().orderBy("code").execute();
    return rows.map(fromRow);
  }
}

function toRow(i: IndicatorRecord): IndicatorTable {
  return {
    code: i.code,
    name_vi: i.nameVi,
    name_en: i.nameEn,
    sector: i.sector,
    measure_unit: i.measureUnit,
    value_type: i.valueType,
    time_aggregation: i.timeAggregation,
    unit_aggregation: i.unitAggregation,
    decimals: i.decimals,
    formula: i.formula,
  };
}

function fromRow(r: Selectable<IndicatorTable>): IndicatorRecord {
  return {
    code: r.code,
    nameVi: r.name_vi,
    nameEn: r.name_en,
    sector: r.sector,
    measureUnit: r.measure_unit,
    valueType: r.value_type,
    timeAggregation: r.time_aggregation,
    unitAggregation: r.unit_aggregation,
    decimals: r.decimals,
    formula: r.formula,
  };
}
