/**
 * Where a unit's form for a period stands in the monthly collection cycle. `not_started` and
 * `draft` are never stored as a decision: a form with no submission row is `draft` once any of
 * its figures is entered, else `not_started`.
 */
export const SUBMISSION_STATES = [
  "not_started",
  "draft",
  "submitted",
  "approved",
  "returned",
] as const;
export type SubmissionState = (typeof SUBMISSION_STATES)[number];

/** States as Vietnamese offices say them. */
export const SUBMISSION_STATE_LABELS_VI: Readonly<Record<SubmissionState, string>> = {
  not_started: "chưa nhập",
  draft: "đang nhập",
  submitted: "đã gửi",
  approved: "đã duyệt",
  returned: "trả lại",
};

/** States whose figures nobody may change: the reporter must ask for the form back first. */
export function isLockedState(state: SubmissionState): boolean {
  return state === "submitted" || state === "approved";
}

/** True when `value` names a state. */
export function isSubmissionState(value: string): value is SubmissionState {
  return (SUBMISSION_STATES as readonly string[]).includes(value);
}

/**
 * Whether a form's lock by date still holds: an admin's reopening lifts it for good, and a
 * returned form stays open until sent again, since the reviewer asked for a correction.
 */
export function dateLockHolds(
  submission: { readonly state: SubmissionState; readonly reopened: boolean } | undefined,
): boolean {
  return !submission || (!submission.reopened && submission.state !== "returned");
}
