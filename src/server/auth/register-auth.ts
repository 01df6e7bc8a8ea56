import fastifyCookie from "@fastify/cookie";
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { AncestorsOf } from "../../core/access/index.ts";
import { type SignInHint, UserAdmin, warmUpPasswords } from "../../services/accounts/index.ts";
import type { Store } from "../../store/index.ts";
import { countersOf, decorateCounters } from "../request-counters.ts";
import { csrfRefused, passwordChangeRequired } from "./auth-errors.ts";
import { SESSION_COOKIE, servedOverHttps, sessionCookieOptions } from "./cookie.ts";
import { LoginLimit } from "./login-limit.ts";
import { registerAuthRoutes } from "./routes.ts";
import { Sessions } from "./sessions.ts";
import { sameSecret } from "./tokens.ts";

/** What authentication needs from the server. */
export interface AuthDeps {
  readonly store: Store;
  /** The ancestor codes of a unit (grants reach down their unit's subtree). */
  readonly ancestorsOf: AncestorsOf;
  /** The unit's name for refusals ("Phường 1 (PHUONG_1)"); the code alone when absent. */
  readonly unitName?: (unit: string) => string | undefined;
  /** Now; tests pass a fixed or moving clock. */
  readonly clock?: () => Date;
  /** Account administration (made here when absent); the password change goes through it. */
  readonly users?: UserAdmin;
  /** The demo's accounts, shown on the login page; only `baocao demo` passes them. */
  readonly demoHint?: SignInHint;
  /** Always mark the cookie Secure (else only on requests over HTTPS; see `servedOverHttps`). */
  readonly secureCookies?: boolean;
  /** How long a session lives after its last use, in hours (default 12). */
  readonly sessionHours?: number;
}

const UNSAFE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);
// Signing in is the one change that does not need the token: the caller has none yet.
const CSRF_EXEMPT = new Set(["/api/auth/login"]);
// All a session opened with a one-time password may do before choosing a new one.
const WHILE_PASSWORD_CHANGE = new Set([
  "GET /api/auth/me",
  "GET /api/auth/sign-in-info",
  "POST /api/auth/logout",
  "POST /api/auth/password",
]);

/**
 * Sets up authentication on `app` (call it on the root instance, before the API routes): the
 * cookie parser, `request.user` from the session cookie of every `/api/` request, the CSRF check
 * on cookie-authenticated changes, and the login, logout and me routes.
 */
export async function registerAuth(app: FastifyInstance, deps: AuthDeps): Promise<void> {
  const clock = deps.clock ?? (() => new Date());
  const secureAlways = deps.secureCookies ?? false;
  const sessions = new Sessions(
    deps.store,
    clock,
    deps.sessionHours === undefined ? undefined : deps.sessionHours * 60 * 60 * 1000,
  );
  const limit = new LoginLimit(deps.store, clock);

  await app.register(fastifyCookie);
  app.decorate("baocaoAuth", {
    ancestorsOf: deps.ancestorsOf,
    ...(deps.unitName ? { unitName: deps.unitName } : {}),
  });
  app.decorateRequest("user", null);
  app.decorateRequest("authSession", null);
  decorateCounters(app);

  app.addHook("onRequest", async (request, reply) => {
    if (!request.url.startsWith("/api/")) return;
    const token = request.cookies[SESSION_COOKIE];
    if (!token) return;
    const secure = servedOverHttps(request, secureAlways);
    // The counters first, then the session (see `Sessions.resolve`); the engine reuses the read.
    const { sessions: counter } = await countersOf(request, deps.store);
    const found = await sessions.resolve(token, counter);
    if (!found) {
      reply.clearCookie(SESSION_COOKIE, sessionCookieOptions(secure));
      return;
    }
    request.user = {
      username: found.username,
      displayName: found.displayName,
      grants: found.grants,
      mustChangePassword: found.mustChangePassword,
    };
    request.authSession = { tokenHash: found.tokenHash, csrfToken: found.csrfToken };
    if (found.slid) {
      reply.setCookie(SESSION_COOKIE, token, sessionCookieOptions(secure, found.expiresAt));
    }
    if (needsCsrf(request) && !sameSecret(headerToken(request), found.csrfToken)) {
      throw csrfRefused();
    }
    if (found.mustChangePassword && !WHILE_PASSWORD_CHANGE.has(routeOf(request))) {
      throw passwordChangeRequired();
    }
  });

  const users =
    deps.users ??
    new UserAdmin({
      store: deps.store,
      ancestorsOf: deps.ancestorsOf,
      ...(deps.unitName ? { unitName: deps.unitName } : {}),
      clock,
    });
  registerAuthRoutes(app, {
    users,
    store: deps.store,
    sessions,
    limit,
    secureCookies: secureAlways,
    demoHint: deps.demoHint ?? null,
    now: () => clock().toISOString(),
  });
  await warmUpPasswords();
}

function routeOf(request: FastifyRequest): string {
  return `${request.method} ${request.url.split("?")[0] ?? ""}`;
}

function needsCsrf(request: FastifyRequest): boolean {
  return UNSAFE_METHODS.has(request.method) && !CSRF_EXEMPT.has(request.url.split("?")[0] ?? "");
}

function headerToken(request: FastifyRequest): string {
  const value = request.headers["x-csrf-token"];
  return (Array.isArray(value) ? value[0] : value) ?? "";
}
