import { afterEach, beforeEach, expect, it } from "vitest";
import { DEMO_SIGN_IN_HINT } from "../../src/cli/demo-accounts.ts";
import { buildApp } from "../../src/server/index.ts";
import { migrateToLatest, type Store } from "../../src/store/index.ts";
import { describeEachEngine } from "../support/engines.ts";

describeEachEngine("the login page's demo hint", (fresh) => {
  let store: Store;
  beforeEach(async () => {
    store = await fresh();
    await migrateToLatest(store);
  });
  afterEach(() => store.close());

  const info = async (demo: boolean) => {
    const app = await buildApp({
      store,
      version: "test",
      composeWorkers: 0,
      validateResponses: true,
      ...(demo ? { demoHint: DEMO_SIGN_IN_HINT } : {}),
    });
    const response = await app.inject({ method: "GET", url: "/api/auth/sign-in-info" });
    await app.close();
    expect(response.statusCode).toBe(200);
    return response.json();
  };

  it("is empty on `serve`, and lists the demo accounts only on `demo`", async () => {
    expect(await info(false)).toEqual({ demo: null });
    expect(await info(true)).toEqual({
      demo: {
        usernames: ["admin", "quantri", "vanphong", "lanhdao", "xem", "phuong1", "xa1", "tckh"],
        password: "baocao2023",
      },
    });
  });
});
