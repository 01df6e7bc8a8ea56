import type { FastifyInstance, FastifyRequest } from "fastify";
import type { ChangeCounters, Store } from "../store/index.ts";
import { sharedCounterReads } from "./shared-counter-reads.ts";

declare module "fastify" {
  interface FastifyRequest {
    /** The change counters as this request first read them (see `countersOf`). */
    changeCounters: Promise<ChangeCounters> | null;
  }
}

/** Lets requests carry their counters; safe to call from every module that needs them. */
export function decorateCounters(app: FastifyInstance): void {
  if (!app.hasRequestDecorator("changeCounters")) app.decorateRequest("changeCounters", null);
}

/**
 * The change counters (data, definitions, sessions) of this request, read once: the session
 * check and the engine's refresh share the read, so a request makes one round trip to the
 * database before its handler, not two (a read it shares with the requests that arrive with it,
 * see `SharedCounterReads`).
 */
export function countersOf(request: FastifyRequest, store: Store): Promise<ChangeCounters> {
  request.changeCounters ??= sharedCounterReads(store).next();
  return request.changeCounters;
}
