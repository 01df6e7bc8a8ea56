import fc from "fast-check";
import { afterEach, beforeEach, expect, it } from "vitest";
import type { Engine, ValueInput } from "../../src/engine/index.ts";
import { composeReport } from "../../src/report/index.ts";
import type { Store } from "../../src/store/index.ts";
import { describeEachEngine } from "../support/engines.ts";
import { rowsOf } from "../support/tables.ts";
import { clerk, townEngine } from "./fixture.ts";

// The town NN and the units under it in 2023 (TAX is an agency of the town).
const UNDER_NN = ["P1", "P2", "P3", "LB", "TAX"];
const MONTHS = ["2023-06", "2023-07", "2023-08"];

describeEachEngine("min and max over units", (fresh) => {
  let store: Store;
  let engine: Engine;
  beforeEach(async () => {
    store = await fresh();
    engine = await townEngine(store);
  });
  afterEach(() => store.close());

  /** The figure of the town and the province, month and year to date, as the engine reads it. */
  async function figures(indicator: string, period: string) {
    const rows = await engine.query({
      indicators: [indicator],
      units: ["NN", "ST"],
      periods: [period],
      measures: ["value", "ytd"],
    });
    return rows.map((r) => [r.unit, r.value?.value ?? null, r.ytd?.value ?? null]);
  }

  /** The same, from the raw values: the extreme of each month, then of the months so far. */
  async function expected(indicator: string, period: string, pick: (xs: number[]) => number) {
    const stored = await engine.storedValues({ indicatorCodes: [indicator] });
    const month = (m: string) => {
      const xs = stored.filter((v) => v.period === m && UNDER_NN.includes(v.unitCode));
      return xs.length === 0 ? null : pick(xs.map((v) => v.value as number));
    };
    const sofar = MONTHS.filter((m) => m <= period)
      .map(month)
      .filter((x): x is number => x !== null);
    const ytd = sofar.length === 0 ? null : pick(sofar);
    return ["NN", "ST"].map((unit) => [unit, month(period), ytd]);
  }

  it("follow every write, delete and revision, as computed from the raw values (and keep no roll-ups)", async () => {
    const write = fc.record({
      unit: fc.constantFrom(...UNDER_NN),
      period: fc.constantFrom(...MONTHS),
      value: fc.integer({ min: 4000, max: 9000 }),
      remove: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(write, { maxLength: 6 }), { maxLength: 6 }),
        async (batches) => {
          await store.db.deleteFrom("data_values").execute();
          for (const batch of batches) {
            const seen = new Set<string>();
            const inputs: ValueInput[] = [];
            for (const w of batch) {
              if (seen.has(`${w.unit}|${w.period}`)) continue;
              seen.add(`${w.unit}|${w.period}`);
              for (const indicator of ["price_low", "price_high"])
                inputs.push({
                  indicator,
                  unit: w.unit,
                  period: w.period,
                  value: w.remove ? null : w.value,
                  delete: w.remove,
                });
            }
            await engine.write(inputs, clerk);
          }
          for (const period of MONTHS) {
            expect(await figures("price_low", period)).toEqual(
              await expected("price_low", period, (xs) => Math.min(...xs)),
            );
            expect(await figures("price_high", period)).toEqual(
              await expected("price_high", period, (xs) => Math.max(...xs)),
            );
          }
          const rollups = await rowsOf(store, "rollups");
          expect(rollups.filter((r) => r.indicator_code.startsWith("price_"))).toEqual([]);
        },
      ),
      { numRuns: 15 },
    );
  });

  it("reach a report and the reporting completeness", async () => {
    await engine.write(
      [
        { indicator: "price_low", unit: "P1", period: "2023-08", value: 6200 },
        { indicator: "price_low", unit: "P2", period: "2023-08", value: 5900, status: "estimate" },
        { indicator: "price_high", unit: "P1", period: "2023-08", value: 6200 },
        { indicator: "price_high", unit: "P2", period: "2023-08", value: 7100 },
      ],
      clerk,
    );
    const report = await composeReport(engine, {
      template: "Giá lúa từ {{ price_low | number }} đến {{ price_high | number }} đồng/kg.",
      unit: "NN",
      period: "2023-08",
    });
    const text = report.blocks
      .flatMap((b) => (b.kind === "paragraph" ? b.runs : []))
      .map((r) => ("text" in r ? r.text : ""));
    expect(text.join("")).toBe("Giá lúa từ 5.900 đến 7.100 đồng/kg.");
    const low = report.blocks
      .flatMap((b) => (b.kind === "paragraph" ? b.runs : []))
      .find((r) => r.kind === "figure");
    expect(low).toMatchObject({ value: 5900, status: "estimate" });
    const [row] = await engine.query({
      indicators: ["price_high"],
      units: ["NN"],
      periods: ["2023-08"],
      measures: ["completeness"],
    });
    expect(row?.completeness?.reported).toEqual(["P1", "P2"]);
  });
});
