import { lastDayOf } from "./months.ts";
import type { EffectiveTaskStatus, Task, TaskProgress, TaskStatus } from "./types.ts";

/** The day a task falls due: its due date, else the last day of its due month; null if none. */
export function taskDueDate(task: Pick<Task, "dueDate" | "duePeriod">): string | null {
  return task.dueDate ?? (task.duePeriod ? lastDayOf(task.duePeriod) : null);
}

/** Notes that set a status, oldest first (by date, then by their order of entry). */
function statusNotes(progress: readonly TaskProgress[]): TaskProgress[] {
  return progress
    .filter((p) => p.status !== null)
    .toSorted((a, b) => a.date.localeCompare(b.date) || a.seq - b.seq);
}

/**
 * The status a task had on a day. Its notes tell when it changed; before the first note that set
 * a status it was new; without such notes the stored status is all there is.
 */
export function statusOn(task: Task, progress: readonly TaskProgress[], day: string): TaskStatus {
  const notes = statusNotes(progress);
  if (notes.length === 0) return task.status;
  return notes.filter((n) => n.date <= day).at(-1)?.status ?? "new";
}

/** The day a task was closed (done or cancelled), from its notes; null when open or unknown. */
export function closedOn(task: Task, progress: readonly TaskProgress[]): string | null {
  if (task.status !== "done" && task.status !== "cancelled") return null;
  const last = statusNotes(progress).at(-1);
  return last && last.status === task.status ? last.date : null;
}

/**
 * The status to show on a day: the status of that day, or `overdue` when the task was still new
 * or in progress after its due day. Overdue is never stored: it follows from the date, so a task
 * due in 2023-09 and not done is overdue from 2023-10-01 without anyone setting it.
 */
export function effectiveStatus(
  task: Task,
  asOf: string,
  progress: readonly TaskProgress[] = [],
): EffectiveTaskStatus {
  const status = statusOn(task, progress, asOf);
  const due = taskDueDate(task);
  if ((status === "new" || status === "in_progress") && due !== null && asOf > due)
    return "overdue";
  return status;
}
