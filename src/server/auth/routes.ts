import type { FastifyInstance, FastifySchema, RouteOptions } from "fastify";
import {
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from "fastify-type-provider-zod";
import type { z } from "zod";
import { isBaocaoError } from "../../core/errors.ts";
import { vietnamDate } from "../../core/time/index.ts";
import {
  MAX_PASSWORD_LENGTH,
  type SignInHint,
  type UserAdmin,
  verifyPassword,
} from "../../services/accounts/index.ts";
import type { Store } from "../../store/index.ts";
import { authRoutes, type RouteDef } from "../contract/index.ts";
import { accountDisabled, invalidCredentials } from "./auth-errors.ts";
import { SESSION_COOKIE, servedOverHttps, sessionCookieOptions } from "./cookie.ts";
import { requireUser } from "./guards.ts";
import { LoginLimit } from "./login-limit.ts";
import type { Sessions } from "./sessions.ts";

const MAX_USERNAME_INPUT = 64;

type LoginBody = z.output<NonNullable<typeof authRoutes.login.body>>;

/** What the auth routes need. */
export interface AuthRouteDeps {
  readonly store: Store;
  readonly sessions: Sessions;
  readonly limit: LoginLimit;
  readonly secureCookies: boolean;
  readonly demoHint: SignInHint | null;
  readonly users: UserAdmin;
  /** Now (an ISO instant), for the month the screens open on. */
  readonly now: () => string;
}

// The routes carry their own zod compilers, so they validate and serialise with the contract's
// schemas whatever compilers the rest of the server sets.
const zod = { validatorCompiler, serializerCompiler } as unknown as Pick<
  RouteOptions,
  "validatorCompiler" | "serializerCompiler"
>;

/** The Fastify schema of a contract route (also what the OpenAPI document is built from). */
function schemaOf(route: RouteDef): FastifySchema {
  return {
    summary: route.summary,
    tags: [route.tag],
    ...(route.body ? { body: route.body } : {}),
    ...(route.response ? { response: { 200: route.response } } : {}),
  };
}

/** `POST /api/auth/login`, `POST /api/auth/logout`, `GET /api/auth/me`, `GET /api/auth/sign-in-info`. */
export function registerAuthRoutes(app: FastifyInstance, deps: AuthRouteDeps): void {
  const users = deps.store.repos.users;
  const { login, logout, me, signInInfo, changePassword } = authRoutes;
  const api = app.withTypeProvider<ZodTypeProvider>();
  // The demo opens on the month its data is about; a real server on this month in Vietnam.
  const openPeriod = () => deps.demoHint?.period ?? vietnamDate(deps.now()).slice(0, 7);

  api.route({
    method: login.method,
    url: login.path,
    schema: schemaOf(login),
    ...zod,
    handler: async (request, reply) => {
      const body = request.body as LoginBody;
      // Capped so a megabyte-long "username" is neither stored as a rate-limit key nor looked up.
      const username = body.username.trim().toLowerCase().slice(0, MAX_USERNAME_INPUT);
      const keys = LoginLimit.keys(username, request.ip);
      try {
        await deps.limit.reserve(keys);
      } catch (error) {
        if (isBaocaoError(error, "auth.rate_limited")) {
          reply.header("retry-after", String(error.details.retryAfterSeconds));
        }
        throw error;
      }
      const user = await users.get(username);
      const ok =
        body.password.length <= MAX_PASSWORD_LENGTH &&
        (await verifyPassword(user?.passwordHash, body.password));
      if (!ok || !user) throw invalidCredentials();
      await deps.limit.succeeded(keys);
      if (user.disabled) throw accountDisabled(username);

      if (request.authSession) await deps.sessions.close(request.authSession.tokenHash);
      const session = await deps.sessions.open(username);
      reply.setCookie(
        SESSION_COOKIE,
        session.token,
        sessionCookieOptions(servedOverHttps(request, deps.secureCookies), session.expiresAt),
      );
      const grants = await users.grants(username);
      return {
        user: {
          username,
          displayName: user.displayName,
          grants,
          mustChangePassword: user.mustChangePassword,
        },
        csrfToken: session.csrfToken,
        openPeriod: openPeriod(),
      };
    },
  });

  api.route({
    method: logout.method,
    url: logout.path,
    schema: schemaOf(logout),
    ...zod,
    handler: async (request, reply) => {
      if (request.authSession) await deps.sessions.close(request.authSession.tokenHash);
      reply.clearCookie(
        SESSION_COOKIE,
        sessionCookieOptions(servedOverHttps(request, deps.secureCookies)),
      );
      return { ok: true as const };
    },
  });

  api.route({
    method: changePassword.method,
    url: changePassword.path,
    schema: schemaOf(changePassword),
    ...zod,
    handler: async (request, reply) => {
      const current = requireUser(request);
      const body = request.body as z.output<NonNullable<typeof changePassword.body>>;
      await deps.users.changeOwnPassword(current.username, body.currentPassword, body.newPassword);
      // Every session of the account ends (a stolen one too); this browser gets a fresh one.
      await deps.store.repos.sessions.deleteForUser(current.username);
      const session = await deps.sessions.open(current.username);
      reply.setCookie(
        SESSION_COOKIE,
        session.token,
        sessionCookieOptions(servedOverHttps(request, deps.secureCookies), session.expiresAt),
      );
      return {
        user: { ...current, mustChangePassword: false },
        csrfToken: session.csrfToken,
        openPeriod: openPeriod(),
      };
    },
  });

  api.route({
    method: signInInfo.method,
    url: signInInfo.path,
    schema: schemaOf(signInInfo),
    ...zod,
    handler: async () => ({ demo: deps.demoHint }),
  });

  api.route({
    method: me.method,
    url: me.path,
    schema: schemaOf(me),
    ...zod,
    handler: async (request) => {
      const user = requireUser(request);
      return { user, csrfToken: request.authSession?.csrfToken ?? "", openPeriod: openPeriod() };
    },
  });
}
