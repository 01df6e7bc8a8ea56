import type { AncestorsOf, Grant } from "../../core/access/index.ts";

/** The signed-in user as handlers see it (and as `/api/auth/me` returns it). */
export interface AuthUser {
  readonly username: string;
  readonly displayName: string;
  readonly grants: readonly Grant[];
  /** Signed in with a one-time password: must choose a new one before anything else. */
  readonly mustChangePassword: boolean;
}

/** The request's session, for logout and the CSRF check; never sent to the client. */
export interface RequestSession {
  readonly tokenHash: string;
  readonly csrfToken: string;
}

/** What `authorize` needs from the server: the unit tree and, optionally, unit names for messages. */
export interface AuthPolicy {
  readonly ancestorsOf: AncestorsOf;
  readonly unitName?: (unit: string) => string | undefined;
}

declare module "fastify" {
  interface FastifyRequest {
    /** The signed-in user, or null when the request carries no live session. */
    user: AuthUser | null;
    /** The session behind `user`, or null. */
    authSession: RequestSession | null;
  }
  interface FastifyInstance {
    /** Set by registerAuth. */
    baocaoAuth: AuthPolicy;
  }
}
