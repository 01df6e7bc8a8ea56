import { afterEach, beforeEach, expect, it } from "vitest";
import type { Engine, QueryRow } from "../../src/engine/index.ts";
import type { Store } from "../../src/store/index.ts";
import { describeEachEngine } from "../support/engines.ts";
import { clerk, townEngine } from "./fixture.ts";

const month = (m: number, y = 2023) => `${y}-${String(m).padStart(2, "0")}`;

describeEachEngine("engine queries", (fresh) => {
  let store: Store;
  let engine: Engine;
  beforeEach(async () => {
    store = await fresh();
    engine = await townEngine(store);
  });
  afterEach(() => store.close());

  const one = async (
    indicator: string,
    unit: string,
    period: string,
    extra: object = {},
  ): Promise<QueryRow> => {
    const rows = await engine.query({
      indicators: [indicator],
      units: [unit],
      periods: [period],
      ...extra,
    });
    expect(rows).toHaveLength(1);
    return rows[0] as QueryRow;
  };

  it("sums a flow over units and months: value, year to date, same period last year, change", async () => {
    const inputs = [];
    for (let m = 1; m <= 8; m++) {
      inputs.push({ indicator: "received", unit: "P1", period: month(m), value: 100 + m });
      inputs.push({ indicator: "received", unit: "P2", period: month(m), value: 10 * m });
      inputs.push({ indicator: "received", unit: "P1", period: month(m, 2022), value: 90 });
    }
    await engine.write(inputs, clerk);
    const row = await one("received", "NN", "2023-08");
    expect(row.value?.value).toBe(108 + 80);
    expect(row.ytd?.value).toBe(8 * 100 + 36 + 10 * 36);
    expect(row.samePeriodLastYear?.value).toBe(90);
    expect(row.samePeriodLastYearYtd?.value).toBe(720);
    expect(row.previous?.value).toBe(107 + 70);
    expect(row.change).toBe(188 - 90);
    expect(row.changePct).toBeCloseTo((98 / 90) * 100, 10);
    expect(row.changeYtd).toBe(1196 - 720);
    expect(row.value?.provenance).toMatchObject({
      source: "stored",
      months: ["2023-08"],
      values: 2,
    });
    // The province holds the town's subtree too; a quarter and a half-year sum their months.
    expect((await one("received", "ST", "2023-08")).value?.value).toBe(188);
    expect((await one("received", "NN", "2023-Q2")).value?.value).toBe(
      104 + 105 + 106 + 40 + 50 + 60,
    );
    expect((await one("received", "P1", "2023-H1")).value?.value).toBe(600 + 21);
  });

  it("takes the last value of a stock for the year to date", async () => {
    await engine.write(
      [
        { indicator: "loans", unit: "P1", period: "2023-06", value: 400 },
        { indicator: "loans", unit: "P1", period: "2023-07", value: 450 },
        { indicator: "loans", unit: "P2", period: "2023-07", value: 10 },
      ],
      clerk,
    );
    const row = await one("loans", "NN", "2023-08");
    expect(row.value?.value).toBeNull();
    expect(row.ytd?.value).toBe(460);
    expect((await one("loans", "NN", "2023-Q3")).value?.value).toBe(460);
  });

  it("averages over units and over months", async () => {
    await engine.write(
      [
        { indicator: "price", unit: "P1", period: "2023-07", value: 7000 },
        { indicator: "price", unit: "P2", period: "2023-07", value: 8000 },
        { indicator: "price", unit: "P3", period: "2023-08", value: 9000 },
      ],
      clerk,
    );
    expect((await one("price", "NN", "2023-07")).value?.value).toBe(7500);
    expect((await one("price", "NN", "2023-Q3")).value?.value).toBe((7500 + 9000) / 2);
  });

  it("takes the maximum over months, and keeps indicators that aggregate over nothing to their own unit", async () => {
    await engine.saveCatalogue({
      indicators: [
        {
          code: "peak",
          nameVi: "Đỉnh",
          nameEn: "Peak",
          sector: "economy",
          unit: "nguoi",
          valueType: "integer",
          aggregation: { overTime: "max", overUnits: "sum" },
        },
        {
          code: "rate",
          nameVi: "Tỷ lệ",
          nameEn: "Rate",
          sector: "economy",
          unit: "percent",
          valueType: "percent",
          aggregation: { overTime: "none", overUnits: "none" },
        },
      ],
    });
    await engine.write(
      [
        { indicator: "peak", unit: "P1", period: "2023-07", value: 30 },
        { indicator: "peak", unit: "P1", period: "2023-08", value: 20 },
        { indicator: "peak", unit: "P2", period: "2023-08", value: 15 },
        { indicator: "rate", unit: "P1", period: "2023-08", value: 93.8 },
        { indicator: "rate", unit: "NN", period: "2023-08", value: 91.2 },
      ],
      clerk,
    );
    expect((await one("peak", "NN", "2023-Q3")).value?.value).toBe(35);
    expect((await one("peak", "NN", "2023-08")).ytd?.value).toBe(35);
    const rate = await one("rate", "NN", "2023-08");
    expect([rate.value?.value, rate.ytd?.value]).toEqual([91.2, null]);
    expect((await one("rate", "P1", "2023-08")).value?.value).toBe(93.8);
  });

  it("evaluates expressions for a unit, and at(x, UNIT) reads one reporting unit among several", async () => {
    await engine.write(
      [
        { indicator: "received", unit: "P1", period: "2023-08", value: 100, status: "estimate" },
        { indicator: "received", unit: "P2", period: "2023-08", value: 20 },
      ],
      clerk,
    );
    const evaluated = await engine.evaluate({
      unit: "NN",
      period: "2023-08",
      sources: ["received", "at(received, P2)", "at(ytd(received), P1) * 2", "nope + 1"],
    });
    expect(evaluated.map((e) => [e.value, e.status])).toEqual([
      [120, "estimate"],
      [20, "official"],
      [200, "estimate"],
      [null, null],
    ]);
    expect(evaluated[3]?.error?.code).toBe("formula.unknown_name");
  });

  it("gives the relative change of the year to date", async () => {
    await engine.write(
      [
        { indicator: "received", unit: "P1", period: "2022-08", value: 80 },
        { indicator: "received", unit: "P1", period: "2023-08", value: 100 },
      ],
      clerk,
    );
    expect((await one("received", "NN", "2023-08")).changeYtdPct).toBeCloseTo(25, 10);
  });

  it("weights an average by another indicator, also when the weight changes later", async () => {
    await engine.write(
      [
        { indicator: "rice_yield", unit: "P1", period: "2023-08", value: 5 },
        { indicator: "rice_yield", unit: "LB", period: "2023-08", value: 6 },
        { indicator: "rice_area", unit: "P1", period: "2023-08", value: 100 },
        { indicator: "rice_area", unit: "LB", period: "2023-08", value: 300 },
      ],
      clerk,
    );
    expect((await one("rice_yield", "NN", "2023-08")).value?.value).toBeCloseTo(
      (5 * 100 + 6 * 300) / 400,
      12,
    );
    await engine.write(
      [{ indicator: "rice_area", unit: "LB", period: "2023-08", value: 100 }],
      clerk,
    );
    expect((await one("rice_yield", "NN", "2023-08")).value?.value).toBeCloseTo(5.5, 12);
  });

  it("adds disaggregated values up to their total and refuses a typed total", async () => {
    await engine.write(
      [
        {
          indicator: "pupils",
          unit: "P1",
          period: "2023-09",
          disaggregation: { school_level: "tieu_hoc" },
          value: 6524,
        },
        {
          indicator: "pupils",
          unit: "P2",
          period: "2023-09",
          disaggregation: { school_level: "thcs" },
          value: 5231,
        },
      ],
      clerk,
    );
    const rows = await engine.query({
      indicators: ["pupils"],
      units: ["NN"],
      periods: ["2023-09"],
      disaggregations: true,
      measures: ["value"],
    });
    expect(rows.map((r) => [r.disaggregation, r.value?.value])).toEqual([
      ["", 11755],
      ["school_level=thcs", 5231],
      ["school_level=tieu_hoc", 6524],
    ]);
    await expect(
      engine.write([{ indicator: "pupils", unit: "P1", period: "2023-09", value: 1 }], clerk),
    ).rejects.toMatchObject({
      code: "value.total_is_computed",
    });
  });

  it("evaluates derived indicators, for the year to date from the parts' year to date", async () => {
    await engine.write(
      [
        { indicator: "received", unit: "P1", period: "2023-07", value: 100 },
        { indicator: "resolved", unit: "P1", period: "2023-07", value: 100 },
        { indicator: "received", unit: "P1", period: "2023-08", value: 852 },
        { indicator: "resolved", unit: "P1", period: "2023-08", value: 829 },
      ],
      clerk,
    );
    const row = await one("resolved_rate", "NN", "2023-08");
    expect(row.value?.value).toBeCloseTo((829 / 852) * 100, 10);
    expect(row.ytd?.value).toBeCloseTo((929 / 952) * 100, 10);
    expect(row.value?.provenance).toMatchObject({
      source: "formula",
      formula: "resolved / received * 100",
    });
    expect(row.value?.provenance.references).toEqual([
      { text: "resolved", value: 829 },
      { text: "received", value: 852 },
    ]);
  });

  it("marks a total with any estimated part as an estimate", async () => {
    await engine.write(
      [
        { indicator: "revenue", unit: "P1", period: "2023-08", value: 10, status: "official" },
        { indicator: "revenue", unit: "TAX", period: "2023-08", value: 20, status: "estimate" },
      ],
      clerk,
    );
    expect((await one("revenue", "NN", "2023-08")).value?.status).toBe("estimate");
    expect((await one("revenue", "P1", "2023-08")).value?.status).toBe("official");
    await engine.write(
      [{ indicator: "revenue", unit: "TAX", period: "2023-08", value: 21, status: "official" }],
      clerk,
    );
    expect((await one("revenue", "NN", "2023-08")).value).toMatchObject({
      value: 31,
      status: "official",
    });
  });

  it("gives the percentage of each target kind against the year to date", async () => {
    await engine.saveTargets([
      { indicator: "revenue", reportingUnit: "NN", year: 2023, kind: "plan", value: 45_000 },
      { indicator: "revenue", reportingUnit: "NN", year: 2023, kind: "resolution", value: 50_000 },
    ]);
    await engine.write(
      [
        { indicator: "revenue", unit: "TAX", period: "2023-07", value: 20_000 },
        { indicator: "revenue", unit: "TAX", period: "2023-08", value: 5_465 },
      ],
      clerk,
    );
    const row = await one("revenue", "NN", "2023-08");
    expect(row.targets?.map((t) => [t.kind, t.value, Number(t.pct?.toFixed(2))])).toEqual([
      ["plan", 45_000, 56.59],
      ["resolution", 50_000, 50.93],
    ]);
  });

  it("says which child units reported and which are missing", async () => {
    await engine.write(
      [
        { indicator: "received", unit: "P1", period: "2023-08", value: 1 },
        { indicator: "received", unit: "LB", period: "2023-08", value: 2 },
      ],
      clerk,
    );
    const row = await one("received", "NN", "2023-08");
    expect(row.completeness).toEqual({ reported: ["LB", "P1"], missing: ["P2", "P3", "TAX"] });
  });

  it("remaps 2023 values onto the units of 2025 through merges and splits", async () => {
    await engine.write(
      [
        { indicator: "received", unit: "P1", period: "2023-08", value: 100 },
        { indicator: "received", unit: "P2", period: "2023-08", value: 20 },
        { indicator: "received", unit: "P3", period: "2023-08", value: 3 },
        { indicator: "received", unit: "LB", period: "2023-08", value: 400 },
      ],
      clerk,
    );
    const asOf = "2025-07-01";
    const pnn = await one("received", "PNN", "2023-08", { asOf });
    expect(pnn.value?.value).toBe(100 + 20 + 3 + 0.25 * 400);
    expect((await one("received", "LB2", "2023-08", { asOf })).value?.value).toBe(300);
    // Without asOf the 2023 data is read by the tree of 2023, where PNN did not exist yet.
    expect((await one("received", "PNN", "2023-08")).value?.value).toBeNull();
    // The town is still reportable for 2023 by the tree of the time.
    expect((await one("received", "NN", "2023-08")).value?.value).toBe(523);
  });
});
