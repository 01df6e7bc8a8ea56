import type { Timeliness } from "./deadlines.ts";
import type { SubmissionState } from "./states.ts";

/** How a set of forms stands: how many are expected, sent, approved, on time, overdue. */
export interface CycleSummary {
  readonly expected: number;
  /** Sent at least once and not handed back: submitted or approved. */
  readonly submitted: number;
  readonly approved: number;
  /** Sent by the due day (first sending). */
  readonly onTime: number;
  /** Not sent and past the due day. */
  readonly overdue: number;
  /** submitted ÷ expected, 0 when nothing is expected. */
  readonly completeness: number;
  /** onTime ÷ expected, 0 when nothing is expected. */
  readonly timeliness: number;
}

/**
 * Completeness and timeliness of forms (tỷ lệ đầy đủ, tỷ lệ đúng hạn), the way DHIS2 counts
 * them: a form counts as complete while it stands sent or approved, and on time when its first
 * sending was by the due day.
 */
export function cycleSummary(
  forms: readonly { readonly state: SubmissionState; readonly timeliness: Timeliness }[],
): CycleSummary {
  const expected = forms.length;
  const submitted = forms.filter((f) => f.state === "submitted" || f.state === "approved").length;
  const approved = forms.filter((f) => f.state === "approved").length;
  const onTime = forms.filter((f) => f.timeliness.kind === "on_time").length;
  const overdue = forms.filter((f) => f.timeliness.kind === "overdue").length;
  const ratio = (n: number) => (expected === 0 ? 0 : n / expected);
  return {
    expected,
    submitted,
    approved,
    onTime,
    overdue,
    completeness: ratio(submitted),
    timeliness: ratio(onTime),
  };
}
