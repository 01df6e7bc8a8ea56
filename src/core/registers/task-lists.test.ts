import { describe, expect, it } from "vitest";
import { carriedOver, countByStatus, filterTasks, inChecklist, viewTasks } from "./task-lists.ts";
import type { Task, TaskProgress } from "./types.ts";

const task = (id: string, over: Partial<Task> = {}): Task => ({
  id,
  textVi: id,
  sector: "economy",
  reportPeriod: "2023-08",
  section: "II",
  paragraph: 1,
  sentence: 1,
  source: "",
  leadUnit: "NN_KINH_TE",
  partnerUnits: ["PHUONG_1"],
  duePeriod: "2023-09",
  dueDate: null,
  status: "new",
  note: "",
  ...over,
});
const done = (taskId: string, date: string): TaskProgress => ({
  taskId,
  seq: 1,
  date,
  status: "done",
  note: "",
  by: "x",
});

describe("task lists", () => {
  const tasks = [
    task("A"),
    task("B", { status: "done" }),
    task("C", { status: "done" }),
    task("D", {
      reportPeriod: null,
      duePeriod: null,
      dueDate: "2023-10-10",
      source: "Quyết định 12/QĐ-UBND",
    }),
    task("E", { reportPeriod: "2023-09", duePeriod: "2023-10" }),
  ];
  const views = viewTasks(tasks, [done("B", "2023-09-20"), done("C", "2023-10-02")], "2023-10-05");

  it("puts on a month's checklist what last month set, what falls due, and what is still open", () => {
    const october = views.filter((v) => inChecklist(v, "2023-10")).map((v) => v.task.id);
    // A is still open (overdue), C was done only in October, D falls due, E was set by September.
    expect(october).toEqual(["A", "C", "D", "E"]);
    expect(views.filter((v) => carriedOver(v, "2023-10")).map((v) => v.task.id)).toEqual([
      "A",
      "B",
      "C",
    ]);
    const september = views.filter((v) => inChecklist(v, "2023-09"));
    expect(countByStatus(september)).toEqual({
      new: 0,
      in_progress: 0,
      done: 2,
      overdue: 1,
      cancelled: 0,
    });
  });

  it("filters by lead or partner unit and sector, in report order", () => {
    expect(
      filterTasks(views, { unit: "PHUONG_1", period: "2023-10" }).map((v) => v.task.id),
    ).toEqual(["D", "A", "C", "E"]);
    expect(filterTasks(views, { sector: "culture_society" })).toEqual([]);
  });
});
