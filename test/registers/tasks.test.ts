import { afterEach, beforeEach, expect, it } from "vitest";
import { isBaocaoError } from "../../src/core/errors.ts";
import type { Engine } from "../../src/engine/index.ts";
import type { Store } from "../../src/store/index.ts";
import { describeEachEngine } from "../support/engines.ts";
import { registerEngine } from "./fixture.ts";

const office = { by: "office", via: "form" } as const;

describeEachEngine("registers: tasks, their status and the monthly checklist", (fresh) => {
  let store: Store;
  let engine: Engine;
  beforeEach(async () => {
    store = await fresh();
    engine = await registerEngine(store);
  });
  afterEach(() => store.close());

  const statuses = async (period: string, asOf: string) =>
    (await engine.registers.checklist(period, { asOf })).items.map((i) => [
      i.task.id,
      i.status,
      i.carriedOver,
    ]);

  it("makes the August report's part II September's checklist, with statuses on a day", async () => {
    const september = await engine.registers.checklist("2023-09", { asOf: "2023-09-20" });
    expect(september.items.map((i) => [i.task.id, i.status, i.due])).toEqual([
      ["2023-09-T01", "new", "2023-09-30"],
      ["2023-09-T02", "new", "2023-09-30"],
      ["2023-09-T03", "new", "2023-09-30"],
      ["2023-09-T04", "in_progress", "2023-09-30"],
      ["2023-09-T05", "new", "2023-09-30"],
    ]);
    expect(september.items[3]?.progress.map((p) => [p.date, p.note])).toEqual([
      ["2023-09-05", "Đã kiểm tra 5 công trình"],
    ]);
    // Nothing was set for August by the July report.
    expect(await statuses("2023-08", "2023-08-20")).toEqual([]);
  });

  it("changes a task's status with a dated note, version-checked and audited", async () => {
    const { task } = await engine.registers.changeTask(
      "2023-09-T01",
      { status: "done", note: "Đã ban hành kế hoạch sản xuất vụ Đông Xuân", date: "2023-09-25" },
      office,
    );
    expect(task).toMatchObject({ status: "done", version: 2, updatedBy: "office" });
    const stale = engine.registers.changeTask(
      "2023-09-T01",
      { status: "in_progress", expectedVersion: 1 },
      { by: "commune clerk", via: "form" },
    );
    await expect(stale).rejects.toSatisfy(
      (e) =>
        isBaocaoError(e, "register.conflict") &&
        (e.details.current as { status: string }).status === "done" &&
        /office/.test(e.message),
    );
    const history = await engine.registers.history("tasks", "2023-09-T01");
    expect(
      history.map((h) => [h.version, h.action, (h.newData as { status: string }).status, h.by]),
    ).toEqual([
      [1, "create", "new", "clerk"],
      [2, "update", "done", "office"],
    ]);
    const [view] = await engine.registers.tasks({ asOf: "2023-10-02", unit: "NN_KINH_TE" });
    expect(view).toMatchObject({ status: "done", closedOn: "2023-09-25", late: false });
    await expect(
      engine.registers.changeTask("2023-09-T02", { status: "overdue" as never }, office),
    ).rejects.toMatchObject({ code: "register.computed_status" });
    await expect(
      engine.registers.changeTask("2023-09-T99", { status: "done" }, office),
    ).rejects.toMatchObject({
      code: "register.unknown_task",
    });
  });

  it("makes an open task overdue from the day after its due month, without anyone setting it", async () => {
    await engine.registers.changeTask(
      "2023-09-T01",
      { status: "done", date: "2023-09-25" },
      office,
    );
    expect(await statuses("2023-09", "2023-09-30")).toEqual([
      ["2023-09-T01", "done", false],
      ["2023-09-T02", "new", false],
      ["2023-09-T03", "new", false],
      ["2023-09-T04", "in_progress", false],
      ["2023-09-T05", "new", false],
    ]);
    expect(await statuses("2023-09", "2023-10-01")).toEqual([
      ["2023-09-T01", "done", false],
      ["2023-09-T02", "overdue", false],
      ["2023-09-T03", "overdue", false],
      ["2023-09-T04", "overdue", false],
      ["2023-09-T05", "overdue", false],
    ]);
    // Looking back: on 20 September T01 was not done yet.
    const [t01] = await engine.registers.tasks({ asOf: "2023-09-20", sector: "economy" });
    expect(t01?.status).toBe("new");
    const stored = await engine.registers.stored();
    expect(stored.tasks.every((t) => (t.status as string) !== "overdue")).toBe(true);
  });

  it("carries open tasks to next month's checklist and counts what was done", async () => {
    await engine.registers.changeTask(
      "2023-09-T01",
      { status: "done", date: "2023-09-25" },
      office,
    );
    await engine.registers.changeTask(
      "2023-09-T03",
      { status: "done", date: "2023-10-03" },
      office,
    );
    await engine.registers.changeTask(
      "2023-09-T05",
      { status: "cancelled", date: "2023-09-28" },
      office,
    );
    await engine.registers.write(
      {
        tasks: [
          {
            id: "2023-10-T01",
            reportPeriod: "2023-09",
            sector: "economy",
            paragraph: 1,
            sentence: 1,
            textVi: "Tổ chức sơ kết công tác giải ngân vốn đầu tư công 9 tháng.",
            leadUnit: "NN_TCKH",
            partnerUnits: ["NN_QLDA"],
          },
        ],
      },
      office,
    );
    const october = await engine.registers.checklist("2023-10", { asOf: "2023-10-14" });
    expect(october.items.map((i) => [i.task.id, i.status, i.carriedOver])).toEqual([
      ["2023-09-T02", "overdue", true],
      ["2023-09-T03", "done", true],
      ["2023-09-T04", "overdue", true],
      ["2023-10-T01", "new", false],
    ]);
    expect(october.counts).toEqual({ new: 1, in_progress: 0, done: 1, overdue: 2, cancelled: 0 });
    const late = october.items.find((i) => i.task.id === "2023-09-T03");
    expect(late).toMatchObject({ closedOn: "2023-10-03", late: true });
    // What the September report says was done of the tasks August set.
    const september = await engine.registers.checklist("2023-09", { asOf: "2023-09-30" });
    expect(september.counts).toEqual({ new: 2, in_progress: 1, done: 1, overdue: 0, cancelled: 1 });
  });

  it("lists tasks by unit (lead or partner) and by sector", async () => {
    const ids = async (filter: { unit?: string; sector?: string }) =>
      (await engine.registers.tasks({ ...filter, asOf: "2023-09-20" })).map((v) => v.task.id);
    expect(await ids({ unit: "NN_TCKH" })).toEqual(["2023-09-T03", "2023-09-T04"]);
    expect(await ids({ unit: "XA_TAN_LONG" })).toEqual([
      "2023-09-T01",
      "2023-09-T02",
      "2023-09-T05",
    ]);
    expect(await ids({ sector: "defence_security" })).toEqual(["2023-09-T05"]);
    await expect(engine.registers.tasks({ asOf: "20/9/2023" })).rejects.toMatchObject({
      code: "register.invalid_date",
    });
  });
});
