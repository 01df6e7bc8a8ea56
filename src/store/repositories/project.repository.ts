import { type Kysely, type Selectable, sql } from "kysely";
import type {
  CapitalPlan,
  Commitment,
  Disbursement,
  ManagingLevel,
  Project,
  ProjectStatus,
} from "../../core/registers/index.ts";
import type {
  CapitalPlanTable,
  CommitmentTable,
  Database,
  DisbursementTable,
  ProjectTable,
} from "../schema.ts";
import {
  joinCodes,
  metaColumns,
  metaFields,
  type RecordRepository,
  splitCodes,
  type Versioned,
} from "./register-audit.repository.ts";

/**
 * `on conflict … do update set col = excluded.col` for every non-key column. Kysely types the set
 * per literal column; the lists here are written out once per table, so the cast is safe.
 */
export function replaceColumns(columns: readonly string[]) {
  return Object.fromEntries(columns.map((c) => [c, sql.ref(`excluded.${c}`)])) as never;
}

const META = ["version", "updated_at", "updated_by"];
const CHUNK = 300;

/** Reads and writes the projects register. */
export class ProjectRepository implements RecordRepository<Project> {
  constructor(private readonly db: Kysely<Database>) {}

  /** Every project, by code. */
  async list(): Promise<Versioned<Project>[]> {
    const rows = await this.db.selectFrom("projects").selectAll().orderBy("code").execute();
    return rows.map(projectOf);
  }

  /** Inserts or replaces projects by code. */
  async upsert(records: readonly Versioned<Project>[]): Promise<void> {
    const columns = [
      "name_vi",
      "managing_level",
      "programme",
      "owner_unit",
      "owner_name",
      "reporting_unit",
      "location_units",
      "start_date",
      "end_date",
      "status",
      "note",
      "synthetic",
      ...META,
    ];
    for (let i = 0; i < records.length; i += CHUNK) {
      const rows = records.slice(i, i + CHUNK).map((p) => ({
        code: p.code,
        name_vi: p.nameVi,
        managing_level: p.managingLevel,
        programme: p.programme,
        owner_unit: p.ownerUnit,
        owner_name: p.ownerName,
        reporting_unit: p.reportingUnit,
        location_units: joinCodes(p.locationUnits),
        start_date: p.startDate,
        end_date: p.endDate,
        status: p.status,
        note: p.note,
        synthetic: p.synthetic ? 1 : 0,
        ...metaColumns(p),
      }));
      await this.db
        .insertInto("projects")
        .values(rows)
        .onConflict((oc) => oc.column("code").doUpdateSet(replaceColumns(columns)))
        .execute();
    }
  }

  /** Removes projects by code. */
  async delete(records: readonly Pick<Project, "code">[]): Promise<void> {
    if (records.length === 0) return;
    await this.db
      .deleteFrom("projects")
      .where(
        "code",
        "in",
        records.map((r) => r.code),
      )
      .execute();
  }
}

function projectOf(r: Selectable<ProjectTable>): Versioned<Project> {
  return {
    code: r.code,
    nameVi: r.name_vi,
    managingLevel: r.managing_level as ManagingLevel,
    programme: r.programme,
    ownerUnit: r.owner_unit,
    ownerName: r.owner_name,
    reportingUnit: r.reporting_unit,
    locationUnits: splitCodes(r.location_units),
    startDate: r.start_date,
    endDate: r.end_date,
    status: r.status as ProjectStatus,
    note: r.note,
    synthetic: r.synthetic === 1,
    ...metaFields(r),
  };
}

/** Reads and writes capital plans. */
export class CapitalPlanRepository implements RecordRepository<CapitalPlan> {
  constructor(private readonly db: Kysely<Database>) {}

  /** Every plan, by project, year and source. */
  async list(): Promise<Versioned<CapitalPlan>[]> {
    const rows = await this.db
      .selectFrom("capital_plans")
      .selectAll()
      .orderBy("project_code")
      .orderBy("year")
      .orderBy("fund_source")
      .execute();
    return rows.map((r: Selectable<CapitalPlanTable>) => ({
      projectCode: r.project_code,
      year: r.year,
      fundSource: r.fund_source,
      programme: r.programme,
      amount: r.amount,
      note: r.note,
      synthetic: r.synthetic === 1,
      ...metaFields(r),
    }));
  }

  /** Inserts or replaces plans by project, year and source. */
  async upsert(records: readonly Versioned<CapitalPlan>[]): Promise<void> {
    const columns = ["programme", "amount", "note", "synthetic", ...META];
    for (let i = 0; i < records.length; i += CHUNK) {
      const rows = records.slice(i, i + CHUNK).map((p) => ({
        project_code: p.projectCode,
        year: p.year,
        fund_source: p.fundSource,
        programme: p.programme,
        amount: p.amount,
        note: p.note,
        synthetic: p.synthetic ? 1 : 0,
        ...metaColumns(p),
      }));
      await this.db
        .insertInto("capital_plans")
        .values(rows)
        .onConflict((oc) =>
          oc.columns(["project_code", "year", "fund_source"]).doUpdateSet(replaceColumns(columns)),
        )
        .execute();
    }
  }

  /** Removes plans by project, year and source. */
  async delete(records: readonly CapitalPlan[]): Promise<void> {
    for (const r of records) {
      await this.db
        .deleteFrom("capital_plans")
        .where("project_code", "=", r.projectCode)
        .where("year", "=", r.year)
        .where("fund_source", "=", r.fundSource)
        .execute();
    }
  }
}

/** Reads and writes disbursement commitments. */
export class CommitmentRepository implements RecordRepository<Commitment> {
  constructor(private readonly db: Kysely<Database>) {}

  /** Every commitment, by scope and due date. */
  async list(): Promise<Versioned<Commitment>[]> {
    const rows = await this.db
      .selectFrom("commitments")
      .selectAll()
      .orderBy("managing_level")
      .orderBy("project_code")
      .orderBy("due_date")
      .execute();
    return rows.map((r: Selectable<CommitmentTable>) => ({
      projectCode: r.project_code,
      managingLevel: r.managing_level === "" ? null : (r.managing_level as ManagingLevel),
      dueDate: r.due_date,
      sharePct: r.share_pct,
      note: r.note,
      ...metaFields(r),
    }));
  }

  /** Inserts or replaces commitments by scope and due date. */
  async upsert(records: readonly Versioned<Commitment>[]): Promise<void> {
    const columns = ["share_pct", "note", ...META];
    for (let i = 0; i < records.length; i += CHUNK) {
      const rows = records.slice(i, i + CHUNK).map((c) => ({
        project_code: c.projectCode,
        managing_level: c.managingLevel ?? "",
        due_date: c.dueDate,
        share_pct: c.sharePct,
        note: c.note,
        ...metaColumns(c),
      }));
      await this.db
        .insertInto("commitments")
        .values(rows)
        .onConflict((oc) =>
          oc
            .columns(["project_code", "managing_level", "due_date"])
            .doUpdateSet(replaceColumns(columns)),
        )
        .execute();
    }
  }

  /** Removes commitments by scope and due date. */
  async delete(records: readonly Commitment[]): Promise<void> {
    for (const r of records) {
      await this.db
        .deleteFrom("commitments")
        .where("project_code", "=", r.projectCode)
        .where("managing_level", "=", r.managingLevel ?? "")
        .where("due_date", "=", r.dueDate)
        .execute();
    }
  }
}

/** Reads and writes disbursements. */
export class DisbursementRepository implements RecordRepository<Disbursement> {
  constructor(private readonly db: Kysely<Database>) {}

  /** Every disbursement, by project, month and source. */
  async list(): Promise<Versioned<Disbursement>[]> {
    const rows = await this.db
      .selectFrom("disbursements")
      .selectAll()
      .orderBy("project_code")
      .orderBy("period")
      .orderBy("fund_source")
      .execute();
    return rows.map((r: Selectable<DisbursementTable>) => ({
      projectCode: r.project_code,
      period: r.period,
      fundSource: r.fund_source,
      date: r.date,
      amount: r.amount,
      status: r.status === "estimate" ? "estimate" : "official",
      note: r.note,
      synthetic: r.synthetic === 1,
      ...metaFields(r),
    }));
  }

  /** Inserts or replaces disbursements by project, month and source. */
  async upsert(records: readonly Versioned<Disbursement>[]): Promise<void> {
    const columns = ["date", "amount", "status", "note", "synthetic", ...META];
    for (let i = 0; i < records.length; i += CHUNK) {
      const rows = records.slice(i, i + CHUNK).map((d) => ({
        project_code: d.projectCode,
        period: d.period,
        fund_source: d.fundSource,
        date: d.date,
        amount: d.amount,
        status: d.status,
        note: d.note,
        synthetic: d.synthetic ? 1 : 0,
        ...metaColumns(d),
      }));
      await this.db
        .insertInto("disbursements")
        .values(rows)
        .onConflict((oc) =>
          oc
            .columns(["project_code", "period", "fund_source"])
            .doUpdateSet(replaceColumns(columns)),
        )
        .execute();
    }
  }

  /** Removes disbursements by project, month and source. */
  async delete(records: readonly Disbursement[]): Promise<void> {
    for (const r of records) {
      await this.db
        .deleteFrom("disbursements")
        .where("project_code", "=", r.projectCode)
        .where("period", "=", r.period)
        .where("fund_source", "=", r.fundSource)
        .execute();
    }
  }
}
