import { afterEach, beforeEach, expect, it } from "vitest";
import type { Engine } from "../../src/engine/index.ts";
import { changeUnits, type UnitAct, unitVersion } from "../../src/services/units-admin/index.ts";
import type { Store } from "../../src/store/index.ts";
import { clerk, townEngine } from "../engine/fixture.ts";
import { describeEachEngine } from "../support/engines.ts";

const admin = { username: "admin", grants: [{ role: "admin" as const, unit: "ST" }] };
const basis = "Nghị quyết số 1234/NQ-UBTVQH15";

describeEachEngine("administering units: each act as a change of definitions", (fresh) => {
  let store: Store;
  let engine: Engine;
  beforeEach(async () => {
    store = await fresh();
    engine = await townEngine(store);
    // June 2024: two wards and Long Bình report; in 2025 they became PNN (and LB2 for 3/4 of LB).
    await engine.write(
      [
        { indicator: "received", unit: "P1", period: "2024-06", value: 10 },
        { indicator: "received", unit: "P2", period: "2024-06", value: 20 },
        { indicator: "received", unit: "LB", period: "2024-06", value: 40 },
      ],
      clerk,
    );
  });
  afterEach(() => store.close());

  /** The versions of the units as the read API shows them now. */
  const seen = (...codes: string[]) =>
    Object.fromEntries(
      codes.map((c) => [c, unitVersion(engine.units.units, engine.units.events, c)]),
    );
  const act = (a: UnitAct, dryRun = false) => changeUnits(engine, admin, a, { dryRun });
  const tree = (date: string) => engine.units.treeAsOf(date);

  it("adds a commune from its date, then renames it, each audited", async () => {
    const unit = {
      code: "XA_MOI",
      nameVi: "Xã Mới",
      nameEn: "New commune",
      kind: "commune",
      parent: "ST",
    } as const;
    await act({ act: "add", date: "2026-01-01", basis, comment: "Thành lập", unit, versions: {} });
    expect(tree("2025-12-31").has("XA_MOI")).toBe(false);
    expect(tree("2026-01-01").get("XA_MOI").parent).toBe("ST");

    const renamed = await act({
      act: "rename",
      date: "2026-03-01",
      unit: "XA_MOI",
      nameVi: "Xã Tân Mới",
      nameEn: "Tan Moi",
      versions: seen("XA_MOI"),
    });
    expect(renamed.events).toEqual(["2026-03-01-rename-xa-moi"]);
    expect(tree("2026-03-01").get("XA_MOI").nameVi).toBe("Xã Tân Mới");
    const audit = await store.repos.definitionAudit.list({ kind: "unit", code: "XA_MOI" });
    expect(audit.map((e) => e.action)).toEqual(["rename", "create"]);
    expect(audit[1]).toMatchObject({ comment: "Thành lập", by: "admin", before: null });
  });

  it("previews a merge with the figures remapped as queries will read them, writing nothing", async () => {
    const merge: UnitAct = {
      act: "merge",
      date: "2026-01-01",
      basis,
      sources: ["PNN", "LB2"],
      target: "PNN",
      versions: seen("PNN", "LB2"),
    };
    const { preview, saved } = await act(merge, true);
    expect(saved).toBe(false);
    expect(preview?.period).toBe("2024-06");
    const received = preview?.figures.find((f) => f.indicator === "received");
    const row = (unit: string) => received?.rows.find((r) => r.unit === unit);
    // PNN already holds P1 + P2 + a quarter of LB; LB2 the other three quarters.
    expect(row("PNN")).toMatchObject({ before: 40, after: 70, existsAfter: true });
    expect(row("LB2")).toMatchObject({ before: 30, after: null, existsAfter: false });
    expect(preview?.after.map((u) => u.code)).toContain("PNN");
    expect(preview?.after.map((u) => u.code)).not.toContain("LB2");
    // Nothing written: the tree, the stored unit and the audit are as they were.
    expect(tree("2026-01-01").has("LB2")).toBe(true);
    expect((await store.repos.units.get("LB2"))?.validTo).toBeNull();
    expect(await store.repos.definitionAudit.list({})).toHaveLength(0);

    await act(merge);
    expect(tree("2026-01-01").has("LB2")).toBe(false);
    const [row2024] = await engine.query({
      indicators: ["received"],
      units: ["PNN"],
      periods: ["2024-06"],
      measures: ["value"],
      asOf: "2026-01-01",
    });
    expect(row2024?.value?.value).toBe(70);
  });

  it("merges into a new unit, which exists from the date and holds the sources' history", async () => {
    const result = await act({
      act: "merge",
      date: "2026-01-01",
      sources: ["PNN", "LB2"],
      target: "PNN_MOI",
      newUnits: [
        {
          code: "PNN_MOI",
          nameVi: "Phường Mới",
          nameEn: "New ward",
          kind: "commune",
          parent: "ST",
        },
      ],
      versions: seen("PNN", "LB2"),
    });
    expect(result.events).toEqual(["2026-01-01-merge-pnn-moi"]);
    expect(tree("2026-01-01").has("PNN")).toBe(false);
    const [row] = await engine.query({
      indicators: ["received"],
      units: ["PNN_MOI"],
      periods: ["2024-06"],
      measures: ["value"],
      asOf: "2026-01-01",
    });
    expect(row?.value?.value).toBe(70);
    const audit = await store.repos.definitionAudit.list({ kind: "unit", code: "PNN_MOI" });
    expect(audit[0]).toMatchObject({ action: "merge", before: null });
  });

  it("splits by weights into a new unit, and refuses weights that do not sum to 1", async () => {
    const newUnits = [
      { code: "PNN_B", nameVi: "Phường B", nameEn: "Ward B", kind: "commune", parent: "ST" },
    ] as const;
    const split = (second: number): UnitAct => ({
      act: "split",
      date: "2026-01-01",
      source: "PNN",
      targets: [
        { unit: "PNN", weight: 0.6 },
        { unit: "PNN_B", weight: second },
      ],
      newUnits,
      versions: seen("PNN"),
    });
    await expect(act(split(0.3), true)).rejects.toMatchObject({
      code: "units.split_weights",
      message: expect.stringContaining("phải bằng 1"),
      details: expect.objectContaining({ field: "targets" }),
    });
    const { preview } = await act(split(0.4), true);
    const rows = preview?.figures.find((f) => f.indicator === "received")?.rows ?? [];
    expect(rows.find((r) => r.unit === "PNN")?.after).toBeCloseTo(24);
    expect(rows.find((r) => r.unit === "PNN_B")).toMatchObject({ existsBefore: false });
    expect(rows.find((r) => r.unit === "PNN_B")?.after).toBeCloseTo(16);
    await act(split(0.4));
    expect(tree("2026-01-01").get("PNN_B").nameVi).toBe("Phường B");
  });

  it("moves a unit under a new parent and dissolves another", async () => {
    await act({
      act: "add",
      date: "2026-01-01",
      unit: { code: "D2", nameVi: "Khu 2", nameEn: "Zone 2", kind: "district", parent: "ST" },
      versions: {},
    });
    const move: UnitAct = {
      act: "move",
      date: "2026-02-01",
      unit: "LB2",
      parent: "D2",
      versions: seen("LB2"),
    };
    // A move carries no figures: earlier months stay with the parent of their time.
    const moved = (await act(move, true)).preview;
    expect(moved?.after.find((u) => u.code === "LB2")?.parent).toBe("D2");
    const lb2 = moved?.figures[0]?.rows.find((r) => r.unit === "LB2");
    expect(lb2).toMatchObject({ before: 30, after: 30 });
    await act(move);
    expect(tree("2026-02-01").get("LB2").parent).toBe("D2");
    expect(tree("2026-01-31").get("LB2").parent).toBe("ST");
    const dissolve: UnitAct = {
      act: "dissolve",
      date: "2026-06-01",
      unit: "LB2",
      versions: seen("LB2"),
    };
    const gone = (await act(dissolve, true)).preview?.figures[0]?.rows;
    expect(gone?.find((r) => r.unit === "LB2")).toMatchObject({ before: 30, existsAfter: false });
    await act(dissolve);
    expect(tree("2026-06-01").has("LB2")).toBe(false);
    expect((await store.repos.units.get("LB2"))?.validTo).toBe("2026-06-01");
  });

  it("refuses an act over a version that moved on (409), and writes nothing", async () => {
    const versions = seen("PNN");
    await act({
      act: "rename",
      date: "2026-01-01",
      unit: "PNN",
      nameVi: "A",
      nameEn: "A",
      versions,
    });
    await expect(
      act({ act: "rename", date: "2026-02-01", unit: "PNN", nameVi: "B", nameEn: "B", versions }),
    ).rejects.toMatchObject({ code: "definition.conflict" });
    expect(tree("2026-02-01").get("PNN").nameVi).toBe("A");
  });

  it("refuses a date before the unit exists, naming the field (400)", async () => {
    await expect(
      act({
        act: "rename",
        date: "2024-01-01",
        unit: "PNN",
        nameVi: "Phường X",
        nameEn: "X",
        versions: seen("PNN"),
      }),
    ).rejects.toMatchObject({
      code: "units.event_unit_not_valid",
      message: expect.stringContaining("không có hiệu lực"),
      details: expect.objectContaining({ field: "date" }),
    });
  });

  it("refuses a reused code", async () => {
    const unit = {
      code: "P1",
      nameVi: "Phường 1",
      nameEn: "W1",
      kind: "commune",
      parent: "ST",
    } as const;
    await expect(act({ act: "add", date: "2026-01-01", unit, versions: {} })).rejects.toMatchObject(
      {
        code: "units.duplicate_code",
        details: expect.objectContaining({ field: "code" }),
      },
    );
  });

  it("refuses a non-administrator and an administrator of another subtree (403)", async () => {
    const rename = (unit: string): UnitAct => ({
      act: "rename",
      date: "2026-01-01",
      unit,
      nameVi: "Mới",
      nameEn: "New",
      versions: seen(unit),
    });
    const office = { username: "vp", grants: [{ role: "office" as const, unit: "ST" }] };
    await expect(changeUnits(engine, office, rename("PNN"))).rejects.toMatchObject({
      code: "auth.forbidden",
    });
    // An administrator of the old town manages its wards, not the ward that succeeded them.
    const townAdmin = { username: "nn", grants: [{ role: "admin" as const, unit: "NN" }] };
    await expect(changeUnits(engine, townAdmin, rename("PNN"))).rejects.toMatchObject({
      code: "auth.forbidden",
    });
    const merge: UnitAct = {
      act: "merge",
      date: "2024-01-01",
      sources: ["P1", "PNN"],
      target: "P1",
      versions: seen("P1", "PNN"),
    };
    await expect(changeUnits(engine, townAdmin, merge)).rejects.toMatchObject({
      code: "auth.forbidden",
    });
  });
});
