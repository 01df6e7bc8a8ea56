import { afterAll, beforeAll, expect, it } from "vitest";
import { DEMO_PASSWORD } from "../../src/cli/demo-accounts.ts";
import { type ApiCall, ApiError, api, type UnitActInput } from "../../src/server/contract/index.ts";
import { Accounts } from "../../src/services/accounts/index.ts";
import { describeEachEngine } from "../support/engines.ts";
import { type ApiFixture, openApiFixture } from "./api-fixture.ts";

const basis = "Nghị quyết số 1234/NQ-UBTVQH15";

describeEachEngine("HTTP API: administering units", (fresh) => {
  let f: ApiFixture;
  let admin: ApiCall;
  let cityAdmin: ApiCall;

  beforeAll(async () => {
    f = await openApiFixture(fresh);
    admin = await f.signIn("admin");
    // The wards of 2025 lie under Cần Thơ, outside the demo administrator's town.
    await new Accounts(f.store).ensure({
      username: "quantri_ct",
      displayName: "Quản trị Cần Thơ",
      password: DEMO_PASSWORD,
      grants: [{ role: "admin", unit: "CAN_THO" }],
    });
    cityAdmin = await f.signIn("quantri_ct");
  }, 120_000);
  afterAll(() => f.close());

  const versions = async (call: ApiCall, asOf: string, ...codes: string[]) => {
    const { units } = await call(api.catalogue.units, { query: { asOf } });
    return Object.fromEntries(
      codes.map((c) => [c, units.find((u) => u.code === c)?.version ?? null]),
    );
  };
  const change = (call: ApiCall, act: UnitActInput, dryRun = false) =>
    call(api.unitsAdmin.change, { body: { dryRun, change: act } });
  const failure = async (promise: Promise<unknown>) => {
    try {
      await promise;
    } catch (error) {
      if (error instanceof ApiError) return error;
      throw error;
    }
    throw new Error("expected a refusal");
  };

  it("renames a ward over the version it read, refuses the same version again (409), audits", async () => {
    const seen = await versions(admin, "2024-01-01", "PHUONG_1");
    const rename = (nameVi: string): UnitActInput => ({
      act: "rename",
      date: "2024-01-01",
      basis,
      comment: "Đổi tên theo nghị quyết",
      unit: "PHUONG_1",
      nameVi,
      nameEn: "Ward One",
      versions: seen,
    });
    const preview = await change(admin, rename("Phường Một"), true);
    expect(preview.saved).toBe(false);
    expect(f.engine.units.treeAsOf("2024-01-01").get("PHUONG_1").nameVi).toBe("Phường 1");

    const saved = await change(admin, rename("Phường Một"));
    expect(saved.events).toEqual(["2024-01-01-rename-phuong-1"]);
    const { units } = await admin(api.catalogue.units, { query: { asOf: "2024-01-01" } });
    expect(units.find((u) => u.code === "PHUONG_1")?.nameVi).toBe("Phường Một");

    const stale = await failure(change(admin, { ...rename("Phường I"), date: "2024-02-01" }));
    expect(stale.status).toBe(409);
    expect(stale.code).toBe("definition.conflict");

    const { entries } = await admin(api.unitsAdmin.audit, { params: { code: "PHUONG_1" } });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      action: "rename",
      by: "admin",
      comment: "Đổi tên theo nghị quyết",
    });
  });

  it("refuses invalid acts with 400 and a Vietnamese message naming the field", async () => {
    const seen = await versions(admin, "2023-08-01", "PHUONG_2", "PHUONG_3");
    const split = await failure(
      change(admin, {
        act: "split",
        date: "2024-01-01",
        source: "PHUONG_2",
        targets: [
          { unit: "PHUONG_2", weight: 0.5 },
          { unit: "PHUONG_3", weight: 0.4 },
        ],
        versions: seen,
      }),
    );
    expect(split.status).toBe(400);
    expect(split.message).toMatch(/tỷ lệ chia.*phải bằng 1/);
    expect(split.details?.field).toBe("targets");

    const early = await failure(
      change(admin, {
        act: "rename",
        date: "2010-01-01",
        unit: "PHUONG_2",
        nameVi: "Phường Hai",
        nameEn: "Ward Two",
        versions: seen,
      }),
    );
    expect(early.status).toBe(400);
    expect(early.message).toMatch(/không có hiệu lực/);
    expect(early.details?.field).toBe("date");

    // Phường 3 still takes part in the 2025 arrangement: ending it earlier is refused.
    const merge = await failure(
      change(admin, {
        act: "merge",
        date: "2024-01-01",
        sources: ["PHUONG_2", "PHUONG_3"],
        target: "PHUONG_2",
        versions: seen,
      }),
    );
    expect(merge.status).toBe(400);
    expect(merge.message).toMatch(/01\/07\/2025/);
  });

  it("refuses an administrator of another subtree (403)", async () => {
    const seen = await versions(admin, "2026-01-01", "PHUONG_NGA_NAM");
    const refused = await failure(
      change(admin, {
        act: "dissolve",
        date: "2026-01-01",
        unit: "PHUONG_NGA_NAM",
        versions: seen,
      }),
    );
    expect(refused.status).toBe(403);
  });

  it("previews a merge with last year's figures remapped as queries will read them", async () => {
    const seen = await versions(cityAdmin, "2025-12-31", "PHUONG_NGA_NAM", "PHUONG_MY_QUOI");
    const merge: UnitActInput = {
      act: "merge",
      date: "2026-01-01",
      basis,
      comment: "Sáp nhập hai phường",
      sources: ["PHUONG_NGA_NAM", "PHUONG_MY_QUOI"],
      target: "PHUONG_NGA_NAM",
      versions: seen,
    };
    const { preview } = await change(cityAdmin, merge, true);
    const figure = preview?.figures[0];
    const period = preview?.period;
    if (!figure || !preview || !period) throw new Error("no figure in the preview");
    // The latest month with data before the date: the reference dataset ends in 2023.
    expect(period.startsWith("2023-")).toBe(true);
    // Every ward and commune of 2023 that became one of the two wards, summed.
    const old = ["PHUONG_1", "PHUONG_2", "PHUONG_3", "PHUONG_VINH_QUOI", "XA_MY_QUOI"];
    const rows = await f.engine.query({
      indicators: [figure.indicator],
      units: old,
      periods: [period],
      measures: ["value"],
    });
    const sum = rows.reduce((total, r) => total + (r.value?.value ?? 0), 0);
    const merged = figure.rows.find((r) => r.unit === "PHUONG_NGA_NAM");
    expect(merged?.after).toBeCloseTo(sum);
    const parts = figure.rows.reduce((total, r) => total + (r.before ?? 0), 0);
    expect(merged?.after).toBeCloseTo(parts);
    expect(preview.after.find((u) => u.code === "PHUONG_MY_QUOI")).toBeUndefined();
    expect(f.engine.units.treeAsOf("2026-01-01").has("PHUONG_MY_QUOI")).toBe(true);

    await change(cityAdmin, merge);
    expect(f.engine.units.treeAsOf("2026-01-01").has("PHUONG_MY_QUOI")).toBe(false);
    const [after] = await f.engine.query({
      indicators: [figure.indicator],
      units: ["PHUONG_NGA_NAM"],
      periods: [period],
      measures: ["value"],
      asOf: "2026-01-01",
    });
    expect(after?.value?.value).toBeCloseTo(sum);
  });
});
