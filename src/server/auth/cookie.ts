import type { CookieSerializeOptions } from "@fastify/cookie";

/** The session cookie's name. */
export const SESSION_COOKIE = "baocao_session";

/**
 * The session cookie's attributes: out of reach of scripts (HttpOnly), not sent on cross-site
 * sub-requests or form posts (SameSite=Lax), Secure when the server is reached over HTTPS.
 */
export function sessionCookieOptions(secure: boolean, expiresAt?: Date): CookieSerializeOptions {
  return {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure,
    ...(expiresAt ? { expires: expiresAt } : {}),
  };
}
