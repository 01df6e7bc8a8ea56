import { afterEach, beforeEach, expect, it } from "vitest";
import type { Engine } from "../../src/engine/index.ts";
import { TargetAccess, TargetKindsAdmin } from "../../src/services/targets/index.ts";
import type { Store } from "../../src/store/index.ts";
import { describeEachEngine } from "../support/engines.ts";
import { clerk, townEngine } from "./fixture.ts";

const duToan = {
  code: "du_toan_hdnd",
  nameVi: "Dự toán HĐND xã giao",
  nameEn: "Budget estimate set by the council",
  phraseVi: "dự toán HĐND xã giao",
};

describeEachEngine("target kinds as data, targets on an option", (fresh) => {
  let store: Store;
  let engine: Engine;
  beforeEach(async () => {
    store = await fresh();
    engine = await townEngine(store);
  });
  afterEach(() => store.close());

  it("starts with the four seeded kinds and takes a new one", async () => {
    expect(engine.targetKinds.map((k) => k.code)).toEqual([
      "plan",
      "assigned",
      "resolution",
      "commitment",
    ]);
    await engine.import({ targetKinds: [duToan] }, clerk);
    expect(engine.targetKinds.map((k) => k.code).at(-1)).toBe("du_toan_hdnd");
    expect((await store.repos.targetKinds.list()).at(-1)).toEqual(duToan);
  });

  it("reads a target of a new kind in queries and formulas, in the stored kinds' order", async () => {
    await engine.import(
      {
        targetKinds: [duToan],
        targets: [
          {
            indicator: "revenue",
            reportingUnit: "NN",
            year: 2023,
            kind: "du_toan_hdnd",
            value: 40_000,
          },
          { indicator: "revenue", reportingUnit: "NN", year: 2023, kind: "plan", value: 45_000 },
        ],
      },
      clerk,
    );
    await engine.write(
      [{ indicator: "revenue", unit: "TAX", period: "2023-08", value: 20_000 }],
      clerk,
    );
    const [row] = await engine.query({
      indicators: ["revenue"],
      units: ["NN"],
      periods: ["2023-08"],
    });
    expect(row?.targets?.map((t) => [t.kind, t.pct])).toEqual([
      ["plan", (20_000 / 45_000) * 100],
      ["du_toan_hdnd", 50],
    ]);
    const [value, unknown] = await engine.evaluate({
      unit: "NN",
      period: "2023-08",
      sources: ["target(revenue, du_toan_hdnd)", "target(revenue, goal)"],
    });
    expect(value?.value).toBe(40_000);
    expect(unknown?.error?.code).toBe("formula.unknown_target_kind");
  });

  it("moves the data counter when targets change and the definitions counter when kinds do", async () => {
    // The SQLite migration rebuilt the targets table: its data-epoch triggers must be back.
    const data = await engine.dataEpoch();
    await engine.saveTargets([
      { indicator: "revenue", reportingUnit: "NN", year: 2023, kind: "plan", value: 1 },
    ]);
    expect(await engine.dataEpoch()).toBeGreaterThan(data);
    const definitions = await store.repos.epochs.definitions();
    await engine.import({ targetKinds: [duToan] }, clerk);
    expect(await store.repos.epochs.definitions()).toBeGreaterThan(definitions);
  });

  it("refuses to remove a kind that a validation rule reads", async () => {
    await engine.import(
      {
        targetKinds: [duToan],
        rules: [
          {
            code: "ngan_sach.du_toan",
            left: "ytd(revenue)",
            operator: "<=",
            right: "target(revenue, du_toan_hdnd)",
            severity: "warning",
            message: "Thu vượt dự toán",
          },
        ],
      },
      clerk,
    );
    const kinds = new TargetKindsAdmin(engine, new TargetAccess(engine, () => []));
    const [view] = (await kinds.list()).filter((k) => k.code === "du_toan_hdnd");
    const admin = { username: "admin", grants: [{ role: "admin" as const, unit: "ST" }] };
    await expect(kinds.remove(admin, "du_toan_hdnd", view?.version ?? "")).rejects.toThrow(
      /quy tắc kiểm tra "ngan_sach.du_toan"/,
    );
  });

  it("refuses a target of a kind that is not stored", async () => {
    await expect(
      engine.saveTargets([
        { indicator: "revenue", reportingUnit: "NN", year: 2023, kind: "du_toan_hdnd", value: 1 },
      ]),
    ).rejects.toMatchObject({ code: "targets.invalid" });
  });

  it("keeps a target on one option apart from the total, in queries and in target(x[option], kind)", async () => {
    await engine.saveTargets([
      { indicator: "pupils", reportingUnit: "NN", year: 2023, kind: "plan", value: 1000 },
      {
        indicator: "pupils",
        reportingUnit: "NN",
        year: 2023,
        kind: "plan",
        option: "thcs",
        value: 400,
      },
    ]);
    await engine.write(
      [
        {
          indicator: "pupils",
          unit: "P1",
          period: "2023-08",
          value: 300,
          disaggregation: { school_level: "thcs" },
        },
        {
          indicator: "pupils",
          unit: "P1",
          period: "2023-08",
          value: 500,
          disaggregation: { school_level: "tieu_hoc" },
        },
      ],
      clerk,
    );
    const rows = await engine.query({
      indicators: ["pupils"],
      units: ["NN"],
      periods: ["2023-08"],
      disaggregations: true,
      measures: ["ytd", "targets"],
    });
    const byKey = new Map(rows.map((r) => [r.disaggregation, r.targets?.map((t) => t.value)]));
    expect(byKey.get("")).toEqual([1000]);
    expect(byKey.get("school_level=thcs")).toEqual([400]);
    expect(byKey.get("school_level=tieu_hoc")).toEqual([]);
    const figures = await engine.evaluate({
      unit: "NN",
      period: "2023-08",
      sources: [
        "target(pupils[thcs], plan)",
        "target(pupils, plan)",
        "pct_of(ytd(pupils[thcs]), plan)",
      ],
    });
    expect(figures.map((f) => f.value)).toEqual([400, 1000, 75]);
    await expect(
      engine.saveTargets([
        {
          indicator: "pupils",
          reportingUnit: "NN",
          year: 2023,
          kind: "plan",
          option: "dai_hoc",
          value: 1,
        },
      ]),
    ).rejects.toMatchObject({ code: "targets.invalid" });
  });
});
