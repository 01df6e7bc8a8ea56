import { describe, expect, it } from "vitest";
import { AnswerCache } from "./answer-cache.ts";

/** A computation the test ends when it wants, with the data it would have read then. */
function gated() {
  let data = 0;
  let calls = 0;
  const gates: (() => void)[] = [];
  const compute = async () => {
    calls++;
    // What the computation reads, it reads when it starts.
    const seen = data;
    await new Promise<void>((r) => gates.push(r));
    return { data: seen };
  };
  return {
    compute,
    set: (value: number) => {
      data = value;
    },
    calls: () => calls,
    open: async () => {
      // Let queued computations reach their gate first.
      for (let i = 0; i < 5; i++) await Promise.resolve();
      gates.shift()?.();
      for (let i = 0; i < 5; i++) await Promise.resolve();
    },
  };
}

const text = async (bytes: Promise<Buffer>) => (await bytes).toString("utf8");

describe("AnswerCache", () => {
  it("computes once per key and epoch, again when the epoch moves", async () => {
    const cache = new AnswerCache();
    let calls = 0;
    const compute = async () => ({ n: ++calls });
    expect(await text(cache.json("a", 1, compute))).toBe('{"n":1}');
    expect(await text(cache.json("a", 1, compute))).toBe('{"n":1}');
    expect(await text(cache.json("a", 2, compute))).toBe('{"n":2}');
    expect(await text(cache.json("b", 2, compute))).toBe('{"n":3}');
    expect(calls).toBe(3);
  });

  it("shares one computation between requests that miss together, and keeps no failure", async () => {
    const cache = new AnswerCache();
    let calls = 0;
    const slow = async () => {
      calls++;
      await new Promise((r) => setTimeout(r, 5));
      return calls;
    };
    const answers = await Promise.all([
      text(cache.json("a", 1, slow)),
      text(cache.json("a", 1, slow)),
    ]);
    expect(answers).toEqual(["1", "1"]);
    expect(calls).toBe(1);
    await expect(
      cache.json("b", 1, async () => Promise.reject(new Error("down"))),
    ).rejects.toThrow();
    expect(await text(cache.json("b", 1, async () => "up"))).toBe('"up"');
  });

  it("gives readers newer than the running computation one shared computation after it, with the new data", async () => {
    const cache = new AnswerCache();
    const dashboard = gated();
    const first = text(cache.json("d", 1, dashboard.compute));
    // Two saves land while the first computation runs; their readers must not get its answer.
    dashboard.set(2);
    const second = text(cache.json("d", 2, dashboard.compute));
    dashboard.set(3);
    const third = text(cache.json("d", 3, dashboard.compute));
    const sameAsFirst = text(cache.json("d", 1, dashboard.compute));
    expect(dashboard.calls()).toBe(1);
    await dashboard.open();
    expect(await first).toBe('{"data":0}');
    expect(await sameAsFirst).toBe('{"data":0}');
    // The queued computation starts only now, after every waiting reader read its epoch.
    expect(dashboard.calls()).toBe(2);
    await dashboard.open();
    expect(await second).toBe('{"data":3}');
    expect(await third).toBe('{"data":3}');
    expect(await text(cache.json("d", 3, dashboard.compute))).toBe('{"data":3}');
    expect(dashboard.calls()).toBe(2);
  });

  it("starts the queued computation even when the running one fails", async () => {
    const cache = new AnswerCache();
    let fail = true;
    let calls = 0;
    const compute = async () => {
      calls++;
      const failing = fail;
      await new Promise((r) => setTimeout(r, 5));
      if (failing) throw new Error("down");
      return "up";
    };
    const first = cache.json("e", 1, compute);
    fail = false;
    const second = cache.json("e", 2, compute);
    await expect(first).rejects.toThrow("down");
    expect(await text(second)).toBe('"up"');
    expect(calls).toBe(2);
  });

  it("forgets the oldest answer when full", async () => {
    const cache = new AnswerCache(2);
    let calls = 0;
    const compute = async () => ++calls;
    await cache.json("a", 1, compute);
    await cache.json("b", 1, compute);
    await cache.json("c", 1, compute);
    await cache.json("b", 1, compute);
    expect(calls).toBe(3);
    await cache.json("a", 1, compute);
    expect(calls).toBe(4);
  });
});
