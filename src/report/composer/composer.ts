import type { Engine } from "../../engine/index.ts";
import { type ReportCheck, reportChecks } from "../checks.ts";
import { composeReport } from "../compose.ts";
import type { ReportDocument, ReportMeta } from "../model.ts";

/** A template to compose for a unit and period; `today` dates the checks (missing reports). */
export interface ComposeJob {
  readonly template: string;
  readonly unit: string;
  readonly period: string;
  readonly meta?: Partial<ReportMeta>;
  readonly asOf?: string;
  readonly today?: string;
}

/** A composed document and its checks. */
export interface Composed {
  readonly document: ReportDocument;
  readonly checks: readonly ReportCheck[];
}

/** Composes templates: on the calling thread, or in a pool of worker threads (composer-pool.ts). */
export interface Composer {
  compose(job: ComposeJob): Promise<Composed>;
  /** Stops what the composer started (worker threads); a no-op on the calling thread. */
  close(): Promise<void>;
}

/** Composes on the calling thread — for the CLI, and inside each worker of the pool. */
export function inThreadComposer(engine: Engine): Composer {
  return {
    async compose(job) {
      const document = await composeReport(engine, {
        template: job.template,
        unit: job.unit,
        period: job.period,
        ...(job.meta ? { meta: job.meta } : {}),
        ...(job.asOf ? { asOf: job.asOf } : {}),
      });
      return { document, checks: await reportChecks(engine, document, job.today) };
    },
    close: async () => {},
  };
}
