import { createHash } from "node:crypto";
import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import { afterEach, beforeEach, expect, it } from "vitest";
import {
  LoginLimit,
  MAX_ADDRESS_FAILURES,
  MAX_FAILURES,
} from "../../src/server/auth/login-limit.ts";
import type { Accounts } from "../../src/services/accounts/index.ts";
import type { Store } from "../../src/store/index.ts";
import { describeEachEngine } from "../support/engines.ts";
import { authApp, PASSWORD, seed } from "./fixture.ts";

const HOUR = 60 * 60 * 1000;

describeEachEngine("auth over HTTP", (fresh) => {
  let store: Store;
  let accounts: Accounts;
  let app: FastifyInstance;
  let now: Date;
  beforeEach(async () => {
    store = await fresh();
    accounts = await seed(store);
    now = new Date("2026-11-25T08:00:00.000Z");
    app = await authApp(store, () => now);
  });
  afterEach(async () => {
    await app.close();
    await store.close();
  });

  const login = (username: string, password = PASSWORD, ip = "10.0.0.1") =>
    app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { username, password },
      remoteAddress: ip,
    });
  const cookieOf = (response: LightMyRequestResponse) => {
    const cookie = response.cookies.find((c) => c.name === "baocao_session");
    if (!cookie) throw new Error("no session cookie");
    return cookie;
  };
  const signIn = async (username: string) => {
    const response = await login(username);
    expect(response.statusCode).toBe(200);
    return { token: cookieOf(response).value, csrf: response.json().csrfToken as string };
  };
  const as = (token: string, method: "GET" | "POST", url: string, csrf?: string) =>
    app.inject({
      method,
      url,
      cookies: { baocao_session: token },
      headers: csrf === undefined ? {} : { "x-csrf-token": csrf },
    });

  it("signs in with a HttpOnly SameSite=Lax cookie and stores only the token's hash", async () => {
    const response = await login("PHUONG1 ");
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.user).toEqual({
      username: "phuong1",
      displayName: "Cán bộ Phường 1",
      grants: [{ role: "reporter", unit: "PHUONG_1" }],
      mustChangePassword: false,
    });
    expect(body.csrfToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const cookie = cookieOf(response);
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });
    expect(cookie.secure).toBeFalsy();
    expect(cookie.value).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const rows = await store.db.selectFrom("sessions").selectAll().execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.token_hash).toBe(createHash("sha256").update(cookie.value).digest("hex"));
    expect(rows[0]?.expires_at).toBe("2026-11-25T20:00:00.000Z");

    const me = await as(cookie.value, "GET", "/api/auth/me");
    expect(me.statusCode).toBe(200);
    expect(me.json()).toEqual(body);
  });

  it("refuses a wrong password and an unknown user with the same answer", async () => {
    const wrong = await login("phuong1", "sai-mat-khau");
    const unknown = await login("khong-co", "sai-mat-khau");
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
    expect(wrong.json().error.code).toBe("auth.invalid_credentials");
    expect(wrong.cookies).toEqual([]);
    expect((await login("admin", "x".repeat(2000))).statusCode).toBe(401);
    expect((await login("u".repeat(10_000), "sai")).statusCode).toBe(401);
    const keys = await store.db.selectFrom("login_attempts").select("key").execute();
    expect(Math.max(...keys.map((k) => k.key.length))).toBeLessThanOrEqual("user:".length + 64);
    const empty = await app.inject({ method: "POST", url: "/api/auth/login", payload: {} });
    expect(empty.statusCode).toBe(400);
  });

  it("takes the login as JSON only, which a cross-site form cannot send", async () => {
    const payload = JSON.stringify({ username: "admin", password: PASSWORD });
    for (const type of ["text/plain", "application/x-www-form-urlencoded"]) {
      const forged = await app.inject({
        method: "POST",
        url: "/api/auth/login",
        headers: { "content-type": type },
        payload,
      });
      expect(forged.statusCode, type).toBeGreaterThanOrEqual(400);
      expect(forged.cookies, type).toEqual([]);
    }
  });

  it("answers 401 without a session and clears a dead cookie", async () => {
    const none = await app.inject({ method: "GET", url: "/api/auth/me" });
    expect(none.statusCode).toBe(401);
    expect(none.json().error).toMatchObject({ code: "auth.required" });
    const dead = await as("not-a-session", "GET", "/api/units/PHUONG_1/data");
    expect(dead.statusCode).toBe(401);
    expect(dead.cookies.find((c) => c.name === "baocao_session")?.value).toBe("");
  });

  it("requires the session's CSRF token on cookie-authenticated changes", async () => {
    const { token, csrf } = await signIn("phuong1");
    const url = "/api/units/PHUONG_1/values";
    const missing = await as(token, "POST", url);
    expect(missing.statusCode).toBe(403);
    expect(missing.json().error.code).toBe("auth.csrf");
    expect((await as(token, "POST", url, "x".repeat(43))).statusCode).toBe(403);
    const other = await signIn("xem");
    expect((await as(token, "POST", url, other.csrf)).statusCode).toBe(403);
    const ok = await as(token, "POST", url, csrf);
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toEqual({ ok: true, by: "phuong1" });
    // Reads need no token.
    expect((await as(token, "GET", "/api/units/PHUONG_1/data")).statusCode).toBe(200);
  });

  it("lets each role act only within its subtree, naming the unit and action when it refuses", async () => {
    const reporter = await signIn("phuong1");
    const denied = await as(reporter.token, "POST", "/api/units/XA_TAN_LONG/values", reporter.csrf);
    expect(denied.statusCode).toBe(403);
    expect(denied.json().error).toEqual({
      code: "auth.forbidden",
      message:
        'Tài khoản "phuong1" không có quyền nhập, sửa số liệu của Xã Tân Long (XA_TAN_LONG).',
      details: { username: "phuong1", action: "value.write", unit: "XA_TAN_LONG" },
    });
    expect((await as(reporter.token, "GET", "/api/units/NGA_NAM/data")).statusCode).toBe(403);

    const viewer = await signIn("xem");
    expect((await as(viewer.token, "GET", "/api/units/XA_TAN_LONG/data")).statusCode).toBe(200);
    const write = await as(viewer.token, "POST", "/api/units/PHUONG_1/values", viewer.csrf);
    expect(write.statusCode).toBe(403);

    const admin = await signIn("admin");
    const adminWrite = await as(admin.token, "POST", "/api/units/XA_TAN_LONG/values", admin.csrf);
    expect(adminWrite.statusCode).toBe(200);
    expect((await as(admin.token, "GET", "/api/units/NOWHERE/data")).statusCode).toBe(403);
  });

  it("sees grant changes on the next request", async () => {
    const { token } = await signIn("phuong1");
    expect((await as(token, "GET", "/api/units/XA_TAN_LONG/data")).statusCode).toBe(403);
    await accounts.grant("phuong1", "viewer", "NGA_NAM");
    expect((await as(token, "GET", "/api/units/XA_TAN_LONG/data")).statusCode).toBe(200);
    await accounts.revoke("phuong1", "viewer", "NGA_NAM");
    expect((await as(token, "GET", "/api/units/XA_TAN_LONG/data")).statusCode).toBe(403);
  });

  it("logs out (with the CSRF token) and the cookie stops working", async () => {
    const { token, csrf } = await signIn("xem");
    expect((await as(token, "POST", "/api/auth/logout")).statusCode).toBe(403);
    const out = await as(token, "POST", "/api/auth/logout", csrf);
    expect(out.statusCode).toBe(200);
    expect(out.json()).toEqual({ ok: true });
    expect(out.cookies.find((c) => c.name === "baocao_session")?.value).toBe("");
    expect((await as(token, "GET", "/api/auth/me")).statusCode).toBe(401);
    expect(await store.db.selectFrom("sessions").selectAll().execute()).toEqual([]);
  });

  it("expires a session 12 hours after its last use, sliding with use", async () => {
    const { token } = await signIn("xem");
    now = new Date(now.getTime() + 11 * HOUR);
    const used = await as(token, "GET", "/api/auth/me");
    expect(used.statusCode).toBe(200);
    // The cookie's lifetime is renewed with the row's.
    expect(cookieOf(used).expires?.toISOString()).toBe("2026-11-26T07:00:00.000Z");
    now = new Date(now.getTime() + 11 * HOUR);
    expect((await as(token, "GET", "/api/auth/me")).statusCode).toBe(200);
    now = new Date(now.getTime() + 12 * HOUR);
    expect((await as(token, "GET", "/api/auth/me")).statusCode).toBe(401);
  });

  it("lives as long as the server is told (--session-hours), sliding with use", async () => {
    const shortApp = await authApp(store, () => now, { sessionHours: 0.5 });
    try {
      const response = await shortApp.inject({
        method: "POST",
        url: "/api/auth/login",
        payload: { username: "xem", password: PASSWORD },
      });
      const token = cookieOf(response).value;
      expect(cookieOf(response).expires?.toISOString()).toBe("2026-11-25T08:30:00.000Z");
      const me = () =>
        shortApp.inject({ method: "GET", url: "/api/auth/me", cookies: { baocao_session: token } });
      now = new Date(now.getTime() + 0.4 * HOUR);
      expect((await me()).statusCode).toBe(200);
      now = new Date(now.getTime() + 0.4 * HOUR);
      expect((await me()).statusCode).toBe(200);
      now = new Date(now.getTime() + 0.6 * HOUR);
      expect((await me()).statusCode).toBe(401);
    } finally {
      await shortApp.close();
    }
  });

  it("ends sessions when the password changes or the account is disabled", async () => {
    const first = await signIn("xem");
    await accounts.setPassword("xem", "mat-khau-moi-123");
    expect((await as(first.token, "GET", "/api/auth/me")).statusCode).toBe(401);
    expect((await login("xem")).statusCode).toBe(401);
    const second = await signIn("phuong1");
    await accounts.setDisabled("phuong1", true);
    expect((await as(second.token, "GET", "/api/auth/me")).statusCode).toBe(401);
    const disabled = await login("phuong1");
    expect(disabled.statusCode).toBe(403);
    expect(disabled.json().error.code).toBe("auth.disabled");
  });

  it("limits failed logins per username, with the time to retry", async () => {
    for (let i = 0; i < 5; i++) {
      expect((await login("phuong1", "sai", `10.0.1.${i}`)).statusCode).toBe(401);
      now = new Date(now.getTime() + 60_000);
    }
    // Even the right password is refused now, from any address.
    const limited = await login("phuong1", PASSWORD, "10.0.2.1");
    expect(limited.statusCode).toBe(429);
    expect(limited.headers["retry-after"]).toBe("600");
    expect(limited.json().error).toMatchObject({
      code: "auth.rate_limited",
      message:
        "Đăng nhập sai quá nhiều lần trong 15 phút. Vui lòng thử lại sau 15:15 (khoảng 10 phút nữa).",
      details: { retryAt: "2026-11-25T08:15:00.000Z", retryAfterSeconds: 600 },
    });
    // Other accounts are not affected.
    expect((await login("xem", PASSWORD, "10.0.2.1")).statusCode).toBe(200);
    now = new Date("2026-11-25T08:15:00.000Z");
    expect((await login("phuong1", PASSWORD, "10.0.2.1")).statusCode).toBe(200);
  });

  it("does not let made-up names from one address lock out real accounts", async () => {
    // Behind a proxy every request has the proxy's address: typos in names must not lock the office.
    for (const name of ["a1", "a2", "a3", "a4", "a5", "a6", "a7", "a8"]) {
      expect((await login(name, "sai", "10.9.9.9")).statusCode).toBe(401);
    }
    expect((await login("admin", PASSWORD, "10.9.9.9")).statusCode).toBe(200);
  });

  it("limits failed logins per address across usernames, at a higher count", async () => {
    for (let i = 0; i < MAX_ADDRESS_FAILURES; i++) {
      expect((await login(`ten${i}`, "sai", "10.9.9.9")).statusCode).toBe(401);
    }
    expect((await login("admin", PASSWORD, "10.9.9.9")).statusCode).toBe(429);
    expect((await login("admin", PASSWORD, "10.9.9.10")).statusCode).toBe(200);
  });

  it("checks at most MAX_FAILURES passwords of 200 parallel wrong logins for one account", async () => {
    const answers = await Promise.all(
      Array.from({ length: 200 }, (_, i) => login("phuong1", `sai-${i}`, `10.1.${i % 50}.1`)),
    );
    const codes = answers.map((a) => a.statusCode);
    expect(codes.filter((c) => c === 401)).toHaveLength(MAX_FAILURES);
    expect(codes.filter((c) => c === 429)).toHaveLength(200 - MAX_FAILURES);
    expect((await login("phuong1", PASSWORD, "10.2.0.1")).statusCode).toBe(429);
  });

  it("holds the limit across many servers on one database (the database lock, not the process)", async () => {
    // One LoginLimit per server process; twenty of them reserving at once for the same account.
    const servers = Array.from({ length: 20 }, () => new LoginLimit(store, () => now));
    const keys = LoginLimit.keys("xem", "10.5.5.5");
    const results = await Promise.allSettled(
      Array.from({ length: 200 }, (_, i) => (servers[i % 20] as LoginLimit).reserve(keys)),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(MAX_FAILURES);
    const refused = results.filter((r) => r.status === "rejected");
    expect(refused).toHaveLength(200 - MAX_FAILURES);
    for (const r of refused) expect(String(r.reason)).toContain("Đăng nhập sai quá nhiều lần");
  });

  it("checks at most MAX_ADDRESS_FAILURES passwords of 200 parallel logins from one address", async () => {
    const answers = await Promise.all(
      Array.from({ length: 200 }, (_, i) => login(`ten${i}`, "sai", "10.3.3.3")),
    );
    const codes = answers.map((a) => a.statusCode);
    expect(codes.filter((c) => c === 401)).toHaveLength(MAX_ADDRESS_FAILURES);
    expect(codes.filter((c) => c === 429)).toHaveLength(200 - MAX_ADDRESS_FAILURES);
  });

  it("counts again from zero after a successful login", async () => {
    for (let i = 0; i < 4; i++) await login("admin", "sai");
    expect((await login("admin")).statusCode).toBe(200);
    for (let i = 0; i < 4; i++) await login("admin", "sai", "10.0.0.2");
    expect((await login("admin", PASSWORD, "10.0.0.3")).statusCode).toBe(200);
  });

  it("marks the cookie Secure when asked", async () => {
    const secureApp = await authApp(store, () => now, { secureCookies: true });
    const response = await secureApp.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { username: "admin", password: PASSWORD },
    });
    expect(cookieOf(response).secure).toBe(true);
    await secureApp.close();
  });
});
