import type { Kysely, Selectable } from "kysely";
import type { Database, ReportTable } from "../schema.ts";

/** A stored report: a draft being edited, or an issued version frozen with its figures. */
export interface ReportRecord {
  readonly unitCode: string;
  readonly period: string;
  readonly version: number;
  readonly status: "draft" | "issued";
  readonly template: string;
  /** Metadata overrides (number, date, signer…) as JSON. */
  readonly meta: string;
  /** The composed document as issued (JSON), kept unchanged whatever the data does later. */
  readonly document: string | null;
  /** The checks at issue time (JSON). */
  readonly checks: string | null;
  readonly updatedAt: string;
  readonly updatedBy: string;
  readonly issuedAt: string | null;
  readonly issuedBy: string | null;
}

/** Reads and writes report drafts and issued versions. */
export class ReportRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** Every version of a unit's report for a period, newest first. */
  async versions(unitCode: string, period: string): Promise<ReportRecord[]> {
    const rows = await this.db
      .selectFrom("reports")
      .selectAll()
      .where("unit_code", "=", unitCode)
      .where("period", "=", period)
      .orderBy("version", "desc")
      .execute();
    return rows.map(fromRow);
  }

  /** Every report of a unit: the newest version of each period, newest period first. */
  async latestByPeriod(unitCode: string): Promise<ReportRecord[]> {
    const rows = await this.db
      .selectFrom("reports")
      .selectAll()
      .where("unit_code", "=", unitCode)
      .orderBy("period", "desc")
      .orderBy("version", "desc")
      .execute();
    const seen = new Set<string>();
    return rows.filter((r) => !seen.has(r.period) && seen.add(r.period)).map(fromRow);
  }

  /** The drafts of every unit and period (issued versions are frozen and read nothing more). */
  async drafts(): Promise<ReportRecord[]> {
    const rows = await this.db
      .selectFrom("reports")
      .selectAll()
      .where("status", "=", "draft")
      .execute();
    return rows.map(fromRow);
  }

  /** The units with a report (any version) for the period, by code. */
  async unitsWithPeriod(period: string): Promise<string[]> {
    const rows = await this.db
      .selectFrom("reports")
      .select("unit_code")
      .distinct()
      .where("period", "=", period)
      .orderBy("unit_code")
      .execute();
    return rows.map((r) => r.unit_code);
  }

  /**
   * Replaces a draft only while it is as the editor saw it (same `updated_at`); false when
   * someone saved or issued it since — the check and the write are one statement.
   */
  async replaceDraft(record: ReportRecord, expectedUpdatedAt: string): Promise<boolean> {
    const { unit_code, period, version, ...changes } = toRow(record);
    const result = await this.db
      .updateTable("reports")
      .set(changes)
      .where("unit_code", "=", unit_code)
      .where("period", "=", period)
      .where("version", "=", version)
      .where("status", "=", "draft")
      .where("updated_at", "=", expectedUpdatedAt)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  /** Inserts a new version; false when that version exists already (someone else was first). */
  async insertNew(record: ReportRecord): Promise<boolean> {
    const result = await this.db
      .insertInto("reports")
      .values(toRow(record))
      .onConflict((oc) => oc.columns(["unit_code", "period", "version"]).doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0n) === 1;
  }

  /** Inserts a version, or replaces it when it exists (a draft being edited). */
  async put(record: ReportRecord): Promise<void> {
    const row = toRow(record);
    await this.db
      .insertInto("reports")
      .values(row)
      .onConflict((oc) =>
        oc
          .columns(["unit_code", "period", "version"])
          .doUpdateSet({ ...row, unit_code: undefined, period: undefined, version: undefined }),
      )
      .execute();
  }
}

function toRow(r: ReportRecord): ReportTable {
  return {
    unit_code: r.unitCode,
    period: r.period,
    version: r.version,
    status: r.status,
    template: r.template,
    meta: r.meta,
    document: r.document,
    checks: r.checks,
    updated_at: r.updatedAt,
    updated_by: r.updatedBy,
    issued_at: r.issuedAt,
    issued_by: r.issuedBy,
  };
}

function fromRow(r: Selectable<ReportTable>): ReportRecord {
  return {
    unitCode: r.unit_code,
    period: r.period,
    version: r.version,
    status: r.status === "issued" ? "issued" : "draft",
    template: r.template,
    meta: r.meta,
    document: r.document,
    checks: r.checks,
    updatedAt: r.updated_at,
    updatedBy: r.updated_by,
    issuedAt: r.issued_at,
    issuedBy: r.issued_by,
  };
}
