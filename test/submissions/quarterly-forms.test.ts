import { afterEach, beforeEach, expect, it } from "vitest";
import { isBaocaoError } from "../../src/core/errors.ts";
import type { Engine, ValueInput } from "../../src/engine/index.ts";
import { readImportFiles } from "../../src/formats/index.ts";
import { indicatorsReportedBy } from "../../src/services/entry-form.ts";
import type { Store } from "../../src/store/index.ts";
import { clerk, townEngine } from "../engine/fixture.ts";
import { describeEachEngine } from "../support/engines.ts";
import { reporter, wardsMonthly } from "./fixture.ts";

// A quarterly form of the wards: filed in the quarter's last month, due on the 16th (Decree 09).
const quarterly = wardsMonthly({
  code: "wards_quarterly",
  nameVi: "Báo cáo quý của phường",
  frequency: "quarter",
  indicators: ["received"],
});

const value = (v: number, period: string, unit = "P1"): ValueInput => ({
  indicator: "received",
  unit,
  period,
  value: v,
});

describeEachEngine("a quarterly form, filed in the quarter's last month", (fresh) => {
  let store: Store;
  let engine: Engine;
  beforeEach(async () => {
    store = await fresh();
    engine = await townEngine(store, () => "2023-09-14T03:00:00.000Z");
    await engine.import({ regimes: [quarterly] }, { by: "system", via: "system" });
  });
  afterEach(() => store.close());

  it("is due, listed and entered in September only, for the third quarter", async () => {
    expect(await engine.submissions.list("2023-08")).toEqual([]);
    const september = await engine.submissions.list("2023-09");
    expect(september.map((s) => [s.unit, s.regime, s.dueDate, s.state])).toEqual([
      ["P1", "wards_quarterly", "2023-09-16", "not_started"],
      ["P2", "wards_quarterly", "2023-09-16", "not_started"],
    ]);
    // Named with its quarter, so the clerk knows the figures are the whole quarter's.
    expect(september[0]?.regimeName).toBe("Báo cáo quý của phường (quý III năm 2023)");
    expect(september[0]?.filedPeriod).toBe("2023-Q3");
    // The ward's entry form has the quarterly figures in September, nothing in July or August.
    const codes = async (period: string) =>
      (await indicatorsReportedBy(engine, "P1", period, [])).map((i) => i.code);
    expect(await codes("2023-07")).toEqual([]);
    expect(await codes("2023-08")).toEqual([]);
    expect(await codes("2023-09")).toEqual(["received"]);
    const outOfTurn = await engine.submissions
      .transition({
        unitCode: "P1",
        regimeCode: "wards_quarterly",
        period: "2023-08",
        transition: "submit",
        expectedVersion: 0,
        actor: reporter,
      })
      .catch((e) => e);
    expect(isBaocaoError(outOfTurn, "submission.unknown_regime")).toBe(true);
    expect(outOfTurn.message).toBe(
      'Biểu "Báo cáo quý của phường" không nộp trong tháng 2023-08: biểu quý nộp vào tháng cuối kỳ.',
    );
  });

  it("keeps the quarter's value in September: the quarter and the year to date count it once", async () => {
    await engine.write([value(30, "2023-09"), value(12, "2023-06")], clerk);
    const read = async (period: string, measure: "value" | "ytd") => {
      const [row] = await engine.query({
        indicators: ["received"],
        units: ["P1"],
        periods: [period],
        measures: [measure],
      });
      return measure === "value" ? row?.value?.value : row?.ytd?.value;
    };
    expect(await read("2023-Q3", "value")).toBe(30);
    expect(await read("2023-08", "value")).toBeNull();
    expect(await read("2023-09", "ytd")).toBe(42);

    // Sent, the quarter's figure is locked; the months before belong to no form and stay open.
    await engine.submissions.transition({
      unitCode: "P1",
      regimeCode: "wards_quarterly",
      period: "2023-09",
      transition: "submit",
      expectedVersion: 0,
      actor: reporter,
    });
    const locked = await engine.write([value(31, "2023-09")], clerk).catch((e) => e);
    expect(isBaocaoError(locked, "value.locked")).toBe(true);
    await engine.write([value(1, "2023-08")], clerk);
  });

  it("takes the quarter's value given as the quarter, in a write and in a CSV, kept in its last month", async () => {
    await engine.write([value(40, "2023-Q2")], clerk);
    const csv = "unit,indicator,period,value\nP2,received,2023-Q3,25\n";
    const { bundle } = readImportFiles([{ name: "quy.csv", text: csv }]);
    await engine.import(bundle, { by: "import", via: "import" });
    const stored = await engine.storedValues({
      unitCodes: ["P1", "P2"],
      periods: ["2023-06", "2023-09"],
    });
    expect(stored.map((v) => [v.unitCode, v.period, v.value])).toEqual([
      ["P1", "2023-06", 40],
      ["P2", "2023-09", 25],
    ]);
    // A month's indicator, or a kind of period no form of the unit has, is refused by name.
    const monthly = await engine
      .write([{ indicator: "resolved", unit: "P1", period: "2023-Q3", value: 5 }], clerk)
      .catch((e) => e);
    expect(isBaocaoError(monthly, "value.invalid_period")).toBe(true);
    expect(monthly.message).toMatch(
      /^Kỳ "2023-Q3": chỉ tiêu resolved \(.*\) của đơn vị P1 không thuộc biểu quý nào của đơn vị; số liệu được nhập theo tháng/u,
    );
    const year = await engine.write([value(9, "2023")], clerk).catch((e) => e);
    expect(isBaocaoError(year, "value.invalid_period")).toBe(true);
  });
});
