import { afterEach, beforeEach, expect, it } from "vitest";
import type { Engine, ValueInput } from "../../src/engine/index.ts";
import type { Store } from "../../src/store/index.ts";
import { clerk, townEngine } from "../engine/fixture.ts";
import { describeEachEngine } from "../support/engines.ts";

const value = (unit: string, period: string, v: number): ValueInput => ({
  indicator: "received",
  unit,
  period,
  value: v,
});

// The probe's finding: on PostgreSQL a form's save waited 28.8 s behind a 500k-row import (the
// data counter's row was locked by the import until it committed). An import that is still
// running must not hold a save of another ward; on SQLite, one writer at a time by design, the
// save waits for the import and then goes through.
describeEachEngine(
  "security: a running import does not hold a form's save hostage",
  (fresh, name) => {
    let store: Store;
    let engine: Engine;
    beforeEach(async () => {
      store = await fresh();
      engine = await townEngine(store, () => "2023-08-20T08:00:00.000Z");
    });
    afterEach(() => store.close());

    it(name === "postgres"
      ? "saves another ward's value while the import is still open"
      : "saves another ward's value as soon as the import commits", async () => {
      let release = () => {};
      const gate = new Promise<void>((resolve) => {
        release = resolve;
      });
      let started = () => {};
      const written = new Promise<void>((resolve) => {
        started = resolve;
      });
      async function* chunks() {
        yield Array.from({ length: 2000 }, (_, i) =>
          value("P1", `${2001 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`, i),
        ).filter((v) => v.period < "2025-07");
        started();
        await gate;
        yield [value("P3", "2023-08", 7)];
      }
      const importing = engine.import({ values: chunks() }, { by: "import", via: "import" });
      await written;
      const saving = engine.write([{ ...value("P2", "2023-08", 20), expectedVersion: 0 }], clerk);
      if (name === "postgres") {
        // Nothing the save needs is locked by the open import: it commits before the gate opens.
        await expect(saving).resolves.toMatchObject({ created: 1 });
        release();
      } else {
        release();
        await expect(saving).resolves.toMatchObject({ created: 1 });
      }
      await importing;
      const [town] = await engine.query({
        indicators: ["received"],
        units: ["NN"],
        periods: ["2023-08"],
        measures: ["value"],
      });
      // P1's August 2023 value of the first chunk, P2's save and P3's value of the last chunk.
      const p1 = 12 * (2023 - 2001) + 7;
      expect(town?.value?.value).toBe(p1 + 20 + 7);
    }, 60_000);
  },
);
