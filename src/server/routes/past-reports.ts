import type { FastifyInstance } from "fastify";
import { findCategorySet, measureUnitName } from "../../core/catalogue/index.ts";
import { BaocaoError } from "../../core/errors.ts";
import { keyString } from "../../core/values/index.ts";
import { reportFileText } from "../../extract/index.ts";
import { confirmFormUpload, type FormEntry, previewFormUpload } from "../../formats/index.ts";
import { parseTemplate } from "../../report/index.ts";
import { readPastReports } from "../../services/past-reports.ts";
import { authorize, requireUser } from "../auth/index.ts";
import type { ServerContext } from "../context.ts";
import { api } from "../contract/index.ts";
import { addRoute } from "../route-kit.ts";

/** "Nhập số liệu từ báo cáo cũ": past reports read back into values, reviewed, then imported. */
export function pastReportRoutes(app: FastifyInstance, ctx: ServerContext): void {
  addRoute(app, api.pastReports.read, async ({ body, request }) => {
    // Reading is the first step of writing the unit's figures: the same right as the import.
    authorize(request, "value.write", body.unit);
    const engine = ctx.engine;
    const template = parseTemplate(body.template ?? (await latestTemplate(ctx, body.unit)));
    const files = await Promise.all(
      body.files.map(async (f) => ({
        file: f.fileName,
        text: await reportFileText(Buffer.from(f.content, "base64"), f.fileName),
      })),
    );
    const read = await readPastReports(engine, {
      template,
      unit: body.unit,
      period: body.period,
      files,
    });
    const values = read.assembled.values;
    const stored = new Map(
      (
        await engine.storedValues({
          unitCodes: [...new Set(values.map((v) => v.unit))],
          periods: [...new Set(values.map((v) => v.period))],
          indicatorCodes: [...new Set(values.map((v) => v.indicator))],
        })
      ).map((r) => [keyString(r), r]),
    );
    const catalogue = engine.catalogue;
    return {
      values: values.map((v) => {
        const key = keyString({
          indicatorCode: v.indicator,
          unitCode: v.unit,
          period: v.period,
          disaggregation: v.disaggregation,
        });
        const now = stored.get(key);
        const indicator = catalogue.byCode.get(v.indicator);
        const [set = "", option = ""] = v.disaggregation.split("=");
        const first = v.figures[0];
        return {
          unit: v.unit,
          period: v.period,
          indicator: v.indicator,
          nameVi: indicator?.nameVi ?? v.indicator,
          disaggregation: v.disaggregation,
          optionVi: set
            ? (findCategorySet(catalogue, set)?.options.find((o) => o.code === option)?.nameVi ??
              option)
            : "",
          unitVi: indicator ? measureUnitName(catalogue, indicator.unit) : "",
          value: v.value,
          confidence: v.confidence,
          file: first?.file ?? "",
          sentence: first?.sentence ?? "",
          written: first?.written ?? "",
          note: v.note,
          stored: now ? (now.value ?? now.textValue) : null,
          version: now?.version ?? 0,
        };
      }),
      unread: [
        ...read.reports.flatMap((r) =>
          r.missing.map((m) => ({
            file: m.file,
            figure: m.figure.source,
            line: m.figure.line,
            reason: m.reason,
            ...(m.sentence ? { sentence: m.sentence } : {}),
          })),
        ),
        ...read.assembled.heldBack.map((h) => ({
          file: h.figure.file,
          figure: h.figure.figure.source,
          line: h.figure.figure.line,
          reason: h.reason,
          sentence: h.figure.sentence,
        })),
      ],
      checks: read.checks.map((c) => ({
        file: c.figure.file,
        figure: c.figure.figure.source,
        verdict: c.verdict,
        written: c.figure.written,
        ...(c.expected === undefined ? {} : { expected: c.expected }),
        ...(c.reason === undefined ? {} : { reason: c.reason }),
      })),
      summary: [...read.summary],
    };
  });

  addRoute(app, api.pastReports.import, async ({ body, request }) => {
    const user = requireUser(request);
    for (const unit of new Set(body.values.map((v) => v.unit)))
      authorize(request, body.confirm ? "value.write" : "data.read", unit);
    // The same preview and write as an uploaded Excel form: a value saved since it was read is a
    // conflict, never overwritten; locks and roles of the collection cycle apply in the write.
    const entries: FormEntry[] = body.values.map((v, i) => ({
      cell: `Dòng ${i + 1}`,
      sheet: "",
      unit: v.unit,
      period: v.period,
      indicator: v.indicator,
      disaggregation: v.disaggregation,
      made: { version: v.version, value: null, status: null, note: "" },
      value: v.value,
      status: "official",
      note: v.note,
    }));
    const preview = await previewFormUpload(ctx.engine, entries);
    if (body.confirm) await confirmFormUpload(ctx.engine, preview, "báo cáo cũ", user.username);
    const count = (kind: string) => preview.changes.filter((c) => c.kind === kind).length;
    return {
      changes: preview.changes.map((c) => ({ ...c })),
      counts: {
        new: count("new"),
        changed: count("changed"),
        unchanged: count("unchanged"),
        conflict: count("conflict"),
      },
      written: body.confirm && preview.inputs.length > 0,
    };
  });
}

/** The template of the unit's newest report: what its past reports were most likely written from. */
async function latestTemplate(ctx: ServerContext, unit: string): Promise<string> {
  const [latest] = await ctx.reports.list(unit);
  if (!latest)
    throw new BaocaoError(
      "extract.no_template",
      `Đơn vị ${unit} chưa có mẫu báo cáo nào; hãy tải lên mẫu mà các báo cáo cũ đã theo.`,
      { unit },
    );
  return latest.template;
}
