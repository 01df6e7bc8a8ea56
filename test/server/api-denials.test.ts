import { afterAll, beforeAll, expect, it } from "vitest";
import { type ApiCall, ApiError, api, type RouteDef } from "../../src/server/contract/index.ts";
import { describeEachEngine } from "../support/engines.ts";
import { type ApiFixture, openApiFixture } from "./api-fixture.ts";

const TOWN = { unit: "NGA_NAM", period: "2023-08" };

const TASK_FIELDS = {
  textVi: "x",
  sector: "economy",
  leadUnit: "NGA_NAM",
  partnerUnits: [],
  dueDate: null,
  reportPeriod: null,
  source: "",
  note: "",
};

/** A well-formed input for every route, so that only the permission decides. */
const SAMPLES = new Map<RouteDef, unknown>([
  [api.auth.logout, {}],
  [api.auth.me, {}],
  [api.auth.changePassword, { body: { currentPassword: "cu-12345", newPassword: "moi-12345" } }],
  [api.users.list, {}],
  [api.users.create, { body: { username: "moi", displayName: "", grants: [] } }],
  [api.users.setDisabled, { params: { username: "xem" }, body: { version: 1, disabled: true } }],
  [api.users.resetPassword, { params: { username: "xem" }, body: { version: 1 } }],
  [api.users.setEmail, { params: { username: "xem" }, body: { version: 1, email: null } }],
  [
    api.users.grant,
    {
      params: { username: "xem" },
      body: { version: 1, grant: { role: "viewer", unit: "PHUONG_1" } },
    },
  ],
  [
    api.users.revoke,
    {
      params: { username: "xem" },
      body: { version: 1, grant: { role: "viewer", unit: "NGA_NAM" } },
    },
  ],
  [api.users.history, { params: { username: "xem" } }],
  [api.catalogue.catalogue, {}],
  [api.catalogue.units, { query: {} }],
  [api.catalogue.unitHistory, { params: { code: "PHUONG_1" } }],
  [api.dashboard.dashboard, { query: TOWN }],
  [api.dashboard.series, { query: { ...TOWN, indicator: "rice_output" } }],
  [api.values.entry, { query: TOWN }],
  [
    api.values.save,
    { body: { values: [{ ...TOWN, indicator: "jobs_created", value: 1, expectedVersion: 0 }] } },
  ],
  [api.values.history, { query: { ...TOWN, indicator: "jobs_created" } }],
  [api.values.validate, { query: TOWN }],
  [api.reports.list, { query: { unit: "NGA_NAM" } }],
  [api.reports.get, { params: TOWN }],
  [api.reports.preview, { params: TOWN, body: { template: "x" } }],
  [api.reports.saveDraft, { params: TOWN, body: { template: "x", expectedVersion: 1 } }],
  [api.reports.carryForward, { params: TOWN }],
  [api.reports.issue, { params: TOWN, body: {} }],
  [api.reports.download, { params: TOWN, query: { format: "md" } }],
  [api.reports.compare, { params: TOWN, query: { from: 1 } }],
  [api.registers.projects, { query: { period: "2023-08" } }],
  [api.registers.project, { params: { code: "?" }, query: { period: "2023-08" } }],
  [api.registers.siteClearance, { query: { period: "2023-08" } }],
  [api.registers.tasks, { query: {} }],
  [api.registers.task, { params: { id: "?" } }],
  [api.registers.changeTask, { params: { id: "?" }, body: { expectedVersion: 1 } }],
  [api.registers.createTask, { body: TASK_FIELDS }],
  [api.registers.editTask, { params: { id: "?" }, body: { ...TASK_FIELDS, expectedVersion: 1 } }],
  [
    api.registers.saveProject,
    {
      params: { code: "MOI" },
      body: {
        nameVi: "x",
        managingLevel: "huyen_quan_ly",
        programme: "",
        ownerUnit: "NGA_NAM",
        ownerName: "",
        reportingUnit: "NGA_NAM",
        locationUnits: [],
        startDate: null,
        endDate: null,
        status: "in_progress",
        note: "",
        expectedVersion: 0,
      },
    },
  ],
  [
    api.registers.saveCapitalPlan,
    {
      params: { code: "?" },
      body: { year: 2023, fundSource: "", programme: "", amount: 1, note: "", expectedVersion: 0 },
    },
  ],
  [
    api.registers.saveDisbursement,
    {
      params: { code: "?" },
      body: {
        period: "2023-08",
        fundSource: "",
        date: null,
        amount: 1,
        status: "official",
        note: "",
        expectedVersion: 0,
      },
    },
  ],
  [
    api.registers.saveClearance,
    {
      params: { code: "?" },
      body: {
        period: "2023-08",
        date: null,
        householdsTotal: 1,
        householdsPaid: 0,
        householdsHandedOver: null,
        amountTotal: null,
        amountPaid: null,
        note: "",
        expectedVersion: 0,
      },
    },
  ],
  [api.registers.removeProject, { params: { code: "?" }, body: { expectedVersion: 1 } }],
  [
    api.registers.removeCapitalPlan,
    { params: { code: "?" }, body: { year: 2023, fundSource: "", expectedVersion: 1 } },
  ],
  [
    api.registers.removeDisbursement,
    { params: { code: "?" }, body: { period: "2023-08", fundSource: "", expectedVersion: 1 } },
  ],
  [
    api.registers.removeClearance,
    { params: { code: "?" }, body: { period: "2023-08", expectedVersion: 1 } },
  ],
  [
    api.registers.saveCommitment,
    {
      params: { code: "?" },
      body: { dueDate: "2023-09-30", sharePct: 30, note: "", expectedVersion: 0 },
    },
  ],
  [
    api.registers.removeCommitment,
    { params: { code: "?" }, body: { dueDate: "2023-09-30", expectedVersion: 1 } },
  ],
  [
    api.registers.saveLevelCommitment,
    {
      params: { level: "huyen_quan_ly" },
      body: { dueDate: "2023-09-30", sharePct: 30, note: "", expectedVersion: 0 },
    },
  ],
  [
    api.registers.removeLevelCommitment,
    { params: { level: "huyen_quan_ly" }, body: { dueDate: "2023-09-30", expectedVersion: 1 } },
  ],
  [api.registers.removeTask, { params: { id: "?" }, body: { expectedVersion: 1 } }],
  [api.forms.download, { query: { units: TOWN.unit, period: TOWN.period } }],
  [api.forms.upload, { body: { fileName: "bieu.xlsx", content: "UEsDBA==", confirm: false } }],
  [
    api.pastReports.read,
    { body: { ...TOWN, files: [{ fileName: "bao-cao.txt", content: "eA==" }] } },
  ],
  [
    api.pastReports.import,
    {
      body: {
        values: [
          {
            ...TOWN,
            indicator: "jobs_created",
            disaggregation: "",
            value: 1,
            note: "",
            version: 0,
          },
        ],
        confirm: true,
      },
    },
  ],
  [api.submissions.list, { query: { period: TOWN.period } }],
  [api.submissions.history, { query: { to: TOWN.period } }],
  [api.submissions.get, { params: { ...TOWN, regime: "communes_monthly" } }],
  [
    api.submissions.transition,
    {
      params: { ...TOWN, regime: "communes_monthly", transition: "approve" },
      body: { expectedVersion: 0 },
    },
  ],
  [api.sections.listAll, { query: { period: TOWN.period } }],
  [api.sections.list, { params: TOWN }],
  [api.sections.get, { params: { ...TOWN, owner: "NN_TCKH" } }],
  [
    api.sections.save,
    {
      params: { ...TOWN, owner: "NN_TCKH" },
      body: { text: "## 1. Kinh tế {owner=NN_TCKH}", expectedVersion: 0 },
    },
  ],
  [
    api.sections.transition,
    { params: { ...TOWN, owner: "NN_TCKH", transition: "approve" }, body: { expectedVersion: 0 } },
  ],
  [api.reminders.inbox, {}],
  [api.reminders.read, { body: {} }],
  [api.reminders.remind, { body: { ...TOWN, regime: "communes_monthly" } }],
  [
    api.unitsAdmin.change,
    {
      body: {
        dryRun: true,
        change: {
          act: "rename",
          date: "2024-01-01",
          unit: "PHUONG_1",
          nameVi: "Phường Một",
          nameEn: "Ward One",
          versions: {},
        },
      },
    },
  ],
  [api.unitsAdmin.audit, { params: { code: "PHUONG_1" } }],
  [api.targets.kinds, {}],
  [
    api.targets.saveKind,
    {
      params: { code: "du_toan" },
      body: { expected: null, nameVi: "Dự toán", nameEn: "Estimate", phraseVi: "dự toán" },
    },
  ],
  [api.targets.removeKind, { params: { code: "plan" }, body: { expected: "x" } }],
  [api.targets.list, { query: { unit: "NGA_NAM", year: 2023 } }],
  [
    api.targets.save,
    {
      body: {
        unit: "NGA_NAM",
        year: 2023,
        indicator: "jobs_created",
        kind: "plan",
        value: 1,
        expected: null,
      },
    },
  ],
  [
    api.targets.remove,
    {
      body: { unit: "NGA_NAM", year: 2023, indicator: "jobs_created", kind: "plan", expected: "x" },
    },
  ],
  [api.targets.history, { query: { unit: "NGA_NAM", year: 2023 } }],
  [api.targets.template, { query: { unit: "NGA_NAM", year: 2023 } }],
  [
    api.targets.upload,
    { body: { unit: "NGA_NAM", year: 2023, fileName: "chi-tieu.xlsx", content: "UEsDBA==" } },
  ],
  [api.catalogueAdmin.definitions, {}],
  [
    api.catalogueAdmin.change,
    {
      body: {
        change: { kind: "remove_rule", expected: "0000000000000000", code: "khong.co" },
      },
    },
  ],
  [api.catalogueAdmin.checkFormula, { body: { formula: "jobs_created + 1" } }],
  [api.catalogueAdmin.audit, { query: {} }],
]);

async function statusOf(call: ApiCall, route: RouteDef, input: unknown): Promise<number> {
  try {
    await call(route, input as never);
    return 200;
  } catch (error) {
    if (error instanceof ApiError) return error.status;
    throw error;
  }
}

describeEachEngine("HTTP API: every route is closed by default", (fresh) => {
  let f: ApiFixture;
  let ward: ApiCall;
  let commune: ApiCall;

  beforeAll(async () => {
    f = await openApiFixture(fresh);
    ward = await f.signIn("phuong1");
    commune = await f.signIn("xa1");
  }, 120_000);
  afterAll(() => f.close());

  it("has a sample for every route of the contract but sign-in and its page's hint", async () => {
    const routes = Object.values(api).flatMap((group) => Object.values(group));
    const open: RouteDef[] = [api.auth.login, api.auth.signInInfo];
    expect(routes.filter((r) => !open.includes(r) && !SAMPLES.has(r))).toEqual([]);
    expect(await statusOf(f.anonymous(), api.auth.signInInfo, {})).toBe(200);
  });

  it("refuses account administration to everyone without user.manage (403)", async () => {
    const viewer = await f.signIn("xem");
    const office = await f.signIn("vanphong");
    for (const call of [ward, viewer, office])
      for (const route of Object.values(api.users))
        expect(
          await statusOf(call, route, SAMPLES.get(route)),
          `${route.method} ${route.path}`,
        ).toBe(403);
  });

  it("refuses units administration to everyone without definition.manage over the unit (403)", async () => {
    const viewer = await f.signIn("xem");
    const office = await f.signIn("vanphong");
    for (const call of [ward, viewer, office])
      for (const route of Object.values(api.unitsAdmin))
        expect(
          await statusOf(call, route, SAMPLES.get(route)),
          `${route.method} ${route.path}`,
        ).toBe(403);
  });

  it("refuses changing targets and target kinds to everyone but administrators (403)", async () => {
    const viewer = await f.signIn("xem");
    const office = await f.signIn("vanphong");
    const changes = [
      api.targets.saveKind,
      api.targets.removeKind,
      api.targets.save,
      api.targets.remove,
      api.targets.upload,
    ];
    for (const call of [ward, viewer, office])
      for (const route of changes)
        expect(
          await statusOf(call, route, SAMPLES.get(route)),
          `${route.method} ${route.path}`,
        ).toBe(403);
  });

  it("refuses changing the catalogue to everyone but an administrator of the tree (403)", async () => {
    const viewer = await f.signIn("xem");
    const office = await f.signIn("vanphong");
    // The town's administrator too: the catalogue is shared by the whole tree.
    const townAdmin = await f.signIn("admin");
    const managing = [
      api.catalogueAdmin.change,
      api.catalogueAdmin.checkFormula,
      api.catalogueAdmin.audit,
    ];
    for (const call of [ward, viewer, office, townAdmin])
      for (const route of managing)
        expect(
          await statusOf(call, route, SAMPLES.get(route)),
          `${route.method} ${route.path}`,
        ).toBe(403);
  });

  it("refuses every route without a session (401); signing out without one is a no-op", async () => {
    expect(await statusOf(f.anonymous(), api.auth.logout, {})).toBe(200);
    for (const [route, input] of SAMPLES)
      if (route !== api.auth.logout)
        expect(await statusOf(f.anonymous(), route, input), `${route.method} ${route.path}`).toBe(
          401,
        );
  });

  it("refuses a ward's reporter the town's figures, reports and changes (403)", async () => {
    const townOnly = [
      api.dashboard.dashboard,
      api.dashboard.series,
      api.values.entry,
      api.values.save,
      api.values.history,
      api.values.validate,
      api.reports.list,
      api.reports.get,
      api.reports.preview,
      api.reports.saveDraft,
      api.reports.carryForward,
      api.reports.issue,
      api.reports.download,
      api.reports.compare,
      api.forms.download,
      api.pastReports.read,
      api.pastReports.import,
      api.submissions.get,
      api.submissions.transition,
      api.sections.list,
      api.sections.get,
      api.sections.save,
      api.sections.transition,
      api.reminders.remind,
      api.targets.list,
      api.targets.save,
      api.targets.remove,
      api.targets.history,
      api.targets.template,
      api.targets.upload,
      api.registers.createTask,
      api.registers.saveProject,
      // A managing level's commitment moves the town's projects, not only the ward's.
      api.registers.saveLevelCommitment,
      api.registers.removeLevelCommitment,
    ];
    for (const route of townOnly)
      expect(await statusOf(ward, route, SAMPLES.get(route)), `${route.method} ${route.path}`).toBe(
        403,
      );
  });

  it("refuses a commune's reporter a ward's task and the ward's history (403)", async () => {
    // A partner unit sees its task, so the task must not name the commune as partner.
    const tasks = (await f.engine.registers.tasks()).filter(
      (t) => !t.task.partnerUnits.includes("XA_TAN_LONG"),
    );
    const wardTask = tasks.find((t) => t.task.leadUnit === "PHUONG_1");
    const townTask = tasks.find(
      (t) => t.task.leadUnit === "NGA_NAM" || t.task.leadUnit.startsWith("NN_"),
    );
    const task = wardTask ?? townTask;
    if (!task) throw new Error("the reference dataset has no task");
    expect(await statusOf(commune, api.registers.task, { params: { id: task.task.id } })).toBe(403);
    expect(
      await statusOf(commune, api.registers.changeTask, {
        params: { id: task.task.id },
        body: { status: "done", expectedVersion: 1 },
      }),
    ).toBe(403);
    expect(
      await statusOf(commune, api.registers.removeTask, {
        params: { id: task.task.id },
        body: { expectedVersion: 1 },
      }),
    ).toBe(403);
    const history = { query: { unit: "PHUONG_1", period: "2023-08", indicator: "jobs_created" } };
    expect(await statusOf(commune, api.values.history, history)).toBe(403);
    expect(await statusOf(ward, api.values.history, history)).toBe(200);
  });
});
