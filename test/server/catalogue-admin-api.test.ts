import { afterAll, beforeAll, expect, it } from "vitest";
import {
  type ApiCall,
  type ApiError,
  api,
  type IndicatorView,
} from "../../src/server/contract/index.ts";
import { describeEachEngine } from "../support/engines.ts";
import { type ApiFixture, openApiFixture } from "./api-fixture.ts";

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error("expected a refusal");
    },
    (error: unknown) => error as ApiError,
  );

const indicator = (code: string, nameVi: string, extra: Record<string, unknown> = {}) => ({
  code,
  nameVi,
  nameEn: code,
  sector: "economy",
  unit: "ha",
  valueType: "number",
  aggregation: { overTime: "sum", overUnits: "sum" },
  ...extra,
});

describeEachEngine("HTTP API: the catalogue and forms editor", (fresh) => {
  let f: ApiFixture;
  let admin: ApiCall;
  let office: ApiCall;
  const find = async (code: string): Promise<IndicatorView | undefined> =>
    (await admin(api.catalogue.catalogue, {})).indicators.find((i) => i.code === code);

  beforeAll(async () => {
    f = await openApiFixture(fresh);
    admin = await f.signIn("quantri");
    office = await f.signIn("vanphong");
  }, 180_000);
  afterAll(() => f.close());

  it("creates two indicators and a derived one whose formula reads them; audits each", async () => {
    for (const [code, name] of [
      ["dt_ngo", "Diện tích ngô"],
      ["dt_dau", "Diện tích đậu"],
    ] as const)
      await admin(api.catalogueAdmin.change, {
        body: { change: { kind: "indicator", expected: null, indicator: indicator(code, name) } },
      });
    const derived = indicator("dt_mau", "Diện tích hoa màu", { formula: "dt_ngo + dt_dau" });
    const preview = await admin(api.catalogueAdmin.change, {
      body: { dryRun: true, change: { kind: "indicator", expected: null, indicator: derived } },
    });
    expect(preview).toMatchObject({ dryRun: true, audit: [{ code: "dt_mau", action: "create" }] });
    expect(await find("dt_mau")).toBeUndefined();
    await admin(api.catalogueAdmin.change, {
      body: { change: { kind: "indicator", expected: null, indicator: derived } },
    });
    expect(await find("dt_mau")).toMatchObject({ formula: "dt_ngo + dt_dau", unit: "ha" });
    const { entries } = await admin(api.catalogueAdmin.audit, {
      query: { kind: "indicator", code: "dt_mau" },
    });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ action: "create", by: "quantri", before: null });
  });

  it("checks a formula as it is typed: the error's line and column, or its dependencies", async () => {
    const typo = await admin(api.catalogueAdmin.checkFormula, {
      body: { formula: "dt_ngo + dt_dua", indicator: "dt_mau" },
    });
    expect(typo).toMatchObject({ ok: false, line: 1, column: 10 });
    expect(typo.ok ? "" : typo.message).toContain("dt_dua");
    const syntax = await admin(api.catalogueAdmin.checkFormula, { body: { formula: "(dt_ngo" } });
    expect(syntax).toMatchObject({ ok: false, code: "formula.syntax", line: 1 });
    const cycle = await admin(api.catalogueAdmin.checkFormula, {
      body: { formula: "dt_mau * 2", indicator: "dt_ngo" },
    });
    expect(cycle).toMatchObject({ ok: false, code: "formula.cycle" });
    expect(
      await admin(api.catalogueAdmin.checkFormula, { body: { formula: "dt_ngo + dt_dau" } }),
    ).toEqual({ ok: true, dependencies: ["dt_ngo", "dt_dau"] });
  });

  it("refuses a bad formula on saving (400, naming the position)", async () => {
    const bad = indicator("dt_sai", "Sai", { formula: "dt_ngo + dt_dua" });
    const error = await refusal(
      admin(api.catalogueAdmin.change, {
        body: { change: { kind: "indicator", expected: null, indicator: bad } },
      }),
    );
    expect(error.status).toBe(400);
    expect(error.message).toMatch(/dòng 1, cột 10/);
    expect(await find("dt_sai")).toBeUndefined();
  });

  it("edits over the version shown, and refuses a stale one (409)", async () => {
    const seen = (await find("dt_ngo")) as IndicatorView;
    const renamed = indicator("dt_ngo", "Diện tích ngô (ha)");
    await admin(api.catalogueAdmin.change, {
      body: { change: { kind: "indicator", expected: seen.version, indicator: renamed } },
    });
    expect((await find("dt_ngo"))?.nameVi).toBe("Diện tích ngô (ha)");
    const stale = await refusal(
      admin(api.catalogueAdmin.change, {
        body: {
          change: {
            kind: "indicator",
            expected: seen.version,
            indicator: indicator("dt_ngo", "Ngô"),
          },
        },
      }),
    );
    expect(stale.status).toBe(409);
    expect(stale.message).toMatch(/vừa được người khác sửa/);
  });

  it("previews an aggregation change: the town's figure before → after, nothing written", async () => {
    const seen = (await find("jobs_created")) as IndicatorView;
    const edited = {
      code: seen.code,
      nameVi: seen.nameVi,
      nameEn: seen.nameEn,
      sector: seen.sector,
      subGroup: "labour_employment",
      unit: seen.unit,
      valueType: seen.valueType,
      aggregation: { overTime: "last", overUnits: "sum" },
      direction: seen.direction,
    };
    const { preview } = await admin(api.catalogueAdmin.change, {
      body: {
        dryRun: true,
        change: { kind: "indicator", expected: seen.version, indicator: edited },
        previewAt: { unit: "NGA_NAM", period: "2023-08" },
      },
    });
    expect(preview?.before.value).not.toBeNull();
    // The month's own figure stays; the year to date becomes the last month's instead of the sum.
    expect(preview?.after.value).toBe(preview?.before.value);
    expect(preview?.after.ytd).toBe(preview?.before.value);
    expect(preview?.before.ytd).toBeGreaterThan(preview?.before.value ?? 0);
    expect((await find("jobs_created"))?.overTime).toBe("sum");
    expect(
      await admin(api.catalogueAdmin.audit, { query: { kind: "indicator", code: "jobs_created" } }),
    ).toEqual({ entries: [] });
  });

  it("a saved aggregation change reaches the dashboard at once (not a cached answer)", async () => {
    const town = { unit: "NGA_NAM", period: "2023-08" };
    const line = async () => {
      const lines = (await admin(api.dashboard.dashboard, { query: town })).sectors.flatMap(
        (s) => s.lines,
      );
      return lines.find((l) => l.indicator === "crop_area_planted");
    };
    const before = await line();
    expect(before?.ytd.value).toBeGreaterThan(before?.value.value ?? 0);
    const seen = (await find("crop_area_planted")) as IndicatorView;
    const input = {
      code: seen.code,
      nameVi: seen.nameVi,
      nameEn: seen.nameEn,
      sector: seen.sector,
      ...(seen.subGroup ? { subGroup: seen.subGroup } : {}),
      unit: seen.unit,
      valueType: seen.valueType,
      decimals: seen.decimals,
      aggregation: { overTime: "last", overUnits: seen.overUnits },
      direction: seen.direction,
    };
    await admin(api.catalogueAdmin.change, {
      body: { change: { kind: "indicator", expected: seen.version, indicator: input } },
    });
    expect((await line())?.ytd.value).toBe(before?.value.value);
  });

  it("refuses everyone but an administrator of the tree (403); they still read", async () => {
    const error = await refusal(
      office(api.catalogueAdmin.change, {
        body: { change: { kind: "indicator", expected: null, indicator: indicator("x_y", "X") } },
      }),
    );
    expect(error.status).toBe(403);
    expect(
      (await refusal(office(api.catalogueAdmin.checkFormula, { body: { formula: "1" } }))).status,
    ).toBe(403);
    const read = await office(api.catalogueAdmin.definitions, {});
    expect(read.mayManage).toBe(false);
    // The town's administrator reads it too, but the catalogue belongs to the whole tree.
    const townAdmin = await f.signIn("admin");
    expect((await townAdmin(api.catalogueAdmin.definitions, {})).mayManage).toBe(false);
    expect((await admin(api.catalogueAdmin.definitions, {})).mayManage).toBe(true);
  });

  it("adds a measure unit and a category set, then an indicator using both", async () => {
    await admin(api.catalogueAdmin.change, {
      body: {
        change: {
          kind: "measure_unit",
          expected: null,
          unit: {
            code: "con_bo",
            symbol: "con",
            nameEn: "head",
            dimension: "count.con_bo",
            factor: 1,
          },
        },
      },
    });
    await admin(api.catalogueAdmin.change, {
      body: {
        change: {
          kind: "category_set",
          expected: null,
          set: {
            code: "giong_bo",
            nameVi: "Giống bò",
            nameEn: "Breed",
            options: [
              { code: "bo_ta", nameVi: "Bò ta", nameEn: "Local" },
              { code: "bo_lai", nameVi: "Bò lai", nameEn: "Crossbred" },
            ],
          },
        },
      },
    });
    await admin(api.catalogueAdmin.change, {
      body: {
        change: {
          kind: "indicator",
          expected: null,
          indicator: indicator("dan_bo", "Đàn bò", {
            unit: "con_bo",
            valueType: "integer",
            aggregation: { overTime: "last", overUnits: "sum" },
            disaggregations: ["giong_bo"],
          }),
        },
      },
    });
    const defs = await admin(api.catalogueAdmin.definitions, {});
    expect(defs.measureUnits.find((u) => u.code === "con_bo")).toMatchObject({ builtIn: false });
    expect(defs.categorySets.find((s) => s.code === "giong_bo")?.options).toHaveLength(2);
    expect((await find("dan_bo"))?.disaggregations[0]?.options).toHaveLength(2);
  });

  it("creates, edits and removes a validation rule; a bad side is refused", async () => {
    const rule = {
      code: "trong_trot.mau",
      left: "dt_mau",
      operator: ">=" as const,
      right: "dt_ngo",
      severity: "warning" as const,
      message: "Diện tích hoa màu ({left}) nhỏ hơn diện tích ngô ({right})",
    };
    await admin(api.catalogueAdmin.change, {
      body: { change: { kind: "rule", expected: null, rule } },
    });
    let stored = (await admin(api.catalogueAdmin.definitions, {})).rules.find(
      (r) => r.code === rule.code,
    );
    expect(stored).toMatchObject({ left: "dt_mau" });
    const bad = await refusal(
      admin(api.catalogueAdmin.change, {
        body: {
          change: {
            kind: "rule",
            expected: stored?.version ?? null,
            rule: { ...rule, right: "dt_ngo +" },
          },
        },
      }),
    );
    expect(bad.status).toBe(400);
    expect(bad.message).toMatch(/vế phải.*dòng 1, cột/);
    await admin(api.catalogueAdmin.change, {
      body: { change: { kind: "remove_rule", expected: stored?.version ?? "", code: rule.code } },
    });
    stored = (await admin(api.catalogueAdmin.definitions, {})).rules.find(
      (r) => r.code === rule.code,
    );
    expect(stored).toBeUndefined();
    const audit = await admin(api.catalogueAdmin.audit, {
      query: { kind: "rule", code: rule.code },
    });
    expect(audit.entries.map((e) => e.action)).toEqual(["remove", "create"]);
  });

  it("creates a form with its cut-off and due day; the collection cycle lists it as due", async () => {
    const regime = {
      code: "trong_trot_thang",
      nameVi: "Biểu trồng trọt hằng tháng",
      frequency: "month" as const,
      cutoff: "calendar" as const,
      deadlineDay: 5,
      lockAfterDays: 10,
      reportingUnits: ["PHUONG_1"],
      indicators: ["dt_ngo", "dt_dau"],
    };
    const unknown = await refusal(
      admin(api.catalogueAdmin.change, {
        body: {
          change: {
            kind: "regime",
            expected: null,
            regime: { ...regime, indicators: ["khong_co"] },
          },
        },
      }),
    );
    expect(unknown.status).toBe(400);
    expect(unknown.message).toMatch(/không có chỉ tiêu "khong_co"/);
    await admin(api.catalogueAdmin.change, {
      body: { change: { kind: "regime", expected: null, regime } },
    });
    const { submissions } = await admin(api.submissions.list, {
      query: { period: "2023-10", unit: "PHUONG_1" },
    });
    expect(submissions.find((s) => s.regime === "trong_trot_thang")).toMatchObject({
      unit: "PHUONG_1",
      dueDate: "2023-11-05",
    });
    const defs = await admin(api.catalogueAdmin.definitions, {});
    expect(defs.regimes.find((r) => r.code === "trong_trot_thang")).toMatchObject({
      deadlineDay: 5,
      lockAfterDays: 10,
    });
  });
});
