import type { Engine } from "../engine/index.ts";
import type { ReportService, SectionService } from "../report/index.ts";
import type { ReminderService } from "../services/reminders/index.ts";
import type { AnswerCache } from "./answer-cache.ts";

/** What the route handlers share: the engine, the report and reminder services, the clock. */
export interface ServerContext {
  readonly engine: Engine;
  readonly reports: ReportService;
  /** The departments' sections of reports (`{owner=UNIT}`), sent and approved like forms. */
  readonly sections: SectionService;
  /** Now, as an ISO timestamp (tests pass a fixed clock). */
  readonly now: () => string;
  /** Expensive answers (the dashboard) kept while the data does not change. */
  readonly answers: AnswerCache;
  /** Reminders of the collection cycle: the bell's list and the office's "Nhắc". */
  readonly reminders: ReminderService;
}

declare module "fastify" {
  interface FastifyRequest {
    /** The data epoch when the request began (set before every API handler). */
    dataEpoch: number;
  }
}
