import type { Kysely, Selectable } from "kysely";
import type { Database, ReportSectionTable } from "../schema.ts";

/** Which section: the report's unit and period, and the department owning the section. */
export interface SectionDraftKey {
  readonly reportUnit: string;
  readonly period: string;
  readonly ownerUnit: string;
}

/** A department's saved text of its section. */
export interface SectionDraft extends SectionDraftKey {
  readonly text: string;
  readonly version: number;
  readonly updatedAt: string;
  readonly updatedBy: string;
}

/** Reads and writes the sections' texts; writes are version-checked. */
export class SectionDraftRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** One section's text, or undefined when nobody saved it yet. */
  async get(key: SectionDraftKey): Promise<SectionDraft | undefined> {
    const row = await this.db
      .selectFrom("report_sections")
      .selectAll()
      .where("report_unit", "=", key.reportUnit)
      .where("period", "=", key.period)
      .where("owner_unit", "=", key.ownerUnit)
      .executeTakeFirst();
    return row ? fromRow(row) : undefined;
  }

  /** Every saved section of a report. */
  async list(reportUnit: string, period: string): Promise<SectionDraft[]> {
    const rows = await this.db
      .selectFrom("report_sections")
      .selectAll()
      .where("report_unit", "=", reportUnit)
      .where("period", "=", period)
      .orderBy("owner_unit")
      .execute();
    return rows.map(fromRow);
  }

  /**
   * Stores `draft` if the section is still at `expectedVersion` (0: no row yet); false when
   * someone else saved it first — the check and the write are one statement.
   */
  async put(draft: SectionDraft, expectedVersion: number): Promise<boolean> {
    const row = toRow(draft);
    if (expectedVersion === 0) {
      const result = await this.db
        .insertInto("report_sections")
        .values(row)
        .onConflict((oc) => oc.columns(["report_unit", "period", "owner_unit"]).doNothing())
        .executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? 0n) === 1;
    }
    const result = await this.db
      .updateTable("report_sections")
      .set({
        text: row.text,
        version: row.version,
        updated_at: row.updated_at,
        updated_by: row.updated_by,
      })
      .where("report_unit", "=", row.report_unit)
      .where("period", "=", row.period)
      .where("owner_unit", "=", row.owner_unit)
      .where("version", "=", expectedVersion)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }
}

function toRow(d: SectionDraft): ReportSectionTable {
  return {
    report_unit: d.reportUnit,
    period: d.period,
    owner_unit: d.ownerUnit,
    text: d.text,
    version: d.version,
    updated_at: d.updatedAt,
    updated_by: d.updatedBy,
  };
}

function fromRow(r: Selectable<ReportSectionTable>): SectionDraft {
  return {
    reportUnit: r.report_unit,
    period: r.period,
    ownerUnit: r.owner_unit,
    text: r.text,
    version: Number(r.version),
    updatedAt: r.updated_at,
    updatedBy: r.updated_by,
  };
}
