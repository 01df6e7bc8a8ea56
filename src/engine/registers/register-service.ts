import { BaocaoError } from "../../core/errors.ts";
import {
  carriedOver,
  countByStatus,
  type EffectiveTaskStatus,
  filterTasks,
  type RecordRegisterName,
  type RegisterBundle,
  type RegisterFinding,
  type RegisterName,
  registerFindings,
  type Task,
  type TaskFilter,
  type TaskStatus,
  type TaskView,
  taskStatus,
  viewTasks,
} from "../../core/registers/index.ts";
import { isIsoDate } from "../../core/time/index.ts";
import type { ActorAtAnyTime } from "../../core/values/index.ts";
import type { RegisterAuditEntry, Repositories, Versioned } from "../../store/index.ts";
import type { RegisterSummary } from "./apply-registers.ts";
import { loadRegisters, type StoredRegisters } from "./stored-registers.ts";
import { withoutMeta } from "./write-records.ts";

/** Writes a register bundle the way an import does (one transaction, state kept in step). */
export type ApplyRegisters = (
  bundle: RegisterBundle,
  writer: ActorAtAnyTime,
  options: { dryRun?: boolean },
) => Promise<RegisterSummary>;

/** A month's checklist: the tasks to report on, and how many have each status. */
export interface Checklist {
  readonly period: string;
  readonly asOf: string;
  readonly items: readonly (TaskView & { readonly carriedOver: boolean })[];
  readonly counts: Readonly<Record<EffectiveTaskStatus, number>>;
}

/** A change of a task's status and/or a progress note. */
export interface TaskChange {
  readonly status?: TaskStatus;
  readonly note?: string;
  /** The day the progress happened; default today. */
  readonly date?: string;
  /** The version the writer last saw; default the version read now. */
  readonly expectedVersion?: number;
}

/**
 * The registers as the engine offers them: writes (through the import path, so the figures they
 * stand for reach the engine in the same transaction), listings with computed task status,
 * month checklists, findings and change history.
 */
export class RegisterService {
  constructor(
    private readonly repos: Repositories,
    private readonly apply: ApplyRegisters,
    private readonly clock: () => string,
  ) {}

  /** Writes register rows, all or nothing; with `dryRun` checks and counts, then rolls back. */
  write(
    bundle: RegisterBundle,
    writer: ActorAtAnyTime,
    options: { dryRun?: boolean } = {},
  ): Promise<RegisterSummary> {
    return this.apply(bundle, writer, options);
  }

  /** Every register as stored, with versions (for export and editing forms). */
  stored(): Promise<StoredRegisters> {
    return loadRegisters(this.repos);
  }

  /** Questionable data in the project registers: kept as entered, listed for review. */
  async findings(): Promise<RegisterFinding[]> {
    return registerFindings(await this.stored());
  }

  /** Tasks with their status on `asOf` (default today), filtered by unit, sector or month. */
  async tasks(filter: TaskFilter & { readonly asOf?: string } = {}): Promise<TaskView[]> {
    checkListing(filter);
    const { tasks, taskProgress } = await this.stored();
    return filterTasks(viewTasks(tasks, taskProgress, filter.asOf ?? this.today()), filter);
  }

  /**
   * The checklist of a month: the tasks the previous month's report set (its part II), those
   * due in the month, and older ones still open — with their status on `asOf` and the counts
   * the month's report states ("đã hoàn thành 15/22 nhiệm vụ").
   */
  async checklist(
    period: string,
    options: { readonly asOf?: string; readonly unit?: string; readonly sector?: string } = {},
  ): Promise<Checklist> {
    const asOf = options.asOf ?? this.today();
    const views = await this.tasks({ ...options, period, asOf });
    const items = views.map((v) => ({ ...v, carriedOver: carriedOver(v, period) }));
    return { period, asOf, items, counts: countByStatus(items) };
  }

  /**
   * Sets a task's status and/or adds a progress note, version-checked: a task changed by someone
   * else since `expectedVersion` is refused with `register.conflict` and the newer task.
   */
  async changeTask(
    id: string,
    change: TaskChange,
    writer: ActorAtAnyTime,
  ): Promise<{ task: Versioned<Task>; summary: RegisterSummary }> {
    if (change.status !== undefined)
      taskStatus(change.status, (code, message) => {
        throw new BaocaoError(code, message, { field: "status", value: change.status });
      });
    const repository = this.repos.registers.tasks;
    const task = await repository.get(id);
    if (!task)
      throw new BaocaoError("register.unknown_task", `Không có nhiệm vụ mã "${id}".`, { id });
    const status = change.status ?? task.status;
    const summary = await this.write(
      {
        tasks: [
          { ...withoutMeta(task), status, expectedVersion: change.expectedVersion ?? task.version },
        ],
        taskProgress:
          change.status !== undefined || change.note
            ? [
                {
                  taskId: id,
                  date: change.date ?? this.today(),
                  status: change.status ?? null,
                  note: change.note ?? "",
                  by: writer.by,
                },
              ]
            : [],
      },
      writer,
    );
    return { task: (await repository.get(id)) as Versioned<Task>, summary };
  }

  /** The key of every record of a register ever written, deleted ones too (ids not to reuse). */
  async keysEverWritten(register: RecordRegisterName): Promise<Set<string>> {
    return new Set((await this.repos.registerAudit.latestVersions(register)).keys());
  }

  /** Every change of one register record, oldest first. */
  history(register: RegisterName, key: string): Promise<RegisterAuditEntry[]> {
    return this.repos.registerAudit.history(register, key);
  }

  private today(): string {
    return this.clock().slice(0, 10);
  }
}

/** Refuses a listing day or month that is not one, rather than comparing nonsense. */
function checkListing(filter: { readonly asOf?: string; readonly period?: string }): void {
  if (filter.asOf !== undefined && !isIsoDate(filter.asOf))
    throw new BaocaoError(
      "register.invalid_date",
      `Ngày "${filter.asOf}" không hợp lệ: cần dạng 2023-09-30.`,
      { field: "asOf", value: filter.asOf },
    );
  if (filter.period !== undefined && !/^\d{4}-(0[1-9]|1[0-2])$/.test(filter.period))
    throw new BaocaoError(
      "register.invalid_period",
      `Tháng "${filter.period}" không hợp lệ: cần dạng 2023-09.`,
      { field: "period", value: filter.period },
    );
}
