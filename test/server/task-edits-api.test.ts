import { afterAll, beforeAll, expect, it } from "vitest";
import { type ApiCall, api } from "../../src/server/contract/index.ts";
import { describeEachEngine } from "../support/engines.ts";
import { type ApiFixture, failure, openApiFixture } from "./api-fixture.ts";

const FIELDS = {
  textVi: "Rà soát hộ nghèo cuối năm",
  sector: "culture_society",
  leadUnit: "NN_LDTBXH",
  partnerUnits: ["PHUONG_1"],
  dueDate: "2023-10-31",
  reportPeriod: "2023-09",
  source: "Kết luận phiên họp UBND",
  note: "",
};

describeEachEngine("HTTP API: giving and editing tasks", (fresh) => {
  let f: ApiFixture;
  let office: ApiCall;
  let ward: ApiCall;
  let commune: ApiCall;

  beforeAll(async () => {
    f = await openApiFixture(fresh);
    office = await f.signIn("vanphong");
    ward = await f.signIn("phuong1");
    commune = await f.signIn("xa1");
  }, 120_000);
  afterAll(() => f.close());

  it("gives a task with a partner ward; the ward sees it, a commune does not", async () => {
    const lead = f.engine.units.units.find((u) => u.code === FIELDS.leadUnit);
    expect(lead, "the reference dataset has the labour office").toBeDefined();
    const task = await office(api.registers.createTask, { body: FIELDS });
    expect(task).toMatchObject({
      id: "2023-09-W01",
      textVi: FIELDS.textVi,
      partnerUnits: ["PHUONG_1"],
      due: "2023-10-31",
      storedStatus: "new",
      version: 1,
    });
    const wardList = await ward(api.registers.tasks, { query: {} });
    expect(wardList.tasks.map((t) => t.id)).toContain(task.id);
    expect((await ward(api.registers.task, { params: { id: task.id } })).id).toBe(task.id);
    const communeList = await commune(api.registers.tasks, { query: {} });
    expect(communeList.tasks.map((t) => t.id)).not.toContain(task.id);
    expect((await failure(commune(api.registers.task, { params: { id: task.id } }))).status).toBe(
      403,
    );
    const audit = await f.engine.registers.history("tasks", task.id);
    expect(audit.map((a) => [a.action, a.by, a.via])).toEqual([["create", "vanphong", "form"]]);
  });

  it("edits a task, version-checked: a stale form is refused (409)", async () => {
    const task = await office(api.registers.createTask, {
      body: { ...FIELDS, textVi: "Nhiệm vụ để sửa" },
    });
    const edited = await office(api.registers.editTask, {
      params: { id: task.id },
      body: {
        ...FIELDS,
        textVi: "Nhiệm vụ đã sửa",
        partnerUnits: ["PHUONG_1", "XA_TAN_LONG"],
        dueDate: null,
        expectedVersion: task.version,
      },
    });
    expect(edited).toMatchObject({ textVi: "Nhiệm vụ đã sửa", version: 2 });
    // With no due day the task is due by the end of the month after the report's month.
    expect(edited.due).toBe("2023-10-31");
    expect((await commune(api.registers.tasks, { query: {} })).tasks.map((t) => t.id)).toContain(
      task.id,
    );
    const stale = await failure(
      office(api.registers.editTask, {
        params: { id: task.id },
        body: { ...FIELDS, expectedVersion: task.version },
      }),
    );
    expect(stale.status).toBe(409);
    expect(stale.message).toMatch(/người khác|phiên bản/i);
    const audit = await f.engine.registers.history("tasks", task.id);
    expect(audit.map((a) => a.action)).toEqual(["create", "update"]);
  });

  it("refuses a reporter of a commune (403) and an invalid row (400, the field in Vietnamese)", async () => {
    expect(
      (
        await failure(
          commune(api.registers.createTask, { body: { ...FIELDS, leadUnit: "XA_TAN_LONG" } }),
        )
      ).status,
    ).toBe(403);
    const [someTask] = await f.engine.registers.tasks();
    if (!someTask) throw new Error("the reference dataset has no task");
    expect(
      (
        await failure(
          ward(api.registers.editTask, {
            params: { id: someTask.task.id },
            body: { ...FIELDS, expectedVersion: 1 },
          }),
        )
      ).status,
    ).toBe(403);
    const empty = await failure(
      office(api.registers.createTask, { body: { ...FIELDS, textVi: " " } }),
    );
    expect(empty.status).toBe(400);
    expect(empty.details.field).toBe("textVi");
    expect(empty.message).toContain("nội dung nhiệm vụ");
    const sector = await failure(
      office(api.registers.createTask, { body: { ...FIELDS, sector: "weather" } }),
    );
    expect(sector.status).toBe(400);
    expect(sector.message).toContain("Lĩnh vực");
    const unknown = await failure(
      office(api.registers.createTask, { body: { ...FIELDS, partnerUnits: ["NO_SUCH"] } }),
    );
    expect(unknown.message).toContain("NO_SUCH");
  });
});
