import type { FastifyInstance } from "fastify";
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";
import type { ReadReplica } from "../store/read-replica.ts";
import type { AnswerCache } from "./answer-cache.ts";

/**
 * Prometheus metrics at `/metrics`: requests by route and status, their duration, the answer
 * cache's hits and misses, with a read replica the read-only requests it served and those that
 * read the primary because it lagged, and Node's own (memory, event-loop lag, GC). Served to the machine
 * itself only (a scraper on localhost, or through an SSH tunnel): the route pattern, not the
 * address, labels a request, so unit codes and ids never become label values. With several
 * serving processes (`--workers`) each answers for itself.
 */
export function registerMetrics(
  app: FastifyInstance,
  answers: AnswerCache,
  replica?: ReadReplica,
): void {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: "baocao_" });
  const requests = new Counter({
    name: "baocao_http_requests_total",
    help: "HTTP requests answered, by method, route pattern and status code",
    labelNames: ["method", "route", "status"],
    registers: [registry],
  });
  const duration = new Histogram({
    name: "baocao_http_request_duration_seconds",
    help: "Time to answer an HTTP request, by method and route pattern",
    labelNames: ["method", "route"],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  new Gauge({
    name: "baocao_answer_cache_total",
    help: "Expensive answers (dashboards) given from the cache (hit) or computed (miss)",
    labelNames: ["result"],
    registers: [registry],
    collect() {
      this.set({ result: "hit" }, answers.counts.hits);
      this.set({ result: "miss" }, answers.counts.misses);
    },
  });
  if (replica) {
    new Gauge({
      name: "baocao_read_requests_total",
      help: "Read-only requests served by the replica (DATABASE_READ_URL) or, when it lagged, the primary",
      labelNames: ["database"],
      registers: [registry],
      collect() {
        this.set({ database: "replica" }, replica.routed.replica);
        this.set({ database: "primary" }, replica.routed.primary);
      },
    });
  }

  app.addHook("onResponse", async (request, reply) => {
    // Unmatched addresses (404s, the web app's files) share one label, so a scan cannot grow it.
    const route = request.routeOptions.url ?? "unmatched";
    if (route === "/metrics") return;
    const labels = { method: request.method, route };
    requests.inc({ ...labels, status: String(reply.statusCode) });
    duration.observe(labels, reply.elapsedTime / 1000);
  });

  app.get("/metrics", { schema: { hide: true } }, async (request, reply) => {
    // From elsewhere the address does not exist, as for any unknown one.
    if (!isLoopback(request.socket.remoteAddress)) return reply.callNotFound();
    return reply.header("content-type", registry.contentType).send(await registry.metrics());
  });
}

/** Whether a connection comes from the machine itself (not the address a proxy forwards). */
function isLoopback(address: string | undefined): boolean {
  return (
    address === "127.0.0.1" || address === "::1" || (address?.startsWith("::ffff:127.") ?? false)
  );
}
