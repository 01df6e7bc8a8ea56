import type { FastifyInstance, FastifyRequest } from "fastify";
import type { Store } from "../store/index.ts";
import { countersOf } from "./request-counters.ts";

/** GETs that stay on the primary: the session's own state and the readiness probes. */
const PRIMARY_ONLY = /^\/api\/(auth\/|ready|health)/;

/**
 * Which database a request reads, decided once per request (issue 19): with a read replica
 * (`DATABASE_READ_URL`), a read-only API request — a GET of figures, the dashboard, reports,
 * registers — reads the replica once it has caught up with the primary as of the request's
 * change counters (see `ReadReplica`); everything else, and any write transaction, uses the
 * primary. Without a replica (SQLite, or PostgreSQL alone) nothing is registered.
 *
 * Register it after the engine's refresh: the session check, the counters and a reload of the
 * catalogue read the primary, and only the handler reads the replica.
 */
export function registerReadRouting(app: FastifyInstance, store: Store): void {
  const replica = store.readReplica;
  if (!replica) return;
  // The callback form: the rest of the request (hooks, handler) runs inside the scope.
  app.addHook("onRequest", (_request, _reply, done) => replica.scope(done));
  app.addHook("preHandler", async (request) => {
    if (!readOnly(request)) return;
    const { position } = await countersOf(request, store);
    if (await replica.caughtUpTo(position)) replica.useReplica();
  });
}

function readOnly(request: FastifyRequest): boolean {
  return (
    (request.method === "GET" || request.method === "HEAD") &&
    request.url.startsWith("/api/") &&
    !PRIMARY_ONLY.test(request.url)
  );
}
