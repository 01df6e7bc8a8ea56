import type { FastifyInstance } from "fastify";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../src/cli/demo-accounts.ts";
import { ensureDemoReport } from "../../src/cli/demo-report.ts";
import { Engine } from "../../src/engine/index.ts";
import { type ApiCall, ApiError, api, createClient } from "../../src/server/contract/index.ts";
import { buildApp } from "../../src/server/index.ts";
import { Accounts } from "../../src/services/accounts/index.ts";
import { migrateToLatest, type Store } from "../../src/store/index.ts";
import { loadReferenceDataset } from "../dataset/load-dataset.ts";
import type { FreshStore } from "../support/engines.ts";

/** The day the tests run on: 2023-08 data is complete, September's is due. */
export const TODAY = new Date("2023-09-20T08:00:00.000Z");

/** The reference dataset with the demo accounts and report, served by an app in memory. */
export interface ApiFixture {
  readonly store: Store;
  readonly engine: Engine;
  readonly app: FastifyInstance;
  /** A client signed in as one of the demo accounts (cookie and CSRF token kept). */
  signIn(username: string): Promise<ApiCall>;
  /** A client with no session. */
  anonymous(): ApiCall;
  close(): Promise<void>;
}

/** Loads everything once per engine; tests share it and undo nothing, so they write distinct values. */
export async function openApiFixture(fresh: FreshStore): Promise<ApiFixture> {
  const store = await fresh();
  await migrateToLatest(store);
  const engine = await Engine.open(store, { clock: () => TODAY.toISOString() });
  await loadReferenceDataset(engine);
  const accounts = new Accounts(store);
  for (const spec of DEMO_ACCOUNTS) await accounts.ensure(spec);
  await ensureDemoReport(engine, TODAY.toISOString());
  const app = await buildApp({
    store,
    engine,
    version: "test",
    clock: () => TODAY,
    validateResponses: true,
  });
  const clientFor = (cookie?: string, csrf?: string) =>
    createClient({
      fetch: injectFetch(app),
      ...(csrf ? { csrfToken: () => csrf } : {}),
      ...(cookie ? { headers: () => ({ cookie }) } : {}),
    });
  return {
    store,
    engine,
    app,
    anonymous: () => clientFor(),
    async signIn(username) {
      const response = await app.inject({
        method: "POST",
        url: "/api/auth/login",
        payload: { username, password: DEMO_PASSWORD },
      });
      if (response.statusCode !== 200) throw new Error(`login ${username}: ${response.body}`);
      const cookie = response.cookies.map((c) => `${c.name}=${c.value}`).join("; ");
      return clientFor(cookie, response.json<{ csrfToken: string }>().csrfToken);
    },
    async close() {
      await app.close();
      await store.close();
    },
  };
}

/** The API's refusal of a call that must fail; anything else (or success) fails the test. */
export async function failure(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error("expected the call to fail");
}

/** A `fetch` that answers through `app.inject`, so the typed client is tested without a socket. */
function injectFetch(app: FastifyInstance): typeof fetch {
  return (async (input: string | URL | Request, init?: RequestInit) => {
    const response = await app.inject({
      method: (init?.method ?? "GET") as "GET",
      url: String(input),
      headers: init?.headers as Record<string, string>,
      ...(init?.body ? { payload: init.body as string } : {}),
    });
    return new Response(response.rawPayload, {
      status: response.statusCode,
      headers: response.headers as Record<string, string>,
    });
  }) as typeof fetch;
}

export { api };

/** Signs `username` in on `app` by injection: the session cookie and CSRF token, for raw requests. */
export async function injectSignIn(app: FastifyInstance, username: string) {
  const response = await app.inject({
    method: "POST",
    url: "/api/auth/login",
    payload: { username, password: DEMO_PASSWORD },
  });
  if (response.statusCode !== 200)
    throw new Error(`sign-in of ${username}: ${response.statusCode}`);
  const cookie = response.cookies.find((c) => c.name === "baocao_session")?.value ?? "";
  return { cookie, csrf: response.json<{ csrfToken: string }>().csrfToken };
}

/** Signs a session from `injectSignIn` out on `app` (with its CSRF token). */
export function injectLogout(app: FastifyInstance, session: { cookie: string; csrf: string }) {
  return app.inject({
    method: "POST",
    url: "/api/auth/logout",
    cookies: { baocao_session: session.cookie },
    headers: { "x-csrf-token": session.csrf },
  });
}
