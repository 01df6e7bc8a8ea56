import type { Kysely, Selectable } from "kysely";
import type { SectorCode } from "../../core/catalogue/index.ts";
import type { Task, TaskProgress, TaskStatus } from "../../core/registers/index.ts";
import type { Database, TaskTable } from "../schema.ts";
import { replaceColumns } from "./project.repository.ts";
import {
  joinCodes,
  metaColumns,
  metaFields,
  type RecordRepository,
  splitCodes,
  type Versioned,
} from "./register-audit.repository.ts";

/** Reads and writes the tasks register. */
export class TaskRepository implements RecordRepository<Task> {
  constructor(private readonly db: Kysely<Database>) {}

  /** Every task, by id. */
  async list(): Promise<Versioned<Task>[]> {
    const rows = await this.db.selectFrom("tasks").selectAll().orderBy("id").execute();
    return rows.map(taskOf);
  }

  /** One task, or undefined. */
  async get(id: string): Promise<Versioned<Task> | undefined> {
    const row = await this.db
      .selectFrom("tasks")
      .selectAll()
      .where("id", "=", id)
      .executeTakeFirst();
    return row && taskOf(row);
  }

  /** Inserts or replaces tasks by id. */
  async upsert(records: readonly Versioned<Task>[], chunkSize = 300): Promise<void> {
    const columns = [
      "text_vi",
      "sector",
      "report_period",
      "section",
      "paragraph",
      "sentence",
      "source",
      "lead_unit",
      "partner_units",
      "due_period",
      "due_date",
      "status",
      "note",
      "version",
      "updated_at",
      "updated_by",
    ];
    for (let i = 0; i < records.length; i += chunkSize) {
      const rows = records.slice(i, i + chunkSize).map((t) => ({
        id: t.id,
        text_vi: t.textVi,
        sector: t.sector,
        report_period: t.reportPeriod,
        section: t.section,
        paragraph: t.paragraph,
        sentence: t.sentence,
        source: t.source,
        lead_unit: t.leadUnit,
        partner_units: joinCodes(t.partnerUnits),
        due_period: t.duePeriod,
        due_date: t.dueDate,
        status: t.status,
        note: t.note,
        ...metaColumns(t),
      }));
      await this.db
        .insertInto("tasks")
        .values(rows)
        .onConflict((oc) => oc.column("id").doUpdateSet(replaceColumns(columns)))
        .execute();
    }
  }

  /** Removes tasks (and their notes) by id. */
  async delete(records: readonly Pick<Task, "id">[]): Promise<void> {
    if (records.length === 0) return;
    const ids = records.map((r) => r.id);
    await this.db.deleteFrom("task_progress").where("task_id", "in", ids).execute();
    await this.db.deleteFrom("tasks").where("id", "in", ids).execute();
  }
}

function taskOf(r: Selectable<TaskTable>): Versioned<Task> {
  return {
    id: r.id,
    textVi: r.text_vi,
    sector: r.sector as SectorCode,
    reportPeriod: r.report_period,
    section: r.section,
    paragraph: r.paragraph,
    sentence: r.sentence,
    source: r.source,
    leadUnit: r.lead_unit,
    partnerUnits: splitCodes(r.partner_units),
    duePeriod: r.due_period,
    dueDate: r.due_date,
    status: r.status as TaskStatus,
    note: r.note,
    ...metaFields(r),
  };
}

/** Appends and reads the dated progress notes of tasks. */
export class TaskProgressRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** Every note (or one task's), by task and order of entry. */
  async list(taskId?: string): Promise<TaskProgress[]> {
    let query = this.db.selectFrom("task_progress").selectAll();
    if (taskId !== undefined) query = query.where("task_id", "=", taskId);
    const rows = await query.orderBy("task_id").orderBy("seq").execute();
    return rows.map((r) => ({
      taskId: r.task_id,
      seq: r.seq,
      date: r.date,
      status: r.status as TaskStatus | null,
      note: r.note,
      by: r.by,
    }));
  }

  /** Adds notes; (task, seq) is the primary key, so a note numbered twice fails. */
  async append(notes: readonly TaskProgress[], at: string): Promise<void> {
    if (notes.length === 0) return;
    await this.db
      .insertInto("task_progress")
      .values(
        notes.map((n) => ({
          task_id: n.taskId,
          seq: n.seq,
          date: n.date,
          status: n.status,
          note: n.note,
          by: n.by,
          at,
        })),
      )
      .execute();
  }
}
