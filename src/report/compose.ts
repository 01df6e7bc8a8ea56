import { BaocaoError } from "../core/errors.ts";
import type { Engine, Evaluated } from "../engine/index.ts";
import { allRuns } from "./all-runs.ts";
import type { FigureBasis } from "./figure-basis.ts";
import { formatFigure, parseFigureFormat } from "./figure-format.ts";
import type { Block, FigureRun, Footnote, ReportDocument, ReportMeta, Run } from "./model.ts";
import type { FigureSlot, TemplateRun } from "./template/inline.ts";
import { parseTemplate, type Template } from "./template/parse-template.ts";
import { fillVariables, targetKindVariables, templateVariables } from "./template-variables.ts";
import { excludedValuesOf, type UnapprovedForm } from "./unapproved-forms.ts";

/** What to compose: a template (text or parsed) for a unit and period, and metadata overrides. */
export interface ComposeRequest {
  readonly template: string | Template;
  readonly unit: string;
  readonly period: string;
  readonly asOf?: string;
  readonly meta?: Partial<ReportMeta>;
  /** All entered figures (default) or only those of approved forms. */
  readonly basis?: FigureBasis;
  /** The month's forms not approved yet: left out on `approved`, their figures marked either way. */
  readonly unapproved?: readonly UnapprovedForm[];
}

/** Written in place of a figure that does not resolve, so it cannot go unnoticed. */
export const UNRESOLVED = "[?]";

/**
 * Composes a report: every `{{ … }}` figure is evaluated by the engine for the unit and period
 * and written with its format; `{{ $month }}`-style words are filled from the period.
 */
export async function composeReport(
  engine: Engine,
  request: ComposeRequest,
): Promise<ReportDocument> {
  const template =
    typeof request.template === "string" ? parseTemplate(request.template) : request.template;
  const cutoffDay = request.meta?.cutoffDay ?? template.meta.cutoffDay;
  const variables = {
    ...templateVariables(request.period, cutoffDay ? { cutoffDay } : {}),
    ...targetKindVariables(engine.targetKinds),
  };
  const slots = collectSlots(template).filter((s) => !s.source.startsWith("$"));
  const sources = [...new Set(slots.map((s) => s.source))];
  const { evaluated, changed } = await evaluateOnBasis(engine, request, sources);
  refuseOverLimit(slots, evaluated);
  const bySource = new Map(evaluated.map((e) => [e.source, e]));
  const dongPerUnit = (e: Evaluated) => {
    const indicator = e.dependencies[0]
      ? engine.catalogue.byCode.get(e.dependencies[0])
      : undefined;
    const unit = engine.catalogue.measureUnits.find((u) => u.code === indicator?.unit);
    return unit?.dimension === "money" ? unit.factor : 1;
  };

  const footnoteNumbers = new Map<string, number>();
  const resolveRun = (run: TemplateRun): Run => {
    if (run.kind === "text") return run;
    if (run.kind === "footnote") {
      const number = footnoteNumbers.get(run.id) ?? footnoteNumbers.size + 1;
      footnoteNumbers.set(run.id, number);
      return { ...run, number };
    }
    if (run.source.startsWith("$")) {
      const name = run.source.slice(1);
      return { kind: "text", text: variables[name] ?? UNRESOLVED, ...style(run) };
    }
    const figure = figureRun(run, bySource.get(run.source), dongPerUnit);
    if (!changed.has(run.source)) return figure;
    return { ...figure, unapproved: request.basis === "approved" ? "left_out" : "included" };
  };
  const blocks: Block[] = template.blocks.map((block) =>
    block.kind === "table"
      ? { kind: "table", rows: block.rows.map((row) => row.map((cell) => cell.map(resolveRun))) }
      : block.kind === "heading"
        ? {
            kind: "heading",
            level: block.level,
            runs: block.runs.map(resolveRun),
            ...(block.owner ? { owner: block.owner } : {}),
          }
        : {
            kind: "paragraph",
            runs: block.runs.map(resolveRun),
            ...(block.marker ? { marker: block.marker } : {}),
          },
  );
  const footnotes: Footnote[] = [...footnoteNumbers].map(([id, number]) => ({
    id,
    number,
    runs: (template.footnotes.get(id) ?? [{ kind: "text", text: UNRESOLVED }]).map(resolveRun),
  }));
  const meta = fillMeta({ ...template.meta, ...request.meta }, variables);
  return { meta, unit: request.unit, period: request.period, blocks, footnotes };
}

/**
 * The figures on the request's basis, and which of them the month's unapproved forms change:
 * with such forms, the figures are computed both with and without their values.
 */
async function evaluateOnBasis(
  engine: Engine,
  request: ComposeRequest,
  sources: readonly string[],
): Promise<{ evaluated: Evaluated[]; changed: ReadonlySet<string> }> {
  const ask = (excluded?: ReturnType<typeof excludedValuesOf>) =>
    engine.evaluate({
      unit: request.unit,
      period: request.period,
      sources,
      ...(request.asOf ? { asOf: request.asOf } : {}),
      ...(excluded ? { excluded } : {}),
    });
  const entered = await ask();
  const forms = request.unapproved ?? [];
  if (forms.length === 0) return { evaluated: entered, changed: new Set() };
  const approved = await ask(excludedValuesOf(forms));
  const before = new Map(entered.map((e) => [e.source, e.value]));
  const changed = new Set(
    approved.filter((e) => before.get(e.source) !== e.value).map((e) => e.source),
  );
  return { evaluated: request.basis === "approved" ? approved : entered, changed };
}

/**
 * A figure beyond the formula language's limits (too long, nested too deep) is not a typo to mark
 * in the text but a template to refuse: `report.figure_too_complex` naming its line.
 */
function refuseOverLimit(slots: readonly FigureSlot[], evaluated: readonly Evaluated[]): void {
  const over = evaluated.find(
    (e) => e.error?.reason === "too_long" || e.error?.reason === "too_deep",
  );
  if (!over?.error) return;
  const line = slots.find((s) => s.source === over.source)?.line;
  throw new BaocaoError("report.figure_too_complex", `Dòng ${line}: ${over.error.message}.`, {
    line,
    reason: over.error.reason,
  });
}

function figureRun(
  slot: FigureSlot,
  evaluated: Evaluated | undefined,
  dongPerUnit: (e: Evaluated) => number,
): FigureRun {
  const base = {
    kind: "figure" as const,
    source: slot.source,
    format: slot.format,
    line: slot.line,
    ...style(slot),
  };
  if (!evaluated || evaluated.error) {
    return {
      ...base,
      text: UNRESOLVED,
      value: null,
      status: null,
      references: [],
      problem: evaluated?.error?.message ?? "không tính được",
    };
  }
  const { value, status, references } = evaluated;
  if (typeof value !== "number") {
    return { ...base, text: UNRESOLVED, value, status, references, problem: "không có số liệu" };
  }
  try {
    return {
      ...base,
      text: formatFigure(value, parseFigureFormat(slot.format), dongPerUnit(evaluated), status),
      value,
      status,
      references,
    };
  } catch (error) {
    return {
      ...base,
      text: UNRESOLVED,
      value,
      status,
      references,
      problem: error instanceof Error ? error.message : String(error),
    };
  }
}

function collectSlots(template: Template): FigureSlot[] {
  return allRuns(template.blocks, template.footnotes.values()).filter(
    (r): r is FigureSlot => r.kind === "slot",
  );
}

function style(run: { bold?: boolean; italic?: boolean }) {
  return { ...(run.bold ? { bold: true } : {}), ...(run.italic ? { italic: true } : {}) };
}

const META_DEFAULTS: ReportMeta = {
  issuingBody: "",
  number: "…/BC-UBND",
  place: "",
  date: "",
  title: "BÁO CÁO",
  subject: "",
  signingAuthority: "TM. ỦY BAN NHÂN DÂN",
  signerTitle: "CHỦ TỊCH",
  signerName: "",
  recipients: [],
};

function fillMeta(
  meta: Partial<ReportMeta>,
  variables: Readonly<Record<string, string>>,
): ReportMeta {
  const merged = { ...META_DEFAULTS, ...meta };
  const fill = (s: string | undefined) =>
    s === undefined ? undefined : fillVariables(String(s), variables);
  return {
    ...merged,
    ...(merged.parentBody ? { parentBody: fill(merged.parentBody) } : {}),
    issuingBody: fill(merged.issuingBody) ?? "",
    number: fill(merged.number) ?? "",
    place: fill(merged.place) ?? "",
    date: String(merged.date),
    subject: fill(merged.subject) ?? "",
    recipients: merged.recipients.map((r) => fill(r) ?? ""),
  };
}
