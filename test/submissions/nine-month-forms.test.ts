import { afterEach, beforeEach, expect, it } from "vitest";
import { isBaocaoError } from "../../src/core/errors.ts";
import type { Engine, ValueInput } from "../../src/engine/index.ts";
import type { Store } from "../../src/store/index.ts";
import { clerk, townEngine } from "../engine/fixture.ts";
import { describeEachEngine } from "../support/engines.ts";
import { wardsMonthly } from "./fixture.ts";

// A nine-month form (stored frequency `nine_months`) is the period 2023-9M of kind year_to_date;
// the other "n tháng đầu năm" are reports' periods that no form is filed for.
const nineMonths = wardsMonthly({
  code: "wards_nine_months",
  nameVi: "Báo cáo 9 tháng của phường",
  frequency: "nine_months",
  indicators: ["received"],
});

const value = (v: number, period: string): ValueInput => ({
  indicator: "received",
  unit: "P1",
  period,
  value: v,
});

describeEachEngine("a nine-month form and the year-to-date periods", (fresh) => {
  let store: Store;
  let engine: Engine;
  beforeEach(async () => {
    store = await fresh();
    engine = await townEngine(store, () => "2023-09-14T03:00:00.000Z");
    await engine.import({ regimes: [nineMonths] }, { by: "system", via: "system" });
  });
  afterEach(() => store.close());

  it("is filed in September, named with its nine months", async () => {
    expect(await engine.submissions.list("2023-08")).toEqual([]);
    const [september] = await engine.submissions.list("2023-09");
    expect(september?.regimeName).toBe("Báo cáo 9 tháng của phường (9 tháng đầu năm 2023)");
  });

  it("keeps a 2023-9M value in September and refuses a 2023-7M one by name", async () => {
    await engine.write([value(90, "2023-9M")], clerk);
    const stored = await engine.storedValues({ unitCodes: ["P1"], periods: ["2023-09"] });
    expect(stored.map((v) => [v.period, v.value])).toEqual([["2023-09", 90]]);
    const seven = await engine.write([value(70, "2023-7M")], clerk).catch((e) => e);
    expect(isBaocaoError(seven, "value.invalid_period")).toBe(true);
    expect(seven.message).toMatch(
      /^Kỳ "2023-7M": chỉ tiêu received \(.*\) của đơn vị P1 không thuộc biểu 7 tháng nào của đơn vị/u,
    );
  });

  it("reads January to July and to September as sums of their months", async () => {
    await engine.write([value(5, "2023-02"), value(7, "2023-07"), value(90, "2023-09")], clerk);
    const read = async (period: string) => {
      const [row] = await engine.query({
        indicators: ["received"],
        units: ["P1"],
        periods: [period],
        measures: ["value", "ytd"],
      });
      return [row?.value?.value, row?.ytd?.value];
    };
    expect(await read("2023-7M")).toEqual([12, 12]);
    expect(await read("2023-9M")).toEqual([102, 102]);
    expect(await read("2023-2M")).toEqual([5, 5]);
  });
});
