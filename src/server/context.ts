import type { Engine } from "../engine/index.ts";
import type { ReportService } from "../report/index.ts";
import type { AnswerCache } from "./answer-cache.ts";

/** What the route handlers share: the engine, the report service and the clock. */
export interface ServerContext {
  readonly engine: Engine;
  readonly reports: ReportService;
  /** Now, as an ISO timestamp (tests pass a fixed clock). */
  readonly now: () => string;
  /** Expensive answers (the dashboard) kept while the data does not change. */
  readonly answers: AnswerCache;
}

declare module "fastify" {
  interface FastifyRequest {
    /** The data epoch when the request began (set before every API handler). */
    dataEpoch: number;
  }
}
