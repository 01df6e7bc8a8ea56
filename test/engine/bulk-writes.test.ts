import fc from "fast-check";
import { afterEach, beforeEach, expect, it } from "vitest";
import { isBaocaoError } from "../../src/core/errors.ts";
import type { Engine, ValueInput } from "../../src/engine/index.ts";
import { writeValues } from "../../src/engine/write-values.ts";
import type { Store } from "../../src/store/index.ts";
import { describeEachEngine } from "../support/engines.ts";
import { townEngine } from "./fixture.ts";
import {
  actorNumbered,
  batchArbitrary,
  everyValue,
  monthsFrom,
  snapshot,
  UNITS,
  unitExists,
} from "./value-batches.ts";
import { ValueModel } from "./value-model.ts";

const context = (n: number) => actorNumbered("clerk", "2024-01-01", n);

describeEachEngine("engine bulk writes", (fresh) => {
  let store: Store;
  let engine: Engine;
  beforeEach(async () => {
    store = await fresh();
    engine = await townEngine(store);
  });
  afterEach(() => store.close());

  /**
   * Runs the batches through the write path on empty tables, and through the model: the results,
   * values and audit rows must be the model's, and the roll-ups kept incrementally must be those
   * rebuilt from the raw values afterwards (a replay of every value through the same rules).
   */
  async function runAgainstModel(batches: readonly (readonly ValueInput[])[]) {
    await store.db.deleteFrom("rollups").execute();
    await store.db.deleteFrom("data_values").execute();
    await store.db.deleteFrom("value_audit").execute();
    const model = new ValueModel(engine.catalogue, unitExists);
    const results: unknown[] = [];
    const expected: unknown[] = [];
    for (const [n, batch] of batches.entries()) {
      expected.push(model.apply(batch, context(n)));
      try {
        const r = await writeValues(store, engine.catalogue, batch, context(n));
        results.push([r.created, r.updated, r.deleted, r.unchanged, r.outcomes]);
      } catch (error) {
        if (!isBaocaoError(error)) throw error;
        results.push([error.code, error.details.index]);
      }
    }
    const stored = await snapshot(store);
    await store.repos.rollups.rebuildFromRaw();
    const rebuilt = await snapshot(store);
    expect(results).toEqual(expected);
    expect({ values: stored.values, audit: stored.audit }).toEqual(model.tables());
    expect(stored.rollups).toEqual(rebuilt.rollups);
    return { ...stored, results };
  }

  it("writes batches of new, revised, unchanged, deleted, stale and invalid values as the model says, with roll-ups equal to a rebuild", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(batchArbitrary(), { minLength: 1, maxLength: 5 }),
        async (batches) => {
          await runAgainstModel(batches);
        },
      ),
      { numRuns: 30 },
    );
  }, 120_000); // 30 runs of up to five batches and a rebuild each: slow on a busy machine

  it("writes batches larger than a chunk (new keys, then a revision mixing new, stored and deleted keys) as the model says", async () => {
    const months = monthsFrom(2000, 25 * 12); // 6 units × 8 series × 300 months = 14,400 values
    const first = everyValue(months, (i) => i % 997);
    const second = first
      .filter((_, i) => i % 3 !== 0)
      .map((v, i) =>
        i % 5 === 0
          ? { ...v, value: null, delete: true }
          : i % 5 === 1
            ? v
            : { ...v, value: (v.value ?? 0) + 2, status: "estimate" as const },
      )
      .concat(everyValue(monthsFrom(2025, 6), (i) => i)); // months after the first batch's
    const stored = await runAgainstModel([first, second]);
    expect(stored.values.length).toBeGreaterThan(10_000);
    // The revision itself went in (a refused batch would leave only the model's refusal to compare).
    const [created, updated, deleted] = stored.results[1] as number[];
    expect(created).toBeGreaterThan(0);
    expect(updated).toBeGreaterThan(1_000);
    expect(deleted).toBeGreaterThan(1_000);
  }, 120_000); // tens of thousands of values: slow on a busy machine

  it("writes nothing when a late input of a large batch is stale, and names that input", async () => {
    const months = monthsFrom(2000, 12 * 12);
    await writeValues(
      store,
      engine.catalogue,
      everyValue(months, () => 1),
      context(0),
    );
    const before = await snapshot(store);
    const revision = everyValue(months, () => 2);
    const late = revision.length - 3;
    revision[late] = { ...(revision[late] as ValueInput), expectedVersion: 0 };
    await expect(writeValues(store, engine.catalogue, revision, context(1))).rejects.toMatchObject({
      code: "value.conflict",
      details: { index: late },
    });
    expect(await snapshot(store)).toEqual(before);
  });

  it("keeps text with quotes, backslashes, braces, commas and Vietnamese, and doubles exactly, through the bulk statements", async () => {
    const awkward = [`"quoted"`, "back\\slash", "{braces},", "NULL", "", "Nguồn: Sở Tài chính"];
    const doubles = [
      0.1 + 0.2,
      5.219,
      1.234567891e-9,
      987654321098765.4,
      123456789.12345679,
      2 ** 49 - 1,
    ];
    const inputs = doubles.map((value, i) => ({
      indicator: "price",
      unit: UNITS[i] as string,
      period: "2023-08",
      value,
      note: awkward[i] as string,
      source: awkward[awkward.length - 1 - i] as string,
    }));
    await writeValues(store, engine.catalogue, inputs, context(0));
    const { values, audit } = await snapshot(store);
    const byUnit = <T extends { unit_code: string }>(rows: readonly T[]) =>
      [...rows].sort((a, b) => UNITS.indexOf(a.unit_code) - UNITS.indexOf(b.unit_code));
    expect(byUnit(values).map((v) => [v.value, v.note, v.source])).toEqual(
      inputs.map((i) => [i.value, i.note, i.source]),
    );
    expect(byUnit(audit).map((a) => a.note)).toEqual(awkward);
  });
});
