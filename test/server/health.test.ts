import { sql } from "kysely";
import { afterEach, beforeEach, expect, it } from "vitest";
import { buildApp } from "../../src/server/index.ts";
import { migrateDown, migrateToLatest, type Store } from "../../src/store/index.ts";
import { describeEachEngine } from "../support/engines.ts";

describeEachEngine("health endpoint", (fresh, engine) => {
  let store: Store;
  beforeEach(async () => {
    store = await fresh();
    await migrateToLatest(store);
  });
  afterEach(() => store.close());

  it("answers with the version and the engine", async () => {
    const app = await buildApp({ store, version: "9.9.9" });
    const response = await app.inject({ method: "GET", url: "/api/health" });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: "ok", version: "9.9.9", database: engine });
    await app.close();
  });

  it("names every request by an id in its answer: the proxy's when well formed, else its own", async () => {
    const app = await buildApp({ store, version: "9.9.9" });
    const own = await app.inject({ method: "GET", url: "/api/health" });
    const another = await app.inject({ method: "GET", url: "/api/health" });
    expect(own.headers["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
    expect(another.headers["x-request-id"]).not.toBe(own.headers["x-request-id"]);
    const proxied = await app.inject({
      method: "GET",
      url: "/api/health",
      headers: { "x-request-id": "3f1c2a9be07d4c55" },
    });
    expect(proxied.headers["x-request-id"]).toBe("3f1c2a9be07d4c55");
    // Anything else a client sends is not written into the logs.
    const forged = await app.inject({
      method: "GET",
      url: "/api/health",
      headers: { "x-request-id": 'x\n{"level":60} forged' },
    });
    expect(forged.headers["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
    await app.close();
  });

  it("is ready on the schema it expects, and says what differs when it is not", async () => {
    const app = await buildApp({ store, version: "9.9.9" });
    const ready = await app.inject({ method: "GET", url: "/api/ready" });
    expect([ready.statusCode, ready.json()]).toEqual([200, { status: "ready" }]);
    // A newer version ran a migration this one does not know (an older server after an upgrade).
    await sql`insert into kysely_migration (name, timestamp) values ('29990101T000000-future', '2999-01-01')`.execute(
      store.db,
    );
    const newer = await app.inject({ method: "GET", url: "/api/ready" });
    expect([newer.statusCode, newer.json()]).toEqual([
      503,
      { status: "schema_mismatch", pending: [], unknown: ["29990101T000000-future"] },
    ]);
    // …and this version refuses to run on it rather than touch it.
    await expect(migrateToLatest(store)).rejects.toMatchObject({ code: "store.schema_newer" });
    await sql`delete from kysely_migration where name = '29990101T000000-future'`.execute(store.db);
    await migrateDown(store);
    const older = await app.inject({ method: "GET", url: "/api/ready" });
    expect(older.statusCode).toBe(503);
    expect(older.json().pending).toHaveLength(1);
    await app.close();
  });

  it("counts requests by route pattern for Prometheus, to the machine itself only", async () => {
    const app = await buildApp({ store, version: "9.9.9" });
    await app.inject({ method: "GET", url: "/api/health" });
    await app.inject({ method: "GET", url: "/api/health" });
    await app.inject({ method: "GET", url: "/api/units/NO_SUCH_UNIT/history" });
    const metrics = await app.inject({ method: "GET", url: "/metrics" });
    expect(metrics.statusCode).toBe(200);
    expect(metrics.headers["content-type"]).toMatch(/^text\/plain/);
    expect(metrics.body).toContain(
      'baocao_http_requests_total{method="GET",route="/api/health",status="200"} 2',
    );
    expect(metrics.body).toMatch(
      /baocao_http_request_duration_seconds_count\{method="GET",route="\/api\/health"\} 2/,
    );
    expect(metrics.body).toMatch(/baocao_answer_cache_total\{result="hit"\} \d+/);
    expect(metrics.body).toContain("baocao_process_resident_memory_bytes");
    // The unit code asked for is not a label: the route pattern is.
    expect(metrics.body).not.toContain("NO_SUCH_UNIT");
    const outside = await app.inject({
      method: "GET",
      url: "/metrics",
      remoteAddress: "203.0.113.9",
    });
    expect(outside.statusCode).toBe(404);
    await app.close();
  });
});
