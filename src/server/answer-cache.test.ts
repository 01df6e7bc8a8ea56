import { describe, expect, it } from "vitest";
import { AnswerCache } from "./answer-cache.ts";

describe("AnswerCache", () => {
  it("computes once per key and epoch, again when the epoch moves", async () => {
    const cache = new AnswerCache();
    let calls = 0;
    const compute = async () => ({ n: ++calls });
    expect(await cache.json("a", 1, compute)).toBe('{"n":1}');
    expect(await cache.json("a", 1, compute)).toBe('{"n":1}');
    expect(await cache.json("a", 2, compute)).toBe('{"n":2}');
    expect(await cache.json("b", 2, compute)).toBe('{"n":3}');
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
    const answers = await Promise.all([cache.json("a", 1, slow), cache.json("a", 1, slow)]);
    expect(answers).toEqual(["1", "1"]);
    expect(calls).toBe(1);
    await expect(
      cache.json("b", 1, async () => Promise.reject(new Error("down"))),
    ).rejects.toThrow();
    await new Promise((r) => setTimeout(r, 0));
    expect(await cache.json("b", 1, async () => "up")).toBe('"up"');
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
