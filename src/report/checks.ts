import type { Engine } from "../engine/index.ts";
import type { FigureBasis } from "./figure-basis.ts";
import type { ReportDocument, Run } from "./model.ts";
import { describeForm, type UnapprovedForm, unapprovedForms } from "./unapproved-forms.ts";

/** Something to look at before a report is issued. */
export interface ReportCheck {
  readonly kind:
    | "unresolved_figure"
    | "typed_number"
    | "missing_report"
    | "validation"
    | "not_approved"
    | "template";
  /** `error` blocks issuing (unless forced); the others are shown. */
  readonly severity: "error" | "warning" | "info";
  readonly message: string;
  /** Template line of a figure, when the check is about one. */
  readonly line?: number;
}

// Numbers that are not data: dates (2/9/1945, 17/3/2023), document codes (51/KH-UBND, 03/2019/NĐ-CP),
// years, and the numbering of parts and sections.
const NOT_DATA =
  /\b\d{1,2}\/\d{1,2}\/\d{4}\b|\b\d+\/[\dA-ZĐa-z-]*[A-ZĐ][\w-]*(?:\/[\w-]+)*|\b(?:19|20)\d{2}\b|^\s*[IVX\d]+\.\s/g;
const NUMBER = /\d+(?:[.,]\d+)*%?/g;

/**
 * The checks of a composed report: figures that do not resolve, numbers typed as plain text
 * (not tied to data, so they will not follow it), units that have not reported for the period,
 * and failed validation rules of the unit.
 */
export async function reportChecks(
  engine: Engine,
  report: ReportDocument,
  today?: string,
  cycle?: { readonly basis: FigureBasis; readonly unapproved: readonly UnapprovedForm[] },
): Promise<ReportCheck[]> {
  const checks: ReportCheck[] = [];
  const lines = report.blocks.flatMap((b) => (b.kind === "table" ? b.rows.flat() : [b.runs]));
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
    for (const typed of typedNumbers(runs)) {
      checks.push({
        kind: "typed_number",
        severity: "warning",
        message: `Số "${typed.number}" được gõ tay, không gắn với số liệu: "…${typed.context}…".`,
      });
    }
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

/** Numbers written as plain text in a line, with a little context. */
function typedNumbers(runs: readonly Run[]): { number: string; context: string }[] {
  const found: { number: string; context: string }[] = [];
  for (const r of runs) {
    if (r.kind !== "text") continue;
    const text = r.text.replace(NOT_DATA, (m) => " ".repeat(m.length));
    for (const m of text.matchAll(NUMBER)) {
      const digits = m[0].replace(/\D/g, "");
      // Single digits are mostly numbering and period words ("tháng 8"); zero says nothing happened.
      if (digits.length < 2 || Number(digits) === 0) continue;
      const start = Math.max(0, m.index - 30);
      found.push({ number: m[0], context: r.text.slice(start, m.index + m[0].length + 20).trim() });
    }
  }
  return found;
}
