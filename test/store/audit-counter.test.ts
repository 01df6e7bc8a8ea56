import { afterEach, beforeEach, expect, it } from "vitest";
import type { Engine } from "../../src/engine/index.ts";
import type { Store } from "../../src/store/index.ts";
import { townEngine } from "../engine/fixture.ts";
import { actorNumbered, everyValue, monthsFrom } from "../engine/value-batches.ts";
import { describeEachEngine } from "../support/engines.ts";

/**
 * Every write of values moves the data counter, so no cached answer outlives it: a write of
 * thousands of values (audit rows appended in bulk) as much as a single one.
 */
describeEachEngine("the data counter and large writes", (fresh) => {
  let store: Store;
  let engine: Engine;
  beforeEach(async () => {
    store = await fresh();
    engine = await townEngine(store);
  });
  afterEach(async () => {
    await store.close();
  });

  it("moves for a write of thousands of values, then for a single value", async () => {
    const large = everyValue(monthsFrom(2022, 42), (i) => i + 1);
    expect(large.length).toBeGreaterThanOrEqual(1000);
    const before = await store.repos.epochs.current();
    const written = await engine.write(large, actorNumbered("importer", "2024-02-01", 1));
    expect(written.created).toBe(large.length);
    const afterLarge = await store.repos.epochs.current();
    expect(afterLarge).toBeGreaterThan(before);

    const one = large[0];
    if (!one) throw new Error("no value");
    await engine.write(
      [{ ...one, value: 999_999, expectedVersion: 1 }],
      actorNumbered("clerk", "2024-02-02", 2),
    );
    expect(await store.repos.epochs.current()).toBeGreaterThan(afterLarge);
    const audit = await store.db.selectFrom("value_audit").select(["version"]).execute();
    expect(audit.length).toBe(large.length + 1);
  });
});
