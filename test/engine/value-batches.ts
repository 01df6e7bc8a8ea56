import fc from "fast-check";
import type { Actor } from "../../src/core/values/index.ts";
import type { ValueInput } from "../../src/engine/index.ts";
import type { Store } from "../../src/store/index.ts";
import { units } from "./fixture.ts";
import { byKey } from "./value-model.ts";

/** Batches of value writes on the town fixture, shared by the tests of the write paths. */

/** Units of the fixture that hold values before the 2025 merger, the town included (it has children). */
export const UNITS = ["P1", "P2", "P3", "LB", "TAX", "NN"];
export const INDICATORS = ["received", "loans", "price", "rice_yield", "rice_area", "revenue"];
/** Whether a unit of the fixture exists in a month. */
export function unitExists(code: string, period: string): boolean {
  const unit = units.find((u) => u.code === code);
  const day = `${period}-01`;
  return (
    unit !== undefined && unit.validFrom <= day && (unit.validTo === null || day < unit.validTo)
  );
}

/** Every stored row of the three tables the writes touch, in key order. */
export async function snapshot(store: Store) {
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

export function round(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

/** One input per unit × indicator (pupils: per school level) × month, numbered for `value`. */
export function everyValue(
  months: readonly string[],
  value: (i: number) => number,
  unitCodes: readonly string[] = UNITS,
): ValueInput[] {
  const inputs: ValueInput[] = [];
  for (const period of months) {
    for (const unit of unitCodes) {
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

export function monthsFrom(year: number, count: number): string[] {
  return Array.from({ length: count }, (_, i) => {
    const y = year + Math.floor(i / 12);
    return `${y}-${String((i % 12) + 1).padStart(2, "0")}`;
  });
}

/** A batch of distinct keys: values, deletes, estimates, notes, version checks, some invalid. */
export function batchArbitrary() {
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

/** The n-th writer of a test, at its own second of `day` (so audit rows sort by writer). */
export function actorNumbered(name: string, day: string, n: number): Actor {
  return {
    by: `${name} ${n}`,
    via: "import",
    at: `${day}T00:00:${String(n % 60).padStart(2, "0")}.000Z`,
  };
}
