import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import { afterEach, beforeEach, expect, it, vi } from "vitest";
import { Accounts } from "../../src/services/accounts/index.ts";
import { openStore, type Store } from "../../src/store/index.ts";
import { describeEachEngine } from "../support/engines.ts";
import { authApp, PASSWORD, seed } from "./fixture.ts";

// Issue 19: each server process keeps the sessions it resolved in memory under the sessions
// counter. Two apps on two connections to one database stand for two processes (or hosts):
// what one of them ends, the other refuses at its very next request.
describeEachEngine("sessions cached in each process", (fresh) => {
  let storeA: Store;
  let storeB: Store;
  let a: FastifyInstance;
  let b: FastifyInstance;
  const now = new Date("2026-11-25T08:00:00.000Z");
  beforeEach(async () => {
    storeA = await fresh();
    await seed(storeA);
    const location = storeA.location;
    if (!location) throw new Error("the test store must be shareable");
    storeB = await openStore(location.config, location.options);
    a = await authApp(storeA, () => now);
    b = await authApp(storeB, () => now);
  });
  afterEach(async () => {
    await a.close();
    await b.close();
    await storeB.close();
    await storeA.close();
  });

  const cookieOf = (response: LightMyRequestResponse) => {
    const cookie = response.cookies.find((c) => c.name === "baocao_session");
    if (!cookie) throw new Error("no session cookie");
    return cookie.value;
  };
  const signIn = async (app: FastifyInstance, username: string) => {
    const response = await app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { username, password: PASSWORD },
    });
    expect(response.statusCode).toBe(200);
    return { token: cookieOf(response), csrf: response.json().csrfToken as string };
  };
  const me = (app: FastifyInstance, token: string) =>
    app.inject({ method: "GET", url: "/api/auth/me", cookies: { baocao_session: token } });

  it("reads a session from the database once, then from memory while nothing changes", async () => {
    const { token } = await signIn(a, "phuong1");
    const lookUps = vi.spyOn(storeA.repos.sessions, "findActive");
    for (let i = 0; i < 5; i++) expect((await me(a, token)).statusCode).toBe(200);
    expect(lookUps).toHaveBeenCalledTimes(1);
  });

  it("refuses at once on A a session logged out on B", async () => {
    const { token, csrf } = await signIn(a, "phuong1");
    expect((await me(a, token)).statusCode).toBe(200);
    expect((await me(b, token)).statusCode).toBe(200);
    const logout = await b.inject({
      method: "POST",
      url: "/api/auth/logout",
      cookies: { baocao_session: token },
      headers: { "x-csrf-token": csrf },
    });
    expect(logout.statusCode).toBe(200);
    expect((await me(a, token)).statusCode).toBe(401);
  });

  it("refuses at once on A every session of an account whose password changed on B", async () => {
    const first = await signIn(a, "phuong1");
    const second = await signIn(a, "phuong1");
    expect((await me(a, first.token)).statusCode).toBe(200);
    expect((await me(a, second.token)).statusCode).toBe(200);
    const change = await b.inject({
      method: "POST",
      url: "/api/auth/password",
      cookies: { baocao_session: second.token },
      headers: { "x-csrf-token": second.csrf },
      payload: { currentPassword: PASSWORD, newPassword: "mat-khau-moi-dai-hon" },
    });
    expect(change.statusCode).toBe(200);
    expect((await me(a, first.token)).statusCode).toBe(401);
    expect((await me(a, second.token)).statusCode).toBe(401);
    expect((await me(a, cookieOf(change))).statusCode).toBe(200);
  });

  it("sees at once on A an account disabled and grants changed elsewhere", async () => {
    const viewer = await signIn(a, "xem");
    const reporter = await signIn(a, "phuong1");
    expect((await me(a, viewer.token)).statusCode).toBe(200);
    expect((await me(a, reporter.token)).json().user.grants).toEqual([
      { role: "reporter", unit: "PHUONG_1" },
    ]);
    const accounts = new Accounts(storeB, () => now);
    await accounts.setDisabled("xem", true);
    await accounts.grant("phuong1", "viewer", "NGA_NAM");
    expect((await me(a, viewer.token)).statusCode).toBe(401);
    expect((await me(a, reporter.token)).json().user.grants).toEqual(
      expect.arrayContaining([
        { role: "reporter", unit: "PHUONG_1" },
        { role: "viewer", unit: "NGA_NAM" },
      ]),
    );
  });
});
