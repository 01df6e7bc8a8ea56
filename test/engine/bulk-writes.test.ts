import fc from "fast-check";
import { afterEach, beforeEach, expect, it } from "vitest";
import { isBaocaoError } from "../../src/core/errors.ts";
import type { Actor } from "../../src/core/values/index.ts";
import type { Engine, ValueInput } from "../../src/engine/index.ts";
import { writeValues } from "../../src/engine/write-values.ts";
import type { Store } from "../../src/store/index.ts";
import { describeEachEngine } from "../support/engines.ts";
import { townEngine, units } from "./fixture.ts";
import { byKey, ValueModel } from "./value-model.ts";

/** Units of the fixture that hold values before the 2025 merger, the town included (it has children). */
const UNITS = ["P1", "P2", "P3", "LB", "TAX", "NN"];
const INDICATORS = ["received", "loans", "price", "rice_yield", "rice_area", "revenue"];
const context = (n: number): Actor => ({
  by: `clerk ${n}`,
  via: "import",
  at: `2024-01-01T00:00:${String(n % 60).padStart(2, "0")}.000Z`,
});

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
    return stored;
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
            : { ...v, value: (v.value ?? 0) + 1.25, status: "estimate" as const },
      )
      .concat(everyValue(monthsFrom(2020, 12), (i) => i));
    const stored = await runAgainstModel([first, second]);
    expect(stored.values.length).toBeGreaterThan(10_000);
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

/** Whether a unit of the fixture exists in a month. */
function unitExists(code: string, period: string): boolean {
  const unit = units.find((u) => u.code === code);
  const day = `${period}-01`;
  return (
    unit !== undefined && unit.validFrom <= day && (unit.validTo === null || day < unit.validTo)
  );
}

/** Every stored row of the three tables the writes touch, in key order. */
async function snapshot(store: Store) {
  const values = (await store.db.selectFrom("data_values").selectAll().execute()).sort(byKey);
  const audit = (await store.db.selectFrom("value_audit").selectAll().execute()).sort(
    (a, b) => byKey(a, b) || a.version - b.version,
  );
  const rollups = (await store.db.selectFrom("rollups").selectAll().execute()).sort(byKey);
  // The bulk path may add one aggregate's differences in two statements, so float sums can
  // differ in the last bits.
  const rounded = rollups.map((r) => ({
    ...r,
    total: round(r.total),
    weighted_total: round(r.weighted_total),
    weight_total: round(r.weight_total),
  }));
  return { values, audit, rollups: rounded };
}

function round(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

/** One input per unit × indicator (pupils: per school level) × month, numbered for `value`. */
function everyValue(months: readonly string[], value: (i: number) => number): ValueInput[] {
  const inputs: ValueInput[] = [];
  for (const period of months) {
    for (const unit of UNITS) {
      for (const indicator of INDICATORS) {
        inputs.push({ indicator, unit, period, value: value(inputs.length) });
      }
      for (const level of ["tieu_hoc", "thcs"]) {
        inputs.push({
          indicator: "pupils",
          unit,
          period,
          disaggregation: { school_level: level },
          value: value(inputs.length),
        });
      }
    }
  }
  return inputs;
}

function monthsFrom(year: number, count: number): string[] {
  return Array.from({ length: count }, (_, i) => {
    const y = year + Math.floor(i / 12);
    return `${y}-${String((i % 12) + 1).padStart(2, "0")}`;
  });
}

/** A batch of distinct keys: values, deletes, estimates, notes, version checks, some invalid. */
function batchArbitrary() {
  const write = fc.record({
    indicator: fc.constantFrom(...INDICATORS, "pupils"),
    // PNN exists only from 2025-07: a rare write to it fails the batch with the input's index.
    unit: fc.oneof(
      { arbitrary: fc.constantFrom(...UNITS), weight: 40 },
      { arbitrary: fc.constant("PNN"), weight: 1 },
    ),
    period: fc.constantFrom("2023-07", "2023-08", "2025-06"),
    level: fc.constantFrom("tieu_hoc", "thcs"),
    value: fc.oneof(
      fc.integer({ min: 0, max: 1000 }),
      // Values the engine takes: 0, or no smaller than 10^-9 (value-bounds.test.ts tests the refusal).
      fc.double({ min: 0, max: 100, noNaN: true }).map((v) => (v < 1e-9 ? 0 : v)),
    ),
    estimate: fc.boolean(),
    note: fc.constantFrom("", "sửa", 'a "b"'),
    remove: fc.boolean(),
    blank: fc.integer({ min: 0, max: 9 }),
    expectedVersion: fc.oneof(
      { arbitrary: fc.constant(undefined), weight: 12 },
      { arbitrary: fc.integer({ min: 0, max: 2 }), weight: 1 },
    ),
  });
  return fc.array(write, { minLength: 1, maxLength: 12 }).map((writes) => {
    const seen = new Set<string>();
    const inputs: ValueInput[] = [];
    for (const w of writes) {
      const pupils = w.indicator === "pupils";
      const k = `${w.indicator}|${w.unit}|${w.period}|${pupils ? w.level : ""}`;
      if (seen.has(k)) continue;
      seen.add(k);
      const integer = ["received", "pupils"].includes(w.indicator);
      inputs.push({
        indicator: w.indicator,
        unit: w.unit,
        period: w.period,
        disaggregation: pupils ? { school_level: w.level } : {},
        value: w.remove || w.blank === 0 ? null : integer ? Math.round(w.value) : w.value,
        delete: w.remove,
        status: w.estimate ? "estimate" : "official",
        note: w.note,
        ...(w.expectedVersion === undefined ? {} : { expectedVersion: w.expectedVersion }),
      });
    }
    return inputs;
  });
}
