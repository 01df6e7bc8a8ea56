import { SECTOR_CODES, type SectorCode } from "../catalogue/index.ts";
import { firstDayOf, lastDayOf, monthBefore } from "./months.ts";
import { closedOn, effectiveStatus, taskDueDate } from "./task-status.ts";
import type { EffectiveTaskStatus, Task, TaskProgress } from "./types.ts";

/** A task as listed: with its due day, status on the listing day and notes. */
export interface TaskView {
  readonly task: Task;
  readonly due: string | null;
  readonly status: EffectiveTaskStatus;
  /** The day it was done or cancelled, when the notes tell. */
  readonly closedOn: string | null;
  /** True when it was done after its due day. */
  readonly late: boolean;
  readonly progress: readonly TaskProgress[];
}

/** Builds the views of tasks on a day, with each task's notes. */
export function viewTasks(
  tasks: readonly Task[],
  progress: readonly TaskProgress[],
  asOf: string,
): TaskView[] {
  const notes = new Map<string, TaskProgress[]>();
  for (const p of progress) notes.set(p.taskId, [...(notes.get(p.taskId) ?? []), p]);
  return tasks.map((task) => {
    const own = (notes.get(task.id) ?? []).toSorted((a, b) => a.seq - b.seq);
    const due = taskDueDate(task);
    const closed = closedOn(task, own);
    return {
      task,
      due,
      status: effectiveStatus(task, asOf, own),
      closedOn: closed,
      late: task.status === "done" && closed !== null && due !== null && closed > due,
      progress: own,
    };
  });
}

/** Which tasks to list: by unit (lead or partner), sector, and the month's checklist. */
export interface TaskFilter {
  readonly unit?: string;
  readonly sector?: string;
  /** Month id: the tasks of that month's checklist (see `inChecklist`). */
  readonly period?: string;
}

/**
 * Whether a task is on the checklist of a month: it was set by the previous month's report
 * (its part II is this month's tasks), or falls due in the month, or fell due earlier and was
 * still open when the month began (carried over until done or cancelled).
 */
export function inChecklist(view: TaskView, period: string): boolean {
  const start = firstDayOf(period);
  if (view.task.reportPeriod === monthBefore(period)) return true;
  if (view.due === null) return false;
  if (view.due >= start) return view.due <= lastDayOf(period);
  const closed = view.task.status === "done" || view.task.status === "cancelled";
  return !closed || (view.closedOn !== null && view.closedOn >= start);
}

/** True when a checklist item comes from an earlier month. */
export function carriedOver(view: TaskView, period: string): boolean {
  return view.due !== null && view.due < firstDayOf(period);
}

/** Tasks matching a filter, in order of report, section, paragraph, sentence, id. */
export function filterTasks(views: readonly TaskView[], filter: TaskFilter): TaskView[] {
  return views
    .filter(
      (v) =>
        (!filter.unit ||
          v.task.leadUnit === filter.unit ||
          v.task.partnerUnits.includes(filter.unit)) &&
        (!filter.sector || v.task.sector === filter.sector) &&
        (!filter.period || inChecklist(v, filter.period)),
    )
    .toSorted(
      (a, b) =>
        (a.task.reportPeriod ?? "").localeCompare(b.task.reportPeriod ?? "") ||
        SECTOR_CODES.indexOf(a.task.sector as SectorCode) -
          SECTOR_CODES.indexOf(b.task.sector as SectorCode) ||
        (a.task.paragraph ?? 0) - (b.task.paragraph ?? 0) ||
        (a.task.sentence ?? 0) - (b.task.sentence ?? 0) ||
        a.task.id.localeCompare(b.task.id),
    );
}

/** How many tasks of a list have each status: what "the report for m+1 can say was done". */
export function countByStatus(views: readonly TaskView[]): Record<EffectiveTaskStatus, number> {
  const counts: Record<EffectiveTaskStatus, number> = {
    new: 0,
    in_progress: 0,
    done: 0,
    overdue: 0,
    cancelled: 0,
  };
  for (const v of views) counts[v.status] += 1;
  return counts;
}
