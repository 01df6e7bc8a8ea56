import { permits } from "../../core/access/index.ts";
import {
  availableTransitions,
  isLockedState,
  mayTransition,
  type SubmissionState,
  type Transition,
  type TransitionActor,
} from "../../core/submissions/index.ts";
import type { SubmissionEvent } from "../../store/index.ts";
import type { SectionState } from "./section-states.ts";

/**
 * How the person stands to a section: `author` writes and sends it (the department), `reviewer`
 * approves or returns it (over the report's unit), `reader` only reads it.
 */
export type SectionRole = "author" | "reviewer" | "reader";

/** A department's section of a report as one person sees it. */
export interface SectionView {
  readonly reportUnit: string;
  readonly period: string;
  readonly owner: string;
  readonly ownerName: string;
  readonly title: string;
  readonly state: SubmissionState;
  /** The text's version a save must name (0: the department has not saved it yet). */
  readonly version: number;
  /** The state's version a transition must name (0: nobody sent it yet). */
  readonly stateVersion: number;
  readonly updatedAt: string | null;
  readonly updatedBy: string | null;
  readonly submittedAt: string | null;
  readonly submittedBy: string | null;
  /** The comment of the last change of state (the reviewer's when returned). */
  readonly lastComment: string | null;
  readonly allowed: Transition[];
  /** Whether the person may save its text now (allowed to write it, and it is not locked). */
  readonly editable: boolean;
  readonly role: SectionRole;
}

/** The view of `s` for `actor`; `latest` is the last change of its state, if any. */
export function sectionView(
  s: SectionState,
  actor: TransitionActor,
  latest: SubmissionEvent | undefined,
): SectionView {
  const subject = {
    unit: s.section.owner,
    state: s.state,
    submittedBy: s.record?.submittedBy ?? null,
  };
  const writes = mayWrite(actor, s.section.owner);
  // The right to approve, whoever sent it: the office is a reviewer even of a text it sent.
  const reviews = mayTransition("approve", actor, { unit: s.section.owner, submittedBy: null });
  return {
    reportUnit: s.reportUnit,
    period: s.period,
    owner: s.section.owner,
    ownerName: s.ownerName,
    title: s.section.title,
    state: s.state,
    version: s.draft?.version ?? 0,
    stateVersion: s.record?.version ?? 0,
    updatedAt: s.draft?.updatedAt ?? null,
    updatedBy: s.draft?.updatedBy ?? null,
    submittedAt: s.record?.submittedAt ?? null,
    submittedBy: s.record?.submittedBy ?? null,
    lastComment: latest?.comment ? latest.comment : null,
    allowed: availableTransitions(actor, subject),
    editable: writes && !isLockedState(s.state),
    role: reviews ? "reviewer" : writes ? "author" : "reader",
  };
}

/** Writing a section's text is sending's right on its owner: the department, or those above. */
export function mayWrite(actor: TransitionActor, owner: string): boolean {
  return permits(actor.grants, "submission.submit", owner, actor.ancestorsOf);
}
