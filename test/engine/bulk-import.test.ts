import fc from "fast-check";
import { afterEach, beforeEach, expect, it } from "vitest";
import { isBaocaoError } from "../../src/core/errors.ts";
import type { Engine, ValueInput } from "../../src/engine/index.ts";
import {
  BULK_FROM,
  type BulkPace,
  type ValueWritePath,
  writeValueSource,
} from "../../src/engine/value-stream.ts";
import type { Store } from "../../src/store/index.ts";
import { describeEachEngine } from "../support/engines.ts";
import { townEngine } from "./fixture.ts";
import {
  actorNumbered,
  batchArbitrary,
  everyValue,
  monthsFrom,
  snapshot,
} from "./value-batches.ts";

const context = (n: number) => actorNumbered("importer", "2024-02-01", n);

/**
 * The bulk path of an import (changes staged, applied set-based, roll-ups rebuilt for the pairs
 * touched) against the ordinary one (chunk by chunk, roll-ups kept value by value): two stores
 * take the same imports, one path each, and must end with the same results, values, audit rows
 * and roll-ups.
 */
describeEachEngine("the bulk path of an import", (fresh) => {
  let ordinary: Store;
  let bulk: Store;
  let engine: Engine;
  beforeEach(async () => {
    ordinary = await fresh();
    bulk = await fresh();
    engine = await townEngine(ordinary);
    await townEngine(bulk);
  });
  afterEach(async () => {
    await ordinary.close();
    await bulk.close();
  });

  /** Imports `source` in one transaction by `path`: its counts, or its error's code and index. */
  async function importBy(
    store: Store,
    path: ValueWritePath,
    source: readonly ValueInput[] | AsyncIterable<readonly ValueInput[]>,
    n: number,
    pace?: BulkPace,
  ): Promise<unknown> {
    try {
      return await store.transaction(
        (repos) =>
          writeValueSource(repos, engine.catalogue, source, context(n), undefined, path, pace),
        "import",
      );
    } catch (error) {
      if (!isBaocaoError(error)) throw error;
      return [error.code, error.details.index];
    }
  }

  async function sameByBothPaths(imports: readonly (readonly ValueInput[])[], pace?: BulkPace) {
    for (const store of [ordinary, bulk]) {
      await store.db.deleteFrom("rollups").execute();
      await store.db.deleteFrom("data_values").execute();
      await store.db.deleteFrom("value_audit").execute();
    }
    const results: unknown[] = [];
    for (const [n, values] of imports.entries()) {
      const byOrdinary = await importBy(ordinary, "ordinary", values, n);
      // With a pace, in chunks of 700 values (the ones a list is cut into are 5,000).
      const byBulk = await importBy(bulk, "bulk", pace ? chunked(values, 700) : values, n, pace);
      expect(byBulk).toEqual(byOrdinary);
      results.push(byOrdinary);
    }
    const expected = await snapshot(ordinary);
    expect(await snapshot(bulk)).toEqual(expected);
    return { ...expected, results };
  }

  it("stores the same values, audit rows and roll-ups as the ordinary path, for random imports", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(batchArbitrary(), { minLength: 1, maxLength: 4 }),
        async (imports) => {
          await sameByBothPaths(imports);
        },
      ),
      { numRuns: 15 },
    );
  }, 180_000); // two stores and up to four imports a run: slow on a busy machine

  /** New values, then revisions, deletes and new ones: thousands, over several chunks. */
  function thousands(): ValueInput[][] {
    const months = monthsFrom(2010, 10 * 12); // 6 units × 8 series × 120 months = 5,760 values
    const first = everyValue(months, (i) => i % 997);
    const second = first
      .filter((_, i) => i % 3 !== 0)
      .map((v, i) =>
        i % 5 === 0
          ? { ...v, value: null, delete: true }
          : i % 5 === 1
            ? v
            : { ...v, value: (v.value ?? 0) + step(v), status: "estimate" as const },
      )
      .concat(everyValue(monthsFrom(2022, 12), (i) => i));
    return [first, second];
  }

  it("stores the same for imports of thousands of values: new ones, then revisions, deletes and new ones", async () => {
    const [first, second] = thousands() as [ValueInput[], ValueInput[]];
    const stored = await sameByBothPaths([first, second]);
    expect(stored.results).toEqual([
      { created: first.length, updated: 0, deleted: 0, unchanged: 0 },
      expect.objectContaining({ created: 12 * 48 }),
    ]);
    expect(stored.values.length).toBeGreaterThan(5_000);
    expect(stored.audit.length).toBeGreaterThan(stored.values.length);
  }, 120_000);

  it("stores the same when the staged changes are applied on the way, with the source read ahead", async () => {
    // Applied after every chunk of 700 values, four chunks read ahead.
    const pace = { applyEvery: 1, readAhead: 4 };
    const imports = thousands();
    const stored = await sameByBothPaths(imports, pace);
    expect(stored.results).toEqual([
      { created: imports[0]?.length, updated: 0, deleted: 0, unchanged: 0 },
      expect.objectContaining({ created: 12 * 48 }),
    ]);
    // And a stale version in a late chunk, after earlier chunks were applied, writes nothing.
    const before = await snapshot(bulk);
    const late = (imports[1] as ValueInput[]).map((v, i) =>
      i === 4_000 ? { ...v, expectedVersion: 7 } : v,
    );
    expect(await importBy(bulk, "bulk", chunked(late, 700), 9, pace)).toEqual([
      "value.conflict",
      4_000,
    ]);
    expect(await snapshot(bulk)).toEqual(before);
  }, 180_000);

  it("stores the same when no value of the import is weighted or a weight (a rebuild without the weights)", async () => {
    const unweighted = thousands().map((values) =>
      values.filter((v) => v.indicator !== "rice_yield" && v.indicator !== "rice_area"),
    );
    const stored = await sameByBothPaths(unweighted);
    expect(stored.rollups.length).toBeGreaterThan(1_000);
  }, 120_000);

  it("writes nothing when a row of a late chunk is bad, on the bulk path", async () => {
    const months = monthsFrom(2015, 12);
    await importBy(
      bulk,
      "bulk",
      everyValue(months, () => 1),
      0,
    );
    const before = await snapshot(bulk);
    const revision = everyValue(months, () => 2);
    async function* chunks() {
      yield revision.slice(0, 300);
      yield revision.slice(300, 500);
      // A unit that exists only from 2025-07.
      yield [
        ...revision.slice(500),
        { indicator: "received", unit: "PNN", period: "2016-01", value: 1 },
      ];
    }
    expect(await importBy(bulk, "bulk", chunks(), 1)).toEqual([
      "value.unit_not_valid",
      revision.length,
    ]);
    expect(await snapshot(bulk)).toEqual(before);
  });

  it("takes the bulk path after its first values by default, with the same result as the ordinary path", async () => {
    // Before the 2025 merger 6 units, after it 3, × 8 series: more than BULK_FROM values, so
    // both paths write part of it.
    const months = monthsFrom(2000, 51 * 12);
    const values = [
      ...everyValue(
        months.filter((m) => m < "2025-07"),
        (i) => i % 13,
      ),
      ...everyValue(
        months.filter((m) => m >= "2025-07"),
        (i) => i % 7,
        ["ST", "PNN", "LB2"],
      ),
    ].map((v) => ({ ...v, value: (v.value ?? 0) + step(v) }));
    expect(values.length).toBeGreaterThan(BULK_FROM);
    const ordinaryResult = await importBy(ordinary, "ordinary", values, 0);
    const autoResult = await importBy(bulk, "auto", values, 0);
    expect(autoResult).toEqual(ordinaryResult);
    expect(autoResult).toEqual({ created: values.length, updated: 0, deleted: 0, unchanged: 0 });
    expect(await snapshot(bulk)).toEqual(await snapshot(ordinary));
  }, 180_000);
});

/** The values as a reader gives them: chunk by chunk. */
async function* chunked(values: readonly ValueInput[], size: number) {
  for (let i = 0; i < values.length; i += size) yield values.slice(i, i + size);
}

/** A revision's step: a decimal, but a whole one for the indicators that count (integers). */
function step(v: ValueInput): number {
  return ["received", "pupils"].includes(v.indicator) ? 1 : 1.25;
}
