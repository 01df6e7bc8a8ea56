import type { FastifyInstance } from "fastify";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { MAX_ADDRESS_FAILURES } from "../../src/server/auth/login-limit.ts";
import { type AppDeps, buildApp, parseTrustProxy } from "../../src/server/index.ts";
import { Accounts } from "../../src/services/accounts/index.ts";
import { migrateToLatest, type Store } from "../../src/store/index.ts";
import { describeEachEngine } from "../support/engines.ts";

const PROXY = "127.0.0.1";
const PASSWORD = "mat-khau-dung";

describeEachEngine("behind a reverse proxy", (fresh) => {
  let store: Store;
  const apps: FastifyInstance[] = [];
  beforeEach(async () => {
    store = await fresh();
    await migrateToLatest(store);
    await new Accounts(store).add("admin", "Quản trị", PASSWORD);
  });
  afterEach(async () => {
    for (const app of apps.splice(0)) await app.close();
    await store.close();
  });
  const serve = async (deps: Partial<AppDeps> = {}) => {
    const app = await buildApp({ store, version: "test", composeWorkers: 0, ...deps });
    apps.push(app);
    return app;
  };
  const login = (
    app: FastifyInstance,
    username: string,
    password: string,
    headers: Record<string, string> = {},
  ) =>
    app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { username, password },
      remoteAddress: PROXY,
      headers,
    });

  it("counts the client's address from X-Forwarded-For when the proxy is trusted", async () => {
    const app = await serve({ trustProxy: [PROXY] });
    for (let i = 0; i < MAX_ADDRESS_FAILURES; i++) {
      const r = await login(app, `ten${i}`, "sai", { "x-forwarded-for": "203.0.113.7" });
      expect(r.statusCode).toBe(401);
    }
    const blocked = await login(app, "admin", PASSWORD, { "x-forwarded-for": "203.0.113.7" });
    expect(blocked.statusCode).toBe(429);
    // Another client behind the same proxy signs in.
    const other = await login(app, "admin", PASSWORD, { "x-forwarded-for": "203.0.113.8" });
    expect(other.statusCode).toBe(200);
  });

  it("trusts a hop count the same way", async () => {
    const app = await serve({ trustProxy: 1 });
    for (let i = 0; i < MAX_ADDRESS_FAILURES; i++) {
      await login(app, `ten${i}`, "sai", { "x-forwarded-for": "203.0.113.7" });
    }
    expect(
      (await login(app, "admin", PASSWORD, { "x-forwarded-for": "203.0.113.8" })).statusCode,
    ).toBe(200);
  });

  it("ignores X-Forwarded-For without --trust-proxy (a client could send any)", async () => {
    const app = await serve();
    for (let i = 0; i < MAX_ADDRESS_FAILURES; i++) {
      const r = await login(app, `ten${i}`, "sai", { "x-forwarded-for": `198.51.100.${i}` });
      expect(r.statusCode).toBe(401);
    }
    const r = await login(app, "admin", PASSWORD, { "x-forwarded-for": "198.51.100.200" });
    expect(r.statusCode).toBe(429);
  });

  it("marks the cookie Secure behind a trusted HTTPS proxy, or always when asked", async () => {
    const secureOf = async (app: FastifyInstance, headers: Record<string, string>) => {
      const r = await login(app, "admin", PASSWORD, headers);
      expect(r.statusCode).toBe(200);
      return r.cookies.find((c) => c.name === "baocao_session")?.secure ?? false;
    };
    const https = { "x-forwarded-proto": "https" };
    expect(await secureOf(await serve({ trustProxy: [PROXY] }), https)).toBe(true);
    expect(await secureOf(await serve({ trustProxy: [PROXY] }), {})).toBe(false);
    // Untrusted, the header is anyone's claim.
    expect(await secureOf(await serve(), https)).toBe(false);
    expect(await secureOf(await serve({ secureCookies: true }), {})).toBe(true);
  });

  it("sends the security headers, no-store on the API, and HSTS only over HTTPS", async () => {
    const app = await serve({ trustProxy: [PROXY] });
    const health = await app.inject({ method: "GET", url: "/api/health", remoteAddress: PROXY });
    expect(health.headers).toMatchObject({
      "x-content-type-options": "nosniff",
      "x-frame-options": "SAMEORIGIN",
      "referrer-policy": "same-origin",
      "cache-control": "no-store",
    });
    const csp = String(health.headers["content-security-policy"]);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(health.headers["strict-transport-security"]).toBeUndefined();
    const overHttps = await app.inject({
      method: "GET",
      url: "/api/health",
      remoteAddress: PROXY,
      headers: { "x-forwarded-proto": "https" },
    });
    expect(overHttps.headers["strict-transport-security"]).toBe("max-age=31536000");
    // Errors carry them too.
    const missing = await app.inject({ method: "GET", url: "/api/nope", remoteAddress: PROXY });
    expect(missing.statusCode).toBe(404);
    expect(missing.headers["x-content-type-options"]).toBe("nosniff");
    expect(missing.headers["cache-control"]).toBe("no-store");
  });
});

describe("parseTrustProxy", () => {
  it("reads hop counts and address lists, and refuses the rest in Vietnamese", () => {
    expect(parseTrustProxy(undefined)).toBeUndefined();
    expect(parseTrustProxy(" ")).toBeUndefined();
    expect(parseTrustProxy("1")).toBe(1);
    expect(parseTrustProxy("127.0.0.1, 10.0.0.0/8,::1,loopback")).toEqual([
      "127.0.0.1",
      "10.0.0.0/8",
      "::1",
      "loopback",
    ]);
    for (const bad of ["0", "true", "nginx", "10.0.0.0/33", "1.2.3.4/8/1"]) {
      expect(() => parseTrustProxy(bad)).toThrow(/không hợp lệ: ghi số lớp proxy/);
    }
  });
});
