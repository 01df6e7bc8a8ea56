import { afterEach, beforeEach, expect, it } from "vitest";
import type { Engine } from "../../src/engine/index.ts";
import type { Store } from "../../src/store/index.ts";
import { describeEachEngine } from "../support/engines.ts";
import { countRows } from "../support/tables.ts";
import { clerk, townEngine } from "./fixture.ts";

const at = { unit: "P1", period: "2023-08", expectedVersion: 0 };
const share = {
  code: "online_share",
  nameVi: "Tỷ lệ hồ sơ trực tuyến",
  nameEn: "Online share",
  sector: "economy",
  unit: "percent",
  valueType: "percent",
  aggregation: { overTime: "none", overUnits: "average" },
  range: { min: 0, max: 100 },
};

describeEachEngine("value bounds and derived indicators on every write", (fresh) => {
  let store: Store;
  let engine: Engine;
  beforeEach(async () => {
    store = await fresh();
    engine = await townEngine(store, () => "2023-08-20T08:00:00.000Z");
  });
  afterEach(() => store.close());
  const stored = () => countRows(store, "data_values");

  it("refuses a negative count through a form write, naming indicator, unit, period and bound", async () => {
    const error = await engine
      .write([{ ...at, indicator: "received", value: -3 }], clerk)
      .catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: "value.out_of_range",
      details: { indicator: "received", unit: "P1", period: "2023-08", min: 0, index: 0 },
    });
    expect((error as Error).message).toContain("hồ sơ");
    expect((error as Error).message).toContain("tháng 8 năm 2023");
    expect((error as Error).message).toContain("không được nhỏ hơn 0");
    expect(await stored()).toBe(0);
  });

  it("refuses a value for a derived indicator, through an import too", async () => {
    await expect(
      engine.import(
        { values: [{ ...at, indicator: "resolved_rate", value: 50 }] },
        { by: "t", via: "import" },
      ),
    ).rejects.toMatchObject({ code: "value.derived_indicator", details: { field: "indicator" } });
    expect(await stored()).toBe(0);
  });

  it("keeps a declared range and lets a declared null lift the unit's bound", async () => {
    await engine.saveCatalogue({
      indicators: [
        share,
        {
          code: "pending_change",
          nameVi: "Biến động hồ sơ tồn",
          nameEn: "Change of pending",
          sector: "economy",
          unit: "ho_so",
          valueType: "integer",
          aggregation: { overTime: "sum", overUnits: "sum" },
          range: { min: null },
        },
      ],
    });
    await expect(
      engine.write([{ ...at, indicator: "online_share", value: 100.5 }], clerk),
    ).rejects.toMatchObject({ code: "value.out_of_range", details: { max: 100 } });
    const ok = await engine.write(
      [
        { ...at, indicator: "online_share", value: 100 },
        { ...at, indicator: "pending_change", value: -12 },
      ],
      clerk,
    );
    expect(ok.created).toBe(2);
  });

  it("refuses a catalogue whose range is upside down", async () => {
    await expect(
      engine.saveCatalogue({ indicators: [{ ...share, range: { min: 10, max: 1 } }] }),
    ).rejects.toMatchObject({ code: "catalogue.invalid" });
  });

  // A value near the largest double makes every sum above it infinite; the probe stored 1.7e308
  // and the town's figures and checks broke.
  it("refuses a magnitude no local figure reaches, and keeps the largest plausible one", async () => {
    const error = await engine
      .write([{ ...at, indicator: "loans", value: 1.7e308 }], clerk)
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "value.invalid_value", details: { indicator: "loans" } });
    expect((error as Error).message).toContain("10¹⁵");
    expect(await stored()).toBe(0);
    // The smallest double: its products underflow, which PostgreSQL refuses.
    await expect(
      engine.write([{ ...at, indicator: "loans", value: 5e-324 }], clerk),
    ).rejects.toMatchObject({ code: "value.invalid_value" });
    await engine.write([{ ...at, indicator: "loans", value: 9e14 }], clerk);
    const [row] = await engine.query({
      indicators: ["loans"],
      units: ["ST"],
      periods: ["2023-08"],
      measures: ["value"],
    });
    expect(row?.value?.value).toBe(9e14);
  });
});
