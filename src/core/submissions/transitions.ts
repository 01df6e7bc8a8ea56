import {
  ACTION_LABELS_VI,
  type Action,
  type AncestorsOf,
  type Grant,
  permits,
} from "../access/index.ts";
import { BaocaoError } from "../errors.ts";
import type { SubmissionState } from "./states.ts";
import { SUBMISSION_STATE_LABELS_VI } from "./states.ts";

/** What a person can do to a submission. */
export const TRANSITIONS = ["submit", "approve", "return", "reopen"] as const;
export type Transition = (typeof TRANSITIONS)[number];

/** Buttons as the web app and the CLI say them. */
export const TRANSITION_LABELS_VI: Readonly<Record<Transition, string>> = {
  submit: "Gửi báo cáo",
  approve: "Duyệt",
  return: "Trả lại",
  reopen: "Mở lại",
};

/**
 * One row of the table: from which states, to which state, the action a grant must allow, and
 * where. `unit` means a grant on the unit or above it; `parent` a grant strictly above it, so a
 * ward's reporter never approves the ward's own form even when also holding office there.
 */
export interface TransitionRule {
  readonly from: readonly SubmissionState[];
  readonly to: SubmissionState;
  readonly action: Action;
  readonly scope: "unit" | "parent";
  /** A comment (return) or a reason (reopen) is required. */
  readonly needsComment: boolean;
}

/** The whole cycle in one table. */
export const TRANSITION_RULES: Readonly<Record<Transition, TransitionRule>> = {
  submit: {
    from: ["not_started", "draft", "returned"],
    to: "submitted",
    action: "submission.submit",
    scope: "unit",
    needsComment: false,
  },
  approve: {
    from: ["submitted"],
    to: "approved",
    action: "submission.approve",
    scope: "parent",
    needsComment: false,
  },
  return: {
    from: ["submitted"],
    to: "returned",
    action: "submission.approve",
    scope: "parent",
    needsComment: true,
  },
  // An admin gives a form back (even one not yet sent but past its lock date); it also lifts the
  // date lock for it, so the reason is kept in the audit.
  reopen: {
    from: ["not_started", "draft", "submitted", "approved", "returned"],
    to: "draft",
    action: "submission.reopen",
    scope: "unit",
    needsComment: true,
  },
};

/** Who asks, with their grants, and how the unit tree answers "what is above". */
export interface TransitionActor {
  readonly username: string;
  readonly grants: readonly Grant[];
  readonly ancestorsOf: AncestorsOf;
}

/** What the decision needs to know of the submission. */
export interface TransitionSubject {
  readonly unit: string;
  readonly state: SubmissionState;
  /** Who sent it last (null when never sent). */
  readonly submittedBy: string | null;
}

/** True when `unit` lies strictly under some grant allowing `action`. */
function permitsOnParent(actor: TransitionActor, action: Action, unit: string): boolean {
  const above = actor.ancestorsOf(unit).filter((u) => u !== unit);
  return above.some((parent) => permits(actor.grants, action, parent, actor.ancestorsOf));
}

/** Whether the grants allow the transition at all on this unit (not looking at the state). */
export function mayTransition(
  transition: Transition,
  actor: TransitionActor,
  subject: Pick<TransitionSubject, "unit" | "submittedBy">,
): boolean {
  const rule = TRANSITION_RULES[transition];
  const granted =
    rule.scope === "parent"
      ? permitsOnParent(actor, rule.action, subject.unit)
      : permits(actor.grants, rule.action, subject.unit, actor.ancestorsOf);
  if (!granted) return false;
  return rule.scope !== "parent" || subject.submittedBy !== actor.username;
}

/** The transitions this actor may make now, in table order (for enabling buttons). */
export function availableTransitions(
  actor: TransitionActor,
  subject: TransitionSubject,
): Transition[] {
  return TRANSITIONS.filter(
    (t) => TRANSITION_RULES[t].from.includes(subject.state) && mayTransition(t, actor, subject),
  );
}

/**
 * The state after `transition`, or a BaocaoError in Vietnamese saying why not:
 * `submission.forbidden` (no grant, or approving one's own form), `submission.invalid_transition`
 * (not from this state), `submission.comment_required`.
 * Example: decideTransition("approve", lanhdao, { unit: "PHUONG_1", state: "submitted", … }) → "approved".
 */
export function decideTransition(
  transition: Transition,
  actor: TransitionActor,
  subject: TransitionSubject,
  comment = "",
): SubmissionState {
  const rule = TRANSITION_RULES[transition];
  const label = TRANSITION_LABELS_VI[transition];
  const details = { transition, unit: subject.unit, state: subject.state };
  if (rule.scope === "parent" && subject.submittedBy === actor.username)
    throw new BaocaoError(
      "submission.forbidden",
      `Không ai được tự duyệt hoặc trả lại báo cáo do chính mình gửi (${subject.unit}).`,
      { ...details, reason: "own_submission" },
    );
  if (!mayTransition(transition, actor, subject))
    throw new BaocaoError(
      "submission.forbidden",
      `Tài khoản ${actor.username} không có quyền ${ACTION_LABELS_VI[rule.action]} của ${subject.unit}${rule.scope === "parent" ? ": cần quyền duyệt ở đơn vị cấp trên" : ""}.`,
      details,
    );
  if (!rule.from.includes(subject.state))
    throw new BaocaoError(
      "submission.invalid_transition",
      `Không thể ${label.toLowerCase()} khi báo cáo đang ở trạng thái "${SUBMISSION_STATE_LABELS_VI[subject.state]}".`,
      details,
    );
  if (rule.needsComment && comment.trim() === "")
    throw new BaocaoError(
      "submission.comment_required",
      transition === "return"
        ? "Trả lại báo cáo cần ghi ý kiến để đơn vị biết phải sửa gì."
        : "Mở lại báo cáo cần ghi lý do.",
      details,
    );
  return rule.to;
}
