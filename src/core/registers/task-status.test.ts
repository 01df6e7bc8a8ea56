import { describe, expect, it } from "vitest";
import { effectiveStatus, statusOn, taskDueDate } from "./task-status.ts";
import type { Task, TaskProgress } from "./types.ts";

const task: Task = {
  id: "2023-09-T01",
  textVi: "Xây dựng kế hoạch sản xuất vụ Đông Xuân.",
  sector: "economy",
  reportPeriod: "2023-08",
  section: "II",
  paragraph: 1,
  sentence: 1,
  source: "",
  leadUnit: "NN_KINH_TE",
  partnerUnits: [],
  duePeriod: "2023-09",
  dueDate: null,
  status: "new",
  note: "",
};
const note = (seq: number, date: string, status: TaskProgress["status"]): TaskProgress => ({
  taskId: task.id,
  seq,
  date,
  status,
  note: "",
  by: "clerk",
});

describe("task status", () => {
  it("is due on the last day of its due month, or on its due date", () => {
    expect(taskDueDate(task)).toBe("2023-09-30");
    expect(taskDueDate({ duePeriod: "2024-02", dueDate: null })).toBe("2024-02-29");
    expect(taskDueDate({ duePeriod: "2023-09", dueDate: "2023-09-15" })).toBe("2023-09-15");
    expect(taskDueDate({ duePeriod: null, dueDate: null })).toBeNull();
  });

  it("is overdue from the day after the due day while new or in progress, never stored", () => {
    expect(effectiveStatus(task, "2023-09-30")).toBe("new");
    expect(effectiveStatus(task, "2023-10-01")).toBe("overdue");
    expect(effectiveStatus({ ...task, status: "in_progress" }, "2023-12-31")).toBe("overdue");
    expect(effectiveStatus({ ...task, status: "done" }, "2024-01-01")).toBe("done");
    expect(effectiveStatus({ ...task, status: "cancelled" }, "2024-01-01")).toBe("cancelled");
    expect(effectiveStatus({ ...task, duePeriod: null }, "2030-01-01")).toBe("new");
  });

  it("reads the status of a past day from the dated notes", () => {
    const done = { ...task, status: "done" as const };
    const notes = [note(1, "2023-09-05", "in_progress"), note(2, "2023-10-03", "done")];
    expect(statusOn(done, notes, "2023-09-01")).toBe("new");
    expect(statusOn(done, notes, "2023-09-20")).toBe("in_progress");
    expect(statusOn(done, notes, "2023-10-03")).toBe("done");
    // Done late: overdue in between.
    expect(effectiveStatus(done, "2023-10-02", notes)).toBe("overdue");
    expect(effectiveStatus(done, "2023-10-03", notes)).toBe("done");
    // A note without a status changes nothing.
    expect(statusOn(task, [note(1, "2023-09-05", null)], "2023-09-20")).toBe("new");
  });
});
