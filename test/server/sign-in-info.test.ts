import { afterEach, beforeEach, expect, it } from "vitest";
import { DEMO_SIGN_IN_HINT } from "../../src/cli/demo-accounts.ts";
import { vietnamDate } from "../../src/core/time/index.ts";
import { buildApp } from "../../src/server/index.ts";
import { Accounts } from "../../src/services/accounts/index.ts";
import { migrateToLatest, type Store } from "../../src/store/index.ts";
import { describeEachEngine } from "../support/engines.ts";

describeEachEngine("the login page's demo hint", (fresh) => {
  let store: Store;
  beforeEach(async () => {
    store = await fresh();
    await migrateToLatest(store);
  });
  afterEach(() => store.close());

  /** The server as `serve` (no hint) or `demo` (the demo's hint) builds it. */
  const serverOf = (demo: boolean) =>
    buildApp({
      store,
      version: "test",
      composeWorkers: 0,
      validateResponses: true,
      ...(demo ? { demoHint: DEMO_SIGN_IN_HINT } : {}),
    });

  const info = async (demo: boolean) => {
    const app = await serverOf(demo);
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
        period: "2023-08",
      },
    });
  });

  it("opens the screens on this month in Vietnam, or on the demo's month", async () => {
    await new Accounts(store).add("lan", "Lan", "mat-khau-cua-lan");
    const openPeriod = async (demo: boolean) => {
      const app = await serverOf(demo);
      const login = await app.inject({
        method: "POST",
        url: "/api/auth/login",
        payload: { username: "lan", password: "mat-khau-cua-lan" },
      });
      const cookie = String(login.headers["set-cookie"]).split(";")[0] ?? "";
      const me = await app.inject({ method: "GET", url: "/api/auth/me", headers: { cookie } });
      await app.close();
      expect(me.json().openPeriod).toBe(login.json().openPeriod);
      return login.json().openPeriod as string;
    };
    const month = () => vietnamDate(new Date().toISOString()).slice(0, 7);
    const before = month();
    const opened = await openPeriod(false);
    // Either side of a midnight at the turn of a month, the month the server saw.
    expect([before, month()]).toContain(opened);
    expect(await openPeriod(true)).toBe("2023-08");
  });
});
