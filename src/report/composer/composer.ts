import type { Grant } from "../../core/access/index.ts";
import { isBaocaoError } from "../../core/errors.ts";
import type { Engine } from "../../engine/index.ts";
import { type ReportCheck, reportChecks } from "../checks.ts";
import { composeReport } from "../compose.ts";
import type { FigureBasis } from "../figure-basis.ts";
import type { ReportDocument, ReportMeta } from "../model.ts";
import { withApprovedSections } from "../sections/section-composition.ts";
import { parseTemplate, type Template } from "../template/parse-template.ts";
import { unapprovedForms } from "../unapproved-forms.ts";
import { assertReadableBy } from "../units-read.ts";

/** A template to compose for a unit and period; `today` dates the checks (missing reports). */
export interface ComposeJob {
  readonly template: string;
  readonly unit: string;
  readonly period: string;
  readonly meta?: Partial<ReportMeta>;
  readonly asOf?: string;
  readonly today?: string;
  /**
   * The reader's grants: a figure naming, with `at()`, a unit they may not read refuses the job
   * (`auth.forbidden`) before anything is computed. Left out by the CLI, which reads everything.
   */
  readonly reader?: readonly Grant[];
  /** All entered figures (default) or only those of approved forms. */
  readonly basis?: FigureBasis;
}

/** A template to check against a reader's grants without composing it (a draft being saved). */
export interface ReadableJob {
  readonly template: string;
  readonly reader: readonly Grant[];
}

/** A composed document and its checks. */
export interface Composed {
  readonly document: ReportDocument;
  readonly checks: readonly ReportCheck[];
}

/** Composes templates: on the calling thread, or in a pool of worker threads (composer-pool.ts). */
export interface Composer {
  compose(job: ComposeJob): Promise<Composed>;
  /**
   * Refuses a template naming a unit the reader may not read. A template that does not parse yet
   * passes: it computes nothing until it parses, and is checked again then.
   */
  checkReadable(job: ReadableJob): Promise<void>;
  /** Stops what the composer started (worker threads); a no-op on the calling thread. */
  close(): Promise<void>;
}

/** Composes on the calling thread — for the CLI and tests, and inside each worker of the pool. */
export function inThreadComposer(engine: Engine): Composer {
  return {
    async compose(job) {
      // Parsed here, not by the caller: in the pool this is a worker thread, so a template at the
      // size limit never holds the server's event loop (SECURITY.md).
      // The departments' approved sections replace the office's text of them before parsing.
      const sections = await withApprovedSections(engine, job.unit, job.period, job.template);
      const template = parseTemplate(sections.template);
      if (job.reader) assertReadableBy(engine, template, job.reader);
      const basis = job.basis ?? "entered";
      const unapproved = await unapprovedForms(engine, job.unit, job.period);
      const document = await composeReport(engine, {
        template,
        unit: job.unit,
        period: job.period,
        ...(job.meta ? { meta: job.meta } : {}),
        ...(job.asOf ? { asOf: job.asOf } : {}),
        basis,
        unapproved,
      });
      const checks = await reportChecks(engine, document, job.today, {
        basis,
        unapproved,
        sections: sections.pending,
      });
      return { document, checks };
    },
    async checkReadable(job) {
      let template: Template;
      try {
        template = parseTemplate(job.template);
      } catch (error) {
        if (isBaocaoError(error)) return;
        throw error;
      }
      assertReadableBy(engine, template, job.reader);
    },
    close: async () => {},
  };
}
