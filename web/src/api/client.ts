import { takeEarly } from "../early/early-requests.ts";
import { ApiError, createClient } from "./contract.ts";
import { NetworkError } from "./errors.ts";

/** The CSRF token of the session, kept in memory only (never in storage). */
let csrfToken: string | undefined;
let onUnauthorized: (() => void) | undefined;

/** Remembers the token the server gave at sign-in or on `/api/auth/me`. */
export function setCsrfToken(token: string | undefined): void {
  csrfToken = token;
}

/** What to do when the server answers 401 (the session ended): back to the sign-in page. */
export function setUnauthorizedHandler(handler: (() => void) | undefined): void {
  onUnauthorized = handler;
}

/**
 * fetch, with a failed connection (a TypeError: "Failed to fetch") told apart as NetworkError; a
 * GET the page's first script already asked for (early/) is answered by that request.
 */
const reach: typeof fetch = async (input, init) => {
  const early =
    typeof input === "string" && (init?.method ?? "GET") === "GET" ? takeEarly(input) : undefined;
  try {
    return await (early ?? fetch(input, init));
  } catch (error) {
    throw new NetworkError(error);
  }
};

const raw = createClient({ csrfToken: () => csrfToken, fetch: reach });

/** The typed API client of the web app; a 401 on any call signs the user out locally. */
export const call: typeof raw = async (route, input) => {
  try {
    return await raw(route, input);
  } catch (error) {
    if (error instanceof ApiError && error.status === 401 && route.path !== "/api/auth/login")
      onUnauthorized?.();
    throw error;
  }
};
