import Fastify, { type FastifyInstance } from "fastify";
import type { Store } from "../store/index.ts";

/** What the server needs from outside: the open store and the running version. */
export interface AppDeps {
  readonly store: Store;
  readonly version: string;
}

/** Builds the HTTP application (not yet listening), so tests can `inject` requests. */
export function buildApp(deps: AppDeps): FastifyInstance {
  const app = Fastify({ logger: false });
  app.get("/api/health", async () => ({
    status: "ok",
    version: deps.version,
    database: deps.store.engine,
  }));
  return app;
}
