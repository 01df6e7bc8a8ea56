import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isBaocaoError } from "../../src/core/errors.ts";
import type { Engine } from "../../src/engine/index.ts";
import { ComposerPool, inThreadComposer } from "../../src/report/index.ts";
import type { StoreLocation } from "../../src/store/index.ts";
import { type ApiFixture, openApiFixture } from "../server/api-fixture.ts";
import { describeEachEngine } from "../support/engines.ts";

const SCRIPTED = new URL("../fixtures/composer/scripted-worker.js", import.meta.url);
const NOWHERE: StoreLocation = { config: { engine: "sqlite", path: "/nonexistent" }, options: {} };

/** A pool of scripted workers (no database): the pool's own rules, without composing. */
function scriptedPool(options: { size?: number; timeLimitMs?: number; queueLimit?: number } = {}) {
  return new ComposerPool({
    location: NOWHERE,
    size: options.size ?? 1,
    timeLimitMs: options.timeLimitMs ?? 10_000,
    queueLimit: options.queueLimit ?? 10,
    entry: SCRIPTED,
  });
}

const job = (template: string) => ({ template, unit: "X", period: "2023-08" });
const threadOf = (composed: { document: unknown }) =>
  (composed.document as { thread: number }).thread;

describe("the composer pool", () => {
  it("stops a job past the time limit with report.too_slow and carries on with a new worker", async () => {
    const pool = scriptedPool({ timeLimitMs: 200 });
    try {
      const first = await pool.compose(job("a"));
      await expect(pool.compose(job("hang"))).rejects.toMatchObject({ code: "report.too_slow" });
      const after = await pool.compose(job("b"));
      expect(after.document).toMatchObject({ period: "b" });
      expect(threadOf(after)).not.toBe(threadOf(first));
    } finally {
      await pool.close();
    }
  });

  it("fails the job of a worker that dies, and replaces the worker", async () => {
    const pool = scriptedPool();
    try {
      await expect(pool.compose(job("crash"))).rejects.toThrow(/exited/);
      expect((await pool.compose(job("c"))).document).toMatchObject({ period: "c" });
    } finally {
      await pool.close();
    }
  });

  it("passes a domain error back with its code and details", async () => {
    const pool = scriptedPool();
    try {
      const error = await pool.compose(job("fail")).catch((e: unknown) => e);
      expect(isBaocaoError(error, "report.front_matter")).toBe(true);
      expect(error).toMatchObject({ details: { line: 2 } });
    } finally {
      await pool.close();
    }
  });

  it("refuses at once, with server.busy, a job beyond the queue", async () => {
    const pool = scriptedPool({ queueLimit: 2 });
    try {
      await pool.compose(job("warm")); // the one worker is up
      const settled = ["hang", "d", "e"].map((t) => pool.compose(job(t)).catch((e: Error) => e));
      await expect(pool.compose(job("f"))).rejects.toMatchObject({ code: "server.busy" });
      await pool.close();
      for (const outcome of await Promise.all(settled)) expect(outcome).toBeInstanceOf(Error);
    } finally {
      await pool.close();
    }
  });

  it("fails the waiting jobs when no worker can start, instead of restarting in a loop", async () => {
    const pool = new ComposerPool({
      location: NOWHERE,
      size: 2,
      timeLimitMs: 10_000,
      queueLimit: 10,
      entry: new URL("../fixtures/composer/no-such-worker.js", import.meta.url),
    });
    try {
      await expect(pool.compose(job("g"))).rejects.toThrow();
    } finally {
      await pool.close();
    }
  });
});

describeEachEngine("the composer pool on the reference dataset", (fresh) => {
  let f: ApiFixture;
  let pool: ComposerPool;
  let engine: Engine;

  beforeAll(async () => {
    f = await openApiFixture(fresh);
    engine = f.engine;
    const location = f.store.location;
    if (!location) throw new Error("the test store has no location");
    pool = new ComposerPool({ location, size: 2, timeLimitMs: 60_000, queueLimit: 10 });
  }, 120_000);
  afterAll(async () => {
    await pool?.close();
    await f?.close();
  });

  it("composes the reference report in workers exactly as on the calling thread", async () => {
    const template = readFileSync(
      new URL("../../reports/nga-nam/bao-cao-thang.md", import.meta.url),
      "utf8",
    );
    const request = { template, unit: "NGA_NAM", period: "2023-08", today: "2023-09-20" };
    const [inWorkers, again] = await Promise.all([pool.compose(request), pool.compose(request)]);
    const here = await inThreadComposer(engine).compose(request);
    expect(inWorkers).toEqual(here);
    expect(again).toEqual(here);
  });
});
