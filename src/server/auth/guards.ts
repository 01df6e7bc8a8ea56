import type { FastifyRequest } from "fastify";
import { type Action, forbidden, permits } from "../../core/access/index.ts";
import type { TransitionActor } from "../../core/submissions/index.ts";
import { authRequired } from "./auth-errors.ts";
import type { AuthUser } from "./request-user.ts";

/** The signed-in user; throws `auth.required` (401) when there is none. */
export function requireUser(request: FastifyRequest): AuthUser {
  if (!request.user) throw authRequired();
  return request.user;
}

/**
 * The signed-in user when one of their grants allows `action` on `unit`; throws `auth.required`
 * without a session and `auth.forbidden` (403, naming the unit and the action) otherwise.
 * Example: `authorize(request, "value.write", "PHUONG_1")` before saving a ward's values.
 */
export function authorize(request: FastifyRequest, action: Action, unit: string): AuthUser {
  const user = requireUser(request);
  const policy = request.server.baocaoAuth;
  if (!policy) throw new Error("authorize() needs registerAuth() on this Fastify instance");
  if (!permits(user.grants, action, unit, policy.ancestorsOf)) {
    throw forbidden(user.username, action, unit, policy.unitName?.(unit));
  }
  return user;
}

/** True when the signed-in user may do `action` on `unit` — for filtering lists without throwing. */
export function can(request: FastifyRequest, action: Action, unit: string): boolean {
  const policy = request.server.baocaoAuth;
  return Boolean(
    request.user && policy && permits(request.user.grants, action, unit, policy.ancestorsOf),
  );
}

/** The signed-in user as the collection cycle's transition table sees them. */
export function transitionActor(request: FastifyRequest): TransitionActor {
  const user = requireUser(request);
  const policy = request.server.baocaoAuth;
  if (!policy) throw new Error("transitionActor() needs registerAuth() on this Fastify instance");
  return { username: user.username, grants: user.grants, ancestorsOf: policy.ancestorsOf };
}
