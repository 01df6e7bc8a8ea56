import { BaocaoError } from "../../core/errors.ts";
import type { ReportingRegime } from "../../core/regimes/index.ts";
import type { Finding } from "../../core/validation/index.ts";
import type { WarningExplanation } from "../../store/index.ts";

/** The findings that concern a form: those reading one of its indicators. */
export function findingsOfForm(findings: readonly Finding[], regime: ReportingRegime): Finding[] {
  const codes = new Set(regime.indicators);
  return findings.filter((f) =>
    f.values.some((v) =>
      (v.reference.match(/[A-Za-z_][A-Za-z0-9_]*/g) ?? []).some((t) => codes.has(t)),
    ),
  );
}

/**
 * What submitting needs of the findings: no error (each blocks, all are listed), and a short
 * explanation of each warning, which the reviewer reads beside it. Returns the warnings with
 * their explanations, to be audited with the submission.
 */
export function explainedWarnings(
  findings: readonly Finding[],
  explanations: Readonly<Record<string, string>>,
): WarningExplanation[] {
  const errors = findings.filter((f) => f.severity === "error");
  if (errors.length > 0)
    throw new BaocaoError(
      "submission.has_errors",
      `Chưa gửi được báo cáo: còn ${errors.length} lỗi phải sửa trước — ${errors.map((e) => e.message).join("; ")}`,
      { errors: errors.map((e) => ({ rule: e.ruleCode, message: e.message })) },
    );
  const warnings = findings.filter((f) => f.severity === "warning");
  const unexplained = warnings.filter((w) => !explanations[w.ruleCode]?.trim());
  const first = unexplained[0];
  if (first)
    throw new BaocaoError(
      "submission.explanation_required",
      `Chưa gửi được báo cáo: cảnh báo "${first.ruleCode}" cần ghi giải trình (${first.message})${unexplained.length > 1 ? `; còn ${unexplained.length - 1} cảnh báo khác cũng cần giải trình` : ""}.`,
      { rules: unexplained.map((w) => w.ruleCode) },
    );
  return warnings.map((w) => ({
    rule: w.ruleCode,
    message: w.message,
    explanation: (explanations[w.ruleCode] ?? "").trim(),
  }));
}
