import type { FastifyInstance, FastifyRequest } from "fastify";
import type { Administrator, UserAdmin } from "../../services/accounts/index.ts";
import { requireUser } from "../auth/index.ts";
import { api } from "../contract/index.ts";
import { addRoute } from "../route-kit.ts";

/** `/api/users…`: account administration, over the UserAdmin service (which checks user.manage). */
export function userRoutes(app: FastifyInstance, users: UserAdmin): void {
  const actor = (request: FastifyRequest): Administrator => requireUser(request);
  const r = api.users;

  addRoute(app, r.list, async ({ request }) => ({ users: await users.list(actor(request)) }));

  addRoute(app, r.create, async ({ body, request }) => {
    const made = await users.create(actor(request), body);
    return { user: made.account, oneTimePassword: made.oneTimePassword };
  });

  addRoute(app, r.setEmail, async ({ params, body, request }) => ({
    user: await users.setEmail(actor(request), params.username, body.version, body.email),
  }));

  addRoute(app, r.setDisabled, async ({ params, body, request }) => ({
    user: await users.setDisabled(actor(request), params.username, body.version, body.disabled),
  }));

  addRoute(app, r.resetPassword, async ({ params, body, request }) => {
    const reset = await users.resetPassword(actor(request), params.username, body.version);
    return { user: reset.account, oneTimePassword: reset.oneTimePassword };
  });

  addRoute(app, r.grant, async ({ params, body, request }) => ({
    user: await users.grant(actor(request), params.username, body.version, body.grant),
  }));

  addRoute(app, r.revoke, async ({ params, body, request }) => ({
    user: await users.revoke(actor(request), params.username, body.version, body.grant),
  }));

  addRoute(app, r.history, async ({ params, request }) => ({
    entries: (await users.history(actor(request), params.username)).map((e) => ({
      version: e.version,
      action: e.action,
      detail: { ...e.detail },
      at: e.at,
      by: e.by,
    })),
  }));
}
