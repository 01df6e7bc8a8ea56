import { describe, expect, it } from "vitest";
import { readAhead } from "../../src/engine/read-ahead.ts";

/** A source of `n` numbers that records how far it was read and whether it was closed. */
function counted(n: number, failAt?: number) {
  const state = { produced: 0, closed: false };
  async function* source() {
    try {
      for (let i = 0; i < n; i++) {
        await new Promise((resolve) => setImmediate(resolve));
        if (i === failAt) throw new Error(`bad item ${i}`);
        state.produced++;
        yield i;
      }
    } finally {
      state.closed = true;
    }
  }
  return { state, source: source() };
}

describe("readAhead", () => {
  it("gives every item in order, reading ahead while the consumer waits", async () => {
    const { state, source } = counted(20);
    const seen: number[] = [];
    let aheadWhileWaiting = 0;
    for await (const item of readAhead(source, 5)) {
      seen.push(item);
      if (item === 0) {
        // The consumer waits (for the database): the source goes on meanwhile.
        for (let i = 0; i < 20; i++) await new Promise((resolve) => setImmediate(resolve));
        aheadWhileWaiting = state.produced - 1;
      }
    }
    expect(seen).toEqual([...Array(20).keys()]);
    expect(aheadWhileWaiting).toBe(5);
  });

  it("throws the source's error at its place, after the items before it", async () => {
    const { source } = counted(10, 6);
    const seen: number[] = [];
    await expect(
      (async () => {
        for await (const item of readAhead(source, 3)) seen.push(item);
      })(),
    ).rejects.toThrow("bad item 6");
    expect(seen).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it("closes the source when the consumer stops early", async () => {
    const { state, source } = counted(100);
    for await (const item of readAhead(source, 4)) if (item === 2) break;
    expect(state.closed).toBe(true);
    expect(state.produced).toBeLessThan(100);
  });

  it("is the source itself with depth 0", async () => {
    const { state, source } = counted(3);
    const seen: number[] = [];
    for await (const item of readAhead(source, 0)) {
      seen.push(item);
      expect(state.produced).toBe(item + 1);
    }
    expect(seen).toEqual([0, 1, 2]);
  });
});
