import type { CookieSerializeOptions } from "@fastify/cookie";
import type { FastifyRequest } from "fastify";

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

/**
 * Whether the browser reached the server over HTTPS, so the cookie is marked Secure: always when
 * the server is started with `--secure-cookies`; otherwise when the request is HTTPS — directly,
 * or through a trusted proxy's `X-Forwarded-Proto: https` (Fastify reads that header only when
 * `--trust-proxy` is set, so a client cannot claim it).
 */
export function servedOverHttps(request: FastifyRequest, secureCookies: boolean): boolean {
  return secureCookies || request.protocol === "https";
}
