import type { Engine } from "../engine/index.ts";
import type { FigureBasis } from "./figure-basis.ts";
import type { ReportDocument } from "./model.ts";
import {
  lineText,
  liveFigureLookup,
  type NarrativeFinding,
  narrativeChecks,
} from "./narrative/index.ts";
import { describePendingSection, type PendingSection } from "./sections/section-composition.ts";
import { describeForm, type UnapprovedForm, unapprovedForms } from "./unapproved-forms.ts";

/** Something to look at before a report is issued. */
export interface ReportCheck {
  readonly kind:
    | "unresolved_figure"
    | NarrativeFinding["kind"]
    | "missing_report"
    | "validation"
    | "not_approved"
    | "section_not_approved"
    | "template";
  /** `error` blocks issuing (unless forced); the others are shown. */
  readonly severity: "error" | "warning" | "info";
  readonly message: string;
  /** Template line of a figure, when the check is about one. */
  readonly line?: number;
}

/**
 * The checks of a composed report: figures that do not resolve, figures typed as plain text
 * (not tied to data, so they will not follow it), relations inside a sentence that do not hold
 * (see `narrative/`), units that have not reported for the period, and failed validation rules
 * of the unit.
 */
export async function reportChecks(
  engine: Engine,
  report: ReportDocument,
  today?: string,
  cycle?: {
    readonly basis: FigureBasis;
    readonly unapproved: readonly UnapprovedForm[];
    /** The departments' sections not approved yet (known only with the template's text). */
    readonly sections?: readonly PendingSection[];
  },
): Promise<ReportCheck[]> {
  const checks: ReportCheck[] = [];
  const lines = [
    ...report.blocks.flatMap((b) => (b.kind === "table" ? b.rows.flat() : [b.runs])),
    ...report.footnotes.map((f) => f.runs),
  ];
  const liveFigure = liveFigureLookup(lines);
  for (const runs of lines) {
    for (const r of runs) {
      if (r.kind === "figure" && r.problem) {
        checks.push({
          kind: "unresolved_figure",
          severity: "error",
          line: r.line,
          message: `Dòng ${r.line}: số liệu {{ ${r.source} }} chưa tính được (${r.problem}).`,
        });
      }
    }
    for (const finding of narrativeChecks(lineText(runs), liveFigure))
      checks.push({ ...finding, severity: "warning" });
  }
  for (const status of await engine.reportingStatus(report.period, today)) {
    if (status.state === "complete") continue;
    const unit = engine.units.nameOf(status.unit) ?? status.unit;
    const word = status.state === "late" ? "quá hạn" : "chưa đến hạn";
    checks.push({
      kind: "missing_report",
      severity: "warning",
      message: `${unit} chưa gửi ${status.missing.length} chỉ tiêu (${status.missing.join(", ")}), hạn ${status.deadline} (${word}).`,
    });
  }
  const waiting = cycle?.unapproved ?? (await unapprovedForms(engine, report.unit, report.period));
  if (waiting.length > 0) checks.push(notApprovedCheck(waiting, cycle?.basis ?? "entered"));
  for (const section of cycle?.sections ?? [])
    checks.push({
      kind: "section_not_approved",
      severity: "warning",
      message: describePendingSection(section),
    });
  for (const finding of await engine.validate(report.unit, report.period)) {
    checks.push({
      kind: "validation",
      severity: finding.severity === "error" ? "error" : "warning",
      message: finding.message,
    });
  }
  return checks;
}

/**
 * The units whose forms of the month are not approved yet: their figures are in the report
 * (marked, and they may still change) or, on approved figures only, left out of it.
 */
function notApprovedCheck(forms: readonly UnapprovedForm[], basis: FigureBasis): ReportCheck {
  const list = forms.map(describeForm).join("; ");
  return {
    kind: "not_approved",
    severity: "warning",
    message:
      basis === "approved"
        ? `Không tính số liệu của các đơn vị chưa duyệt (${forms.length} báo cáo): ${list}.`
        : `Số liệu của các đơn vị chưa duyệt (${forms.length} báo cáo, còn có thể thay đổi; các số liệu có phần của các đơn vị này được đánh dấu): ${list}.`,
  };
}
