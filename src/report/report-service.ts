import type { Grant } from "../core/access/index.ts";
import { BaocaoError } from "../core/errors.ts";
import { formatPeriodId, nextPeriod, parsePeriod } from "../core/periods/index.ts";
import { vietnamDate, vietnamDateTime } from "../core/time/index.ts";
import type { Actor } from "../core/values/index.ts";
import type { Engine } from "../engine/index.ts";
import type { ReportRecord, ReportRepository } from "../store/index.ts";
import type { ReportCheck } from "./checks.ts";
import { compareDocuments, type DocumentComparison } from "./compare/index.ts";
import { type Composed, type Composer, inThreadComposer } from "./composer/index.ts";
import type { FigureBasis } from "./figure-basis.ts";
import type { ReportDocument, ReportMeta } from "./model.ts";
import { withApprovedSections } from "./sections/section-composition.ts";

/** A draft composed now, with its checks. */
export interface ComposedReport {
  readonly record: ReportRecord;
  readonly document: ReportDocument;
  readonly checks: readonly ReportCheck[];
}

/**
 * Report instances of a unit and period: one draft being edited, then issued versions that are
 * frozen — the document as issued is kept, whatever the data does later; issuing again makes a
 * new version. The draft of month m+1 is carried forward from month m.
 */
export class ReportService {
  private readonly reports: ReportRepository;

  /** Compositions run on `composer`: this thread by default, a worker pool in the server. */
  constructor(
    private readonly engine: Engine,
    private readonly composer: Composer = inThreadComposer(engine),
  ) {
    this.reports = engine.store.repos.reports;
  }

  /** Every version, newest first. */
  versions(unit: string, period: string): Promise<ReportRecord[]> {
    return this.reports.versions(unit, period);
  }

  /**
   * Saves the draft's template and metadata. `expectedVersion` is the draft version the editor
   * opened and `expectedUpdatedAt` when that draft was last saved: a draft saved by someone else
   * or issued since makes the save fail with `report.conflict`, never overwrite their work.
   */
  async saveDraft(
    request: {
      unit: string;
      period: string;
      template: string;
      meta?: Partial<ReportMeta>;
      expectedVersion?: number;
      expectedUpdatedAt?: string;
      /** The saver's grants: a template naming a unit they may not read is refused. */
      reader?: readonly Grant[];
    },
    actor: Actor,
  ): Promise<ReportRecord> {
    const period = formatPeriodId(parsePeriod(request.period));
    if (request.reader)
      await this.composer.checkReadable({ template: request.template, reader: request.reader });
    const [latest] = await this.versions(request.unit, period);
    const editing = latest?.status === "draft" ? latest : undefined;
    const version = editing ? editing.version : (latest?.version ?? 0) + 1;
    const conflict = (newer: ReportRecord | undefined) =>
      new BaocaoError(
        "report.conflict",
        `Báo cáo ${request.unit} kỳ ${period} đã thay đổi${newer ? ` (phiên bản ${newer.version}, ${newer.status === "issued" ? "đã ban hành" : "bản nháp"}, ${newer.updatedBy} lưu lúc ${vietnamDateTime(newer.updatedAt)})` : ""}; hãy mở lại trước khi lưu.`,
        {
          unit: request.unit,
          period,
          expectedVersion: request.expectedVersion,
          version: newer?.version ?? version,
          updatedBy: newer?.updatedBy,
          updatedAt: newer?.updatedAt,
        },
      );
    if (request.expectedVersion !== undefined && request.expectedVersion !== version)
      throw conflict(latest);
    const record: ReportRecord = {
      unitCode: request.unit,
      period,
      version,
      status: "draft",
      template: request.template,
      meta: request.meta ? JSON.stringify(request.meta) : (editing?.meta ?? "{}"),
      document: null,
      checks: null,
      updatedAt: actor.at,
      updatedBy: actor.by,
      issuedAt: null,
      issuedBy: null,
    };
    const saved = editing
      ? await this.reports.replaceDraft(record, request.expectedUpdatedAt ?? editing.updatedAt)
      : await this.reports.insertNew(record);
    if (!saved) throw conflict((await this.versions(request.unit, period))[0]);
    return record;
  }

  /** Every report of a unit, the newest version of each period, newest period first. */
  list(unit: string): Promise<ReportRecord[]> {
    return this.reports.latestByPeriod(unit);
  }

  /**
   * Composes the current draft with live figures and runs the checks; with the `reader`'s grants,
   * a figure naming a unit they may not read refuses the whole composition (`auth.forbidden`).
   */
  async compose(
    unit: string,
    period: string,
    today?: string,
    reader?: readonly Grant[],
  ): Promise<ComposedReport> {
    const record = await this.current(unit, period);
    const { document, checks } = await this.composer.compose({
      template: record.template,
      unit,
      period,
      meta: JSON.parse(record.meta) as Partial<ReportMeta>,
      ...(today ? { today } : {}),
      ...(reader ? { reader } : {}),
    });
    return { record, document, checks };
  }

  /**
   * Composes an unsaved template (the editor's live preview) with the metadata of the period's
   * current version, if any, on all entered figures or approved ones only; nothing is written.
   */
  async preview(
    request: {
      unit: string;
      period: string;
      template: string;
      today?: string;
      /** All entered figures (default) or only those of approved forms. */
      basis?: FigureBasis;
    },
    reader: readonly Grant[],
  ): Promise<Composed> {
    const [current] = await this.versions(request.unit, request.period);
    return this.composer.compose({
      ...request,
      reader,
      ...(current ? { meta: JSON.parse(current.meta) as Partial<ReportMeta> } : {}),
    });
  }

  /**
   * Issues the draft: composes it, refuses when a check is an error (a figure that does not
   * resolve, a failed rule of severity error) unless `force`, and freezes the document.
   */
  async issue(
    unit: string,
    period: string,
    actor: Actor,
    options: { force?: boolean; reader?: readonly Grant[] } = {},
  ): Promise<ReportRecord> {
    const current = await this.current(unit, period);
    if (current.status !== "draft") {
      throw new BaocaoError(
        "report.no_draft",
        `Báo cáo ${unit} kỳ ${period} không có bản nháp để ban hành.`,
        { unit, period },
      );
    }
    const { record, document, checks } = await this.compose(
      unit,
      period,
      actor.at.slice(0, 10),
      options.reader,
    );
    const blocking = checks.filter((c) => c.severity === "error");
    if (blocking.length > 0 && !options.force) {
      throw new BaocaoError(
        "report.checks_failed",
        `Chưa ban hành được: ${blocking.length} lỗi cần xử lý — ${blocking[0]?.message}`,
        { checks: blocking },
      );
    }
    // The number comes from the unit's register of outgoing documents, in the same transaction
    // as the issue: a failed issue gives its number back, two issues never share one.
    return this.engine.store.transaction(async (trx) => {
      const pattern = document?.meta.number ?? "";
      const number = awaitsNumber(pattern)
        ? numbered(
            pattern,
            await trx.documentNumbers.next(unit, Number(vietnamDate(actor.at).slice(0, 4))),
          )
        : pattern;
      const final = document ? { ...document, meta: { ...document.meta, number } } : document;
      const issued: ReportRecord = {
        ...record,
        status: "issued",
        document: JSON.stringify(final),
        checks: JSON.stringify(checks),
        issuedAt: actor.at,
        issuedBy: actor.by,
      };
      await trx.reports.put(issued);
      return issued;
    });
  }

  /**
   * Two versions side by side: issued version `from` against issued version `to`, or against the
   * current draft with live figures when `to` is left out (what changed since it was issued).
   */
  async compare(
    unit: string,
    period: string,
    versions: { readonly from: number; readonly to?: number },
    reader?: readonly Grant[],
  ): Promise<DocumentComparison> {
    const before = await this.issued(unit, period, versions.from);
    const after =
      versions.to === undefined
        ? (await this.compose(unit, period, undefined, reader)).document
        : await this.issued(unit, period, versions.to);
    if (!after) {
      throw new BaocaoError(
        "report.not_found",
        `Báo cáo ${unit} kỳ ${period} chưa có bản để so sánh.`,
        { unit, period },
      );
    }
    return compareDocuments(before, after);
  }

  /** An issued document as it was issued (the newest version unless one is named). */
  async issued(unit: string, period: string, version?: number): Promise<ReportDocument> {
    const found = (await this.versions(unit, period)).find(
      (r) => r.status === "issued" && (version === undefined || r.version === version),
    );
    if (!found?.document) {
      throw new BaocaoError(
        "report.not_issued",
        `Báo cáo ${unit} kỳ ${period}${version ? ` phiên bản ${version}` : ""} chưa được ban hành.`,
        { unit, period, version },
      );
    }
    return JSON.parse(found.document) as ReportDocument;
  }

  /**
   * Starts the draft of the next period from this period's report (the newest issued version,
   * else the draft) with the departments' approved sections in it: the text stays, every live
   * figure is recomputed for the new period.
   */
  async carryForward(unit: string, period: string, actor: Actor): Promise<ReportRecord> {
    const source = await this.current(unit, period);
    const next = formatPeriodId(nextPeriod(parsePeriod(period)));
    const [existing] = await this.versions(unit, next);
    if (existing) {
      throw new BaocaoError(
        "report.exists",
        `Kỳ ${next} đã có báo cáo (phiên bản ${existing.version}, ${existing.status === "issued" ? "đã ban hành" : "bản nháp"}); hãy mở báo cáo đó thay vì chuyển tiếp.`,
        { unit, period: next, version: existing.version, status: existing.status },
      );
    }
    // A new document: not numbered until the office gives it a number, dated the day it is started.
    const meta: Partial<ReportMeta> = {
      ...(JSON.parse(source.meta) as Partial<ReportMeta>),
      number: "…/BC-UBND",
      date: actor.at.slice(0, 10),
    };
    // The departments' approved texts become the new draft's own text of their sections, so each
    // department starts next month from what it wrote, not from the office's older words.
    const { template } = await withApprovedSections(this.engine, unit, period, source.template);
    return this.saveDraft({ unit, period: next, template, meta }, actor);
  }

  private async current(unit: string, period: string): Promise<ReportRecord> {
    const [latest] = await this.versions(unit, formatPeriodId(parsePeriod(period)));
    if (!latest)
      throw new BaocaoError("report.not_found", `Chưa có báo cáo ${unit} kỳ ${period}.`, {
        unit,
        period,
      });
    return latest;
  }
}

/** A number still to be given: "…/BC-UBND", "/BC-UBND" or "...": the template leaves it blank. */
function awaitsNumber(pattern: string): boolean {
  return /^\s*(?:…|\.\.\.)?\s*(?:\/|$)/.test(pattern);
}

/** "…/BC-UBND" with 215 → "215/BC-UBND". */
function numbered(pattern: string, n: number): string {
  return `${n}${pattern.replace(/^\s*(?:…|\.\.\.)?\s*/, "")}`;
}
