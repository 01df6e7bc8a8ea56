import { afterEach, beforeEach, expect, it } from "vitest";
import type { Engine, ValueInput } from "../../src/engine/index.ts";
import type { Store } from "../../src/store/index.ts";
import { describeEachEngine } from "../support/engines.ts";
import { clerk, townEngine } from "./fixture.ts";

const value = (unit: string, period: string, v: number): ValueInput => ({
  indicator: "received",
  unit,
  period,
  value: v,
});

describeEachEngine("a streaming import and a form save of another ward", (fresh) => {
  let store: Store;
  let engine: Engine;
  beforeEach(async () => {
    store = await fresh();
    engine = await townEngine(store, () => "2023-08-20T08:00:00.000Z");
  });
  afterEach(() => store.close());

  // The import sums the town's and province's roll-ups over the whole file and writes them with
  // its last statement, so the save's own change of those rows must survive it.
  it("a save during the import is counted with it in the town's total", async () => {
    const order: string[] = [];
    let release = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    let firstWritten = () => {};
    const written = new Promise<void>((resolve) => {
      firstWritten = resolve;
    });
    async function* chunks() {
      yield [value("P1", "2023-08", 100), value("P1", "2023-07", 50)];
      firstWritten();
      await gate;
      yield [value("P3", "2023-08", 7)];
    }
    const importing = engine
      .import({ values: chunks() }, { by: "import", via: "import" })
      .then(() => order.push("import"));
    await written;
    const saving = engine
      .write([{ ...value("P2", "2023-08", 20), expectedVersion: 0 }], clerk)
      .then(() => order.push("save"));
    await new Promise((resolve) => setTimeout(resolve, 300));
    release();
    await Promise.all([importing, saving]);
    expect(order.sort()).toEqual(["import", "save"]);
    const [town] = await engine.query({
      indicators: ["received"],
      units: ["NN"],
      periods: ["2023-08"],
      measures: ["value"],
    });
    expect(town?.value?.value).toBe(127);
  });
});
