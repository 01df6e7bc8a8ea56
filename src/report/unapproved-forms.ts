import { SUBMISSION_STATE_LABELS_VI, type SubmissionState } from "../core/submissions/index.ts";
import type { Engine, ExcludedValues } from "../engine/index.ts";

/** A form of the report's month, from a unit under the report's unit, not approved yet. */
export interface UnapprovedForm {
  readonly unit: string;
  readonly unitName: string;
  readonly regimeName: string;
  readonly state: SubmissionState;
  readonly period: string;
  /** The indicators of the form: their figures of that unit and month are not final. */
  readonly indicators: readonly string[];
}

/**
 * The forms of the month from units under `unit` that are not approved yet: a report issued now
 * would print figures their reviewers may still return. Only months have forms.
 */
export async function unapprovedForms(
  engine: Engine,
  unit: string,
  period: string,
): Promise<UnapprovedForm[]> {
  if (!/^\d{4}-\d{2}$/.test(period)) return [];
  const under = new Set(
    engine.units
      .treeAsOf(`${period}-01`)
      .descendants(unit)
      .map((u) => u.code),
  );
  const forms = await engine.submissions.list(period, (code) => under.has(code));
  const regimes = new Map((await engine.regimes()).map((r) => [r.code, r]));
  return forms
    .filter((f) => f.state !== "approved")
    .map((f) => ({
      unit: f.unit,
      unitName: f.unitName,
      regimeName: f.regimeName,
      state: f.state,
      period,
      indicators: regimes.get(f.regime)?.indicators ?? [],
    }));
}

/** "Phường 1 — Báo cáo tháng: đã gửi". */
export function describeForm(form: UnapprovedForm): string {
  return `${form.unitName} — ${form.regimeName}: ${SUBMISSION_STATE_LABELS_VI[form.state]}`;
}

/** The values a report of approved figures leaves out: each unapproved form's own figures. */
export function excludedValuesOf(forms: readonly UnapprovedForm[]): ExcludedValues[] {
  return forms.map((f) => ({ unit: f.unit, period: f.period, indicators: f.indicators }));
}
