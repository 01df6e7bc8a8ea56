import type { FastifyInstance, FastifyRequest } from "fastify";
import type { Grant } from "../../core/access/index.ts";
import { BaocaoError, isBaocaoError } from "../../core/errors.ts";
import type { ReportDocument } from "../../report/index.ts";
import {
  allRuns,
  OUTPUT_FORMATS,
  type ReportCheck,
  type Run,
  renderAs,
  renderHtml,
} from "../../report/index.ts";
import type { ReportRecord } from "../../store/index.ts";
import { authorize, requireUser } from "../auth/index.ts";
import type { ServerContext } from "../context.ts";
import { api, type FigureChip } from "../contract/index.ts";
import { addRoute } from "../route-kit.ts";

/** The report editor's routes: open, preview, save the draft, carry forward, issue, download. */
export function reportRoutes(app: FastifyInstance, ctx: ServerContext): void {
  const today = () => ctx.now().slice(0, 10);
  const actor = (username: string) => ({ by: username, via: "form" as const, at: ctx.now() });

  addRoute(app, api.reports.list, async ({ query, request }) => {
    authorize(request, "data.read", query.unit);
    const reports = await ctx.reports.list(query.unit);
    return { reports: reports.map((r) => ({ period: r.period, ...versionView(r) })) };
  });

  addRoute(app, api.reports.get, async ({ params, request }) => {
    authorize(request, "data.read", params.unit);
    const versions = await ctx.reports.versions(params.unit, params.period);
    const current = versions[0];
    if (!current) {
      throw new BaocaoError(
        "report.not_found",
        `Chưa có báo cáo ${params.unit} kỳ ${params.period}: hãy chuyển tiếp từ báo cáo tháng trước.`,
        { unit: params.unit, period: params.period },
      );
    }
    const { document, checks } =
      current.status === "issued" && current.document
        ? {
            document: JSON.parse(current.document) as ReportDocument,
            checks: JSON.parse(current.checks ?? "[]") as ReportCheck[],
          }
        : await composeOrExplain(ctx, params.unit, params.period, today(), readerOf(request));
    return {
      unit: params.unit,
      period: current.period,
      current: { ...versionView(current), template: current.template },
      versions: versions.map(versionView),
      ...previewOf(document, checks),
    };
  });

  addRoute(app, api.reports.preview, async ({ params, query, body, request }) => {
    authorize(request, "data.read", params.unit);
    const { document, checks } = await ctx.reports.preview(
      {
        unit: params.unit,
        period: params.period,
        template: body.template,
        today: today(),
        basis: query.figures,
      },
      readerOf(request),
    );
    return previewOf(document, checks);
  });

  addRoute(app, api.reports.saveDraft, async ({ params, body, request }) => {
    authorize(request, "report.edit", params.unit);
    const user = requireUser(request);
    const record = await ctx.reports.saveDraft(
      {
        unit: params.unit,
        period: params.period,
        template: body.template,
        reader: readerOf(request),
        expectedVersion: body.expectedVersion,
        ...(body.expectedUpdatedAt ? { expectedUpdatedAt: body.expectedUpdatedAt } : {}),
      },
      actor(user.username),
    );
    return versionView(record);
  });

  addRoute(app, api.reports.carryForward, async ({ params, request }) => {
    authorize(request, "report.edit", params.unit);
    const user = requireUser(request);
    const record = await ctx.reports.carryForward(params.unit, params.period, actor(user.username));
    return { period: record.period, ...versionView(record) };
  });

  addRoute(app, api.reports.issue, async ({ params, body, request }) => {
    authorize(request, "report.issue", params.unit);
    const user = requireUser(request);
    const record = await ctx.reports.issue(params.unit, params.period, actor(user.username), {
      force: body.force === true,
      reader: readerOf(request),
    });
    return versionView(record);
  });

  addRoute(app, api.reports.compare, async ({ params, query, request }) => {
    authorize(request, "data.read", params.unit);
    const comparison = await ctx.reports.compare(
      params.unit,
      params.period,
      { from: query.from, ...(query.to === undefined ? {} : { to: query.to }) },
      readerOf(request),
    );
    return { text: [...comparison.text], figures: [...comparison.figures] };
  });

  addRoute(app, api.reports.download, async ({ params, query, request, reply }) => {
    authorize(request, "data.read", params.unit);
    const document = await documentToDownload(
      ctx,
      params.unit,
      params.period,
      query.version,
      readerOf(request),
    );
    const file = await renderAs(document, query.format);
    const name = `bao-cao-${params.unit}-${params.period}${query.version ? `-v${query.version}` : ""}.${query.format}`;
    return reply
      .header("content-type", OUTPUT_FORMATS[query.format].contentType)
      .header("content-disposition", `attachment; filename="${name}"`)
      .send(file);
  });
}

/** An issued version as frozen, else the draft composed with today's figures. */
async function documentToDownload(
  ctx: ServerContext,
  unit: string,
  period: string,
  version: number | undefined,
  reader: readonly Grant[],
): Promise<ReportDocument> {
  if (version !== undefined) return ctx.reports.issued(unit, period, version);
  const [current] = await ctx.reports.versions(unit, period);
  if (current?.status === "issued") return ctx.reports.issued(unit, period, current.version);
  return (await ctx.reports.compose(unit, period, ctx.now().slice(0, 10), reader)).document;
}

/**
 * The signed-in user's grants, against which the composer checks every unit a template names
 * (in its worker thread, where the template is parsed).
 */
function readerOf(request: FastifyRequest): readonly Grant[] {
  return requireUser(request).grants;
}

/**
 * The draft composed for the editor; a draft saved while its template did not parse opens with
 * an empty preview and the parse error as a check at its line, so it can be mended.
 */
async function composeOrExplain(
  ctx: ServerContext,
  unit: string,
  period: string,
  today: string,
  reader: readonly Grant[],
): Promise<{ document: ReportDocument | null; checks: readonly ReportCheck[] }> {
  try {
    return await ctx.reports.compose(unit, period, today, reader);
  } catch (error) {
    if (!isBaocaoError(error) || !error.code.startsWith("report.")) throw error;
    const line = typeof error.details.line === "number" ? error.details.line : undefined;
    const check: ReportCheck = {
      kind: "template",
      severity: "error",
      message: error.message,
      ...(line ? { line } : {}),
    };
    return { document: null, checks: [check] };
  }
}

function versionView(r: ReportRecord) {
  return {
    version: r.version,
    status: r.status,
    updatedAt: r.updatedAt,
    updatedBy: r.updatedBy,
    issuedAt: r.issuedAt,
    issuedBy: r.issuedBy,
  };
}

/** The preview HTML, every live figure of the text in order, and the checks. */
function previewOf(document: ReportDocument | null, checks: readonly ReportCheck[]) {
  if (!document) return { html: "", figures: [], checks: checks.map((c) => ({ ...c })) };
  const runs: Run[] = allRuns(
    document.blocks,
    document.footnotes.map((f) => f.runs),
  );
  const figures: FigureChip[] = [];
  for (const r of runs) {
    if (r.kind !== "figure") continue;
    figures.push({
      line: r.line,
      source: r.source,
      format: r.format,
      text: r.text,
      value: r.value,
      status: r.status,
      references: r.references.map((x) => ({ ...x })),
      ...(r.problem ? { problem: r.problem } : {}),
      ...(r.unapproved ? { unapproved: r.unapproved } : {}),
    });
  }
  return { html: renderHtml(document), figures, checks: checks.map((c) => ({ ...c })) };
}
