import type { Kysely, Selectable } from "kysely";
import type { SiteClearance } from "../../core/registers/index.ts";
import type { Database, SiteClearanceTable } from "../schema.ts";
import { replaceColumns } from "./project.repository.ts";
import {
  metaColumns,
  metaFields,
  type RecordRepository,
  type Versioned,
} from "./register-audit.repository.ts";

/** Reads and writes the site clearance register (one row per project and month). */
export class SiteClearanceRepository implements RecordRepository<SiteClearance> {
  constructor(private readonly db: Kysely<Database>) {}

  /** Every row, by project and month. */
  async list(): Promise<Versioned<SiteClearance>[]> {
    const rows = await this.db
      .selectFrom("site_clearance")
      .selectAll()
      .orderBy("project_code")
      .orderBy("period")
      .execute();
    return rows.map(clearanceOf);
  }

  /** Inserts or replaces rows by project and month. */
  async upsert(records: readonly Versioned<SiteClearance>[], chunkSize = 300): Promise<void> {
    const columns = [
      "date",
      "households_total",
      "households_paid",
      "households_handed_over",
      "amount_total",
      "amount_paid",
      "note",
      "synthetic",
      "version",
      "updated_at",
      "updated_by",
    ];
    for (let i = 0; i < records.length; i += chunkSize) {
      const rows = records.slice(i, i + chunkSize).map((c) => ({
        project_code: c.projectCode,
        period: c.period,
        date: c.date,
        households_total: c.householdsTotal,
        households_paid: c.householdsPaid,
        households_handed_over: c.householdsHandedOver,
        amount_total: c.amountTotal,
        amount_paid: c.amountPaid,
        note: c.note,
        synthetic: c.synthetic ? 1 : 0,
        ...metaColumns(c),
      }));
      await this.db
        .insertInto("site_clearance")
        .values(rows)
        .onConflict((oc) =>
          oc.columns(["project_code", "period"]).doUpdateSet(replaceColumns(columns)),
        )
        .execute();
    }
  }

  /** Removes rows by project and month. */
  async delete(records: readonly Pick<SiteClearance, "projectCode" | "period">[]): Promise<void> {
    for (const r of records) {
      await this.db
        .deleteFrom("site_clearance")
        .where("project_code", "=", r.projectCode)
        .where("period", "=", r.period)
        .execute();
    }
  }
}

function clearanceOf(r: Selectable<SiteClearanceTable>): Versioned<SiteClearance> {
  return {
    projectCode: r.project_code,
    period: r.period,
    date: r.date,
    householdsTotal: r.households_total,
    householdsPaid: r.households_paid,
    householdsHandedOver: r.households_handed_over,
    amountTotal: r.amount_total,
    amountPaid: r.amount_paid,
    note: r.note,
    synthetic: r.synthetic === 1,
    ...metaFields(r),
  };
}
