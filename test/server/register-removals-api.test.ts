import { afterAll, beforeAll, expect, it } from "vitest";
import { type ApiCall, api } from "../../src/server/contract/index.ts";
import { describeEachEngine } from "../support/engines.ts";
import { type ApiFixture, failure, openApiFixture } from "./api-fixture.ts";
import { PAID, PLAN, PROJECT } from "./project-rows.ts";

const NEW_PAID = { ...PAID, expectedVersion: 0 };
const CLEARANCE = {
  period: "2023-08",
  date: null,
  householdsTotal: 10,
  householdsPaid: 4,
  householdsHandedOver: null,
  amountTotal: null,
  amountPaid: null,
  note: "",
};

const TASK = {
  sector: "economy",
  leadUnit: "NGA_NAM",
  partnerUnits: [],
  dueDate: "2023-10-31",
  reportPeriod: "2023-09",
  source: "",
  note: "",
};

/** The HTTP status of a call that must be refused. */
async function refused(promise: Promise<unknown>): Promise<number> {
  return (await failure(promise)).status;
}

describeEachEngine("HTTP API: deleting register rows and editing commitments", (fresh) => {
  let f: ApiFixture;
  let office: ApiCall;
  let commune: ApiCall;
  const period = { period: "2023-08" };

  beforeAll(async () => {
    f = await openApiFixture(fresh);
    office = await f.signIn("vanphong");
    commune = await f.signIn("xa1");
  }, 120_000);
  afterAll(() => f.close());

  async function townFigure(indicator: string): Promise<number> {
    const rows = await f.engine.query({
      indicators: [indicator],
      units: ["NGA_NAM"],
      periods: ["2023-08"],
      measures: ["value"],
    });
    return rows.find((r) => r.disaggregation === "")?.value?.value ?? 0;
  }

  async function newProject(code: string) {
    await office(api.registers.saveProject, {
      params: { code },
      body: { ...PROJECT, expectedVersion: 0 },
    });
    await office(api.registers.saveCapitalPlan, {
      params: { code },
      body: { ...PLAN, expectedVersion: 0 },
    });
  }

  it("deletes a disbursement: the share and the town's figure drop; stale 409, commune 403, unknown 404", async () => {
    const code = "WEB_XOA_GN";
    await newProject(code);
    await office(api.registers.saveDisbursement, {
      params: { code },
      body: { ...NEW_PAID, period: "2023-07", amount: 100 },
    });
    await office(api.registers.saveDisbursement, {
      params: { code },
      body: { ...NEW_PAID, period: "2023-08", amount: 300 },
    });
    const before = await office(api.registers.project, { params: { code }, query: period });
    expect(before.project.disbursedPct).toBe(40);
    const townBefore = await townFigure("capital_disbursed");

    const key = { period: "2023-08", fundSource: "huyen_quan_ly" };
    expect(
      await refused(
        commune(api.registers.removeDisbursement, {
          params: { code },
          body: { ...key, expectedVersion: 1 },
        }),
      ),
    ).toBe(403);
    const stale = await failure(
      office(api.registers.removeDisbursement, {
        params: { code },
        body: { ...key, expectedVersion: 0 },
      }),
    );
    expect(stale.status).toBe(409);
    expect(stale.code).toBe("register.conflict");

    await office(api.registers.removeDisbursement, {
      params: { code },
      body: { ...key, expectedVersion: 1 },
    });
    const after = await office(api.registers.project, { params: { code }, query: period });
    expect(after.project.disbursedPct).toBe(10);
    expect(after.disbursements.map((d) => d.period)).toEqual(["2023-07"]);
    // The month's figure the row produced went with it, in the same write.
    expect(await townFigure("capital_disbursed")).toBeCloseTo(townBefore - 300, 6);
    const audit = await f.engine.registers.history(
      "disbursements",
      `${code}|2023-08|huyen_quan_ly`,
    );
    expect(audit.map((a) => [a.action, a.by, a.via])).toEqual([
      ["create", "vanphong", "form"],
      ["delete", "vanphong", "form"],
    ]);

    // Deleted meanwhile by someone else: the version read is stale.
    const gone = await failure(
      office(api.registers.removeDisbursement, {
        params: { code },
        body: { ...key, expectedVersion: 1 },
      }),
    );
    expect(gone.status).toBe(409);
    // Entered again as new (version 0: not stored now), it is a create numbered on from its history.
    const again = await office(api.registers.saveDisbursement, {
      params: { code },
      body: { ...NEW_PAID, period: "2023-08", amount: 30 },
    });
    expect(again.version).toBe(3);
    await office(api.registers.removeDisbursement, {
      params: { code },
      body: { ...key, expectedVersion: 3 },
    });
    const unknown = await failure(
      office(api.registers.removeDisbursement, {
        params: { code },
        body: { period: "2023-05", fundSource: "huyen_quan_ly", expectedVersion: 1 },
      }),
    );
    expect(unknown.status).toBe(404);
    expect(unknown.message).toContain("Không có dòng giải ngân");
    expect(
      await refused(
        office(api.registers.removeDisbursement, {
          params: { code: "NO_SUCH" },
          body: { ...key, expectedVersion: 1 },
        }),
      ),
    ).toBe(404);
  });

  it("refuses deleting a project that keeps rows, naming them in Vietnamese; deletes it once empty", async () => {
    const code = "WEB_XOA_DA";
    await newProject(code);
    await office(api.registers.saveDisbursement, {
      params: { code },
      body: { ...NEW_PAID, period: "2023-08", amount: 50 },
    });
    expect(
      await refused(
        commune(api.registers.removeProject, { params: { code }, body: { expectedVersion: 1 } }),
      ),
    ).toBe(403);
    const kept = await failure(
      office(api.registers.removeProject, { params: { code }, body: { expectedVersion: 1 } }),
    );
    expect(kept.status).toBe(400);
    expect(kept.code).toBe("register.in_use");
    expect(kept.message).toContain("1 dòng kế hoạch vốn, 1 dòng giải ngân");

    await office(api.registers.removeDisbursement, {
      params: { code },
      body: { period: "2023-08", fundSource: "huyen_quan_ly", expectedVersion: 1 },
    });
    const plan = await failure(
      office(api.registers.removeCapitalPlan, {
        params: { code },
        body: { year: 2023, fundSource: "huyen_quan_ly", expectedVersion: 2 },
      }),
    );
    expect(plan.status).toBe(409);
    await office(api.registers.removeCapitalPlan, {
      params: { code },
      body: { year: 2023, fundSource: "huyen_quan_ly", expectedVersion: 1 },
    });
    expect(
      await refused(
        office(api.registers.removeProject, { params: { code }, body: { expectedVersion: 2 } }),
      ),
    ).toBe(409);
    await office(api.registers.removeProject, { params: { code }, body: { expectedVersion: 1 } });
    expect(await refused(office(api.registers.project, { params: { code }, query: period }))).toBe(
      404,
    );
  });

  it("deletes a site clearance month, version-checked", async () => {
    const code = "WEB_XOA_GPMB";
    await newProject(code);
    await office(api.registers.saveClearance, {
      params: { code },
      body: { ...CLEARANCE, expectedVersion: 0 },
    });
    const body = { period: "2023-08", expectedVersion: 1 };
    expect(await refused(commune(api.registers.removeClearance, { params: { code }, body }))).toBe(
      403,
    );
    expect(
      await refused(
        office(api.registers.removeClearance, {
          params: { code },
          body: { ...body, expectedVersion: 3 },
        }),
      ),
    ).toBe(409);
    await office(api.registers.removeClearance, { params: { code }, body });
    const { items } = await office(api.registers.siteClearance, { query: period });
    expect(items.find((i) => i.projectCode === code)).toBeUndefined();
    expect(
      await refused(
        office(api.registers.removeClearance, {
          params: { code },
          body: { period: "2023-01", expectedVersion: 1 },
        }),
      ),
    ).toBe(404);
  });

  it("adds, edits and deletes a project's commitment; the committed figure follows", async () => {
    const code = "WEB_CAM_KET";
    await newProject(code);
    const committedBefore = await townFigure("capital_committed");
    const saved = await office(api.registers.saveCommitment, {
      params: { code },
      body: { dueDate: "2023-09-30", sharePct: 34, note: "Cam kết quý III", expectedVersion: 0 },
    });
    expect(saved.version).toBe(1);
    const listed = await office(api.registers.project, { params: { code }, query: period });
    expect(listed.commitments).toEqual([
      {
        projectCode: code,
        managingLevel: null,
        dueDate: "2023-09-30",
        sharePct: 34,
        note: "Cam kết quý III",
        version: 1,
        editable: true,
      },
    ]);
    // 34% of the project's 1 000 triệu đồng plan is now committed for the month.
    expect(await townFigure("capital_committed")).toBeCloseTo(committedBefore + 340, 6);
    const edited = await office(api.registers.saveCommitment, {
      params: { code },
      body: { dueDate: "2023-09-30", sharePct: 50, note: "", expectedVersion: 1 },
    });
    expect(edited.version).toBe(2);
    expect(await townFigure("capital_committed")).toBeCloseTo(committedBefore + 500, 6);
    const stale = await failure(
      office(api.registers.saveCommitment, {
        params: { code },
        body: { dueDate: "2023-09-30", sharePct: 60, note: "", expectedVersion: 1 },
      }),
    );
    expect(stale.status).toBe(409);
    const above = await failure(
      office(api.registers.saveCommitment, {
        params: { code },
        body: { dueDate: "2023-12-31", sharePct: 120, note: "", expectedVersion: 0 },
      }),
    );
    expect(above.status).toBe(400);
    expect(above.message).toContain("vượt quá 100%");
    for (const call of [
      () =>
        commune(api.registers.saveCommitment, {
          params: { code },
          body: { dueDate: "2023-12-31", sharePct: 10, note: "", expectedVersion: 0 },
        }),
      () =>
        commune(api.registers.removeCommitment, {
          params: { code },
          body: { dueDate: "2023-09-30", expectedVersion: 2 },
        }),
    ])
      expect(await refused(call())).toBe(403);
    await office(api.registers.removeCommitment, {
      params: { code },
      body: { dueDate: "2023-09-30", expectedVersion: 2 },
    });
    const after = await office(api.registers.project, { params: { code }, query: period });
    expect(after.commitments).toEqual([]);
    expect(await townFigure("capital_committed")).toBeCloseTo(committedBefore, 6);
    expect(
      await refused(
        office(api.registers.removeCommitment, {
          params: { code },
          body: { dueDate: "2023-06-30", expectedVersion: 1 },
        }),
      ),
    ).toBe(404);
  });

  it("lets the town's office set a managing level's commitment, not a commune's reporter", async () => {
    const code = "WEB_CAM_KET_CAP";
    await newProject(code);
    const body = { dueDate: "2023-12-31", sharePct: 95, note: "", expectedVersion: 0 };
    expect(
      await refused(
        commune(api.registers.saveLevelCommitment, { params: { level: "huyen_quan_ly" }, body }),
      ),
    ).toBe(403);
    const saved = await office(api.registers.saveLevelCommitment, {
      params: { level: "huyen_quan_ly" },
      body,
    });
    expect(saved.version).toBe(1);
    const detail = await office(api.registers.project, { params: { code }, query: period });
    expect(detail.commitments).toEqual([
      expect.objectContaining({
        projectCode: "",
        managingLevel: "huyen_quan_ly",
        sharePct: 95,
        editable: true,
      }),
    ]);
    const unknownLevel = await failure(
      office(api.registers.saveLevelCommitment, {
        params: { level: "bo_quan_ly" as "huyen_quan_ly" },
        body,
      }),
    );
    expect(unknownLevel.status).toBe(400);
    expect(
      await refused(
        office(api.registers.removeLevelCommitment, {
          params: { level: "huyen_quan_ly" },
          body: { dueDate: "2023-12-31", expectedVersion: 0 },
        }),
      ),
    ).toBe(409);
    await office(api.registers.removeLevelCommitment, {
      params: { level: "huyen_quan_ly" },
      body: { dueDate: "2023-12-31", expectedVersion: 1 },
    });
    const after = await office(api.registers.project, { params: { code }, query: period });
    expect(after.commitments).toEqual([]);
  });

  it("deletes a task with its progress notes, for those who may edit it", async () => {
    const task = await office(api.registers.createTask, {
      body: { ...TASK, textVi: "Kiểm tra công trình giao nhầm" },
    });
    const noted = await office(api.registers.changeTask, {
      params: { id: task.id },
      body: { status: "in_progress", note: "Đang kiểm tra", expectedVersion: task.version },
    });
    expect(
      await refused(
        commune(api.registers.removeTask, {
          params: { id: task.id },
          body: { expectedVersion: noted.version },
        }),
      ),
    ).toBe(403);
    expect(
      await refused(
        office(api.registers.removeTask, {
          params: { id: task.id },
          body: { expectedVersion: task.version },
        }),
      ),
    ).toBe(409);
    await office(api.registers.removeTask, {
      params: { id: task.id },
      body: { expectedVersion: noted.version },
    });
    expect(await refused(office(api.registers.task, { params: { id: task.id } }))).toBe(404);
    // The next task given that month does not take the deleted one's id (and history).
    const next = await office(api.registers.createTask, {
      body: { ...TASK, textVi: "Kiểm tra công trình (giao lại)" },
    });
    expect(next.id).not.toBe(task.id);
    expect(next.version).toBe(1);
    expect(
      await refused(
        office(api.registers.removeTask, {
          params: { id: "2000-01-W99" },
          body: { expectedVersion: 1 },
        }),
      ),
    ).toBe(404);
  });
});
