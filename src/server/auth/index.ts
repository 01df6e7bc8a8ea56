export { SESSION_COOKIE } from "./cookie.ts";
export { authorize, can, requireUser, transitionActor } from "./guards.ts";
export { MAX_FAILURES, WINDOW_MS } from "./login-limit.ts";
export { type AuthDeps, registerAuth } from "./register-auth.ts";
export type { AuthPolicy, AuthUser, RequestSession } from "./request-user.ts";
export { parseSessionHours, SESSION_TTL_MS } from "./sessions.ts";
