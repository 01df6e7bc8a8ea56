import { afterEach, beforeEach, expect, it } from "vitest";
import { buildApp } from "../../src/server/index.ts";
import { migrateToLatest, type Store } from "../../src/store/index.ts";
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
});
