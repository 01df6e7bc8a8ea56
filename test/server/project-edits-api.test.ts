import { afterAll, beforeAll, expect, it } from "vitest";
import { type ApiCall, api } from "../../src/server/contract/index.ts";
import { describeEachEngine } from "../support/engines.ts";
import { type ApiFixture, failure, openApiFixture } from "./api-fixture.ts";
import { PAID, PLAN, PROJECT } from "./project-rows.ts";

describeEachEngine("HTTP API: projects, capital plans and disbursements from the web", (fresh) => {
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

  async function disbursedInTown(): Promise<number> {
    const rows = await f.engine.query({
      indicators: ["capital_disbursed"],
      units: ["NGA_NAM"],
      periods: ["2023-08"],
      measures: ["value"],
    });
    return rows.find((r) => r.disaggregation === "")?.value?.value ?? 0;
  }

  it("creates a project, its plan and a disbursement; the disbursed share follows", async () => {
    const code = "WEB_DUONG_MP";
    const before = await disbursedInTown();
    const created = await office(api.registers.saveProject, {
      params: { code },
      body: { ...PROJECT, expectedVersion: 0 },
    });
    expect(created.version).toBe(1);
    await office(api.registers.saveCapitalPlan, {
      params: { code },
      body: { ...PLAN, expectedVersion: 0 },
    });
    const paid = await office(api.registers.saveDisbursement, {
      params: { code },
      body: { ...PAID, expectedVersion: 0 },
    });
    expect(paid.version).toBe(1);
    const detail = await office(api.registers.project, { params: { code }, query: period });
    expect(detail.project).toMatchObject({ plan: 1000, disbursed: 250, disbursedPct: 25 });
    expect(detail.disbursements).toEqual([expect.objectContaining({ amount: 250, version: 1 })]);
    // The figure reached the town's values in the same write.
    expect(await disbursedInTown()).toBeCloseTo(before + 250, 6);
    const again = await office(api.registers.saveDisbursement, {
      params: { code },
      body: { ...PAID, amount: 400, expectedVersion: 1 },
    });
    expect(again.version).toBe(2);
    const after = await office(api.registers.project, { params: { code }, query: period });
    expect(after.project.disbursedPct).toBe(40);
    const edited = await office(api.registers.saveProject, {
      params: { code },
      body: { ...PROJECT, nameVi: "Đường ấp Mỹ Phước (giai đoạn 2)", expectedVersion: 1 },
    });
    expect(edited.version).toBe(2);
    const audit = await f.engine.registers.history("projects", code);
    expect(audit.map((a) => [a.action, a.by, a.via])).toEqual([
      ["create", "vanphong", "form"],
      ["update", "vanphong", "form"],
    ]);
  });

  it("refuses a stale form (409), a commune's reporter (403) and invalid rows (400, in Vietnamese)", async () => {
    const code = "WEB_KENH";
    await office(api.registers.saveProject, {
      params: { code },
      body: { ...PROJECT, nameVi: "Nạo vét kênh", expectedVersion: 0 },
    });
    const twice = await failure(
      office(api.registers.saveProject, {
        params: { code },
        body: { ...PROJECT, expectedVersion: 0 },
      }),
    );
    expect(twice.status).toBe(409);
    await office(api.registers.saveDisbursement, {
      params: { code },
      body: { ...PAID, expectedVersion: 0 },
    });
    const stale = await failure(
      office(api.registers.saveDisbursement, {
        params: { code },
        body: { ...PAID, amount: 1, expectedVersion: 0 },
      }),
    );
    expect(stale.status).toBe(409);
    // Each call made only when its turn comes: three calls in flight at once would leave the
    // later refusals unhandled while the first is awaited.
    for (const call of [
      () =>
        commune(api.registers.saveDisbursement, {
          params: { code },
          body: { ...PAID, expectedVersion: 1 },
        }),
      () =>
        commune(api.registers.saveCapitalPlan, {
          params: { code },
          body: { ...PLAN, expectedVersion: 0 },
        }),
      () =>
        commune(api.registers.saveProject, {
          params: { code: "WEB_XA" },
          body: { ...PROJECT, reportingUnit: "XA_TAN_LONG", expectedVersion: 0 },
        }),
    ])
      expect((await failure(call())).status).toBe(403);
    const negative = await failure(
      office(api.registers.saveDisbursement, {
        params: { code },
        body: { ...PAID, period: "2023-07", amount: -5, expectedVersion: 0 },
      }),
    );
    expect(negative.status).toBe(400);
    expect(negative.details.field).toBe("amount");
    expect(negative.message).toContain("Số giải ngân");
    const nameless = await failure(
      office(api.registers.saveProject, {
        params: { code: "WEB_NO_NAME" },
        body: { ...PROJECT, nameVi: "", expectedVersion: 0 },
      }),
    );
    expect(nameless.status).toBe(400);
    expect(nameless.details.field).toBe("nameVi");
    expect(nameless.message).toContain("tên dự án");
    const level = await failure(
      office(api.registers.saveProject, {
        params: { code: "WEB_NO_LEVEL" },
        body: { ...PROJECT, managingLevel: "bo_quan_ly", expectedVersion: 0 },
      }),
    );
    expect(level.status).toBe(400);
    expect(level.message).toContain("Cấp quản lý vốn");
    expect(
      (
        await failure(
          office(api.registers.saveDisbursement, {
            params: { code: "NO_SUCH" },
            body: { ...PAID, expectedVersion: 0 },
          }),
        )
      ).status,
    ).toBe(404);
  });

  it("writes site clearance as of a month, version-checked; a count that is not whole is refused", async () => {
    const code = "WEB_GPMB";
    await office(api.registers.saveProject, {
      params: { code },
      body: { ...PROJECT, nameVi: "Mở rộng chợ", expectedVersion: 0 },
    });
    const row = {
      period: "2023-08",
      date: null,
      householdsTotal: 12,
      householdsPaid: 5,
      householdsHandedOver: 4,
      amountTotal: 3_000_000_000,
      amountPaid: 1_000_000_000,
      note: "",
    };
    const saved = await office(api.registers.saveClearance, {
      params: { code },
      body: { ...row, expectedVersion: 0 },
    });
    expect(saved.version).toBe(1);
    const { items } = await office(api.registers.siteClearance, { query: period });
    expect(items.find((i) => i.projectCode === code)).toMatchObject({
      householdsPaid: 5,
      version: 1,
    });
    const updated = await office(api.registers.saveClearance, {
      params: { code },
      body: { ...row, householdsPaid: 8, expectedVersion: 1 },
    });
    expect(updated.version).toBe(2);
    expect(
      (
        await failure(
          office(api.registers.saveClearance, {
            params: { code },
            body: { ...row, expectedVersion: 1 },
          }),
        )
      ).status,
    ).toBe(409);
    const half = await failure(
      office(api.registers.saveClearance, {
        params: { code },
        body: { ...row, period: "2023-09", householdsPaid: 2.5, expectedVersion: 0 },
      }),
    );
    expect(half.status).toBe(400);
    expect(half.details.field).toBe("householdsPaid");
    expect(
      (
        await failure(
          commune(api.registers.saveClearance, {
            params: { code },
            body: { ...row, expectedVersion: 2 },
          }),
        )
      ).status,
    ).toBe(403);
  });
});
