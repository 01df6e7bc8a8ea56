import type { SubmissionEvent } from "../../store/index.ts";

/** A change of state of a form or a section, as the API sends it (the history of both). */
export function cycleEventView(e: SubmissionEvent) {
  return {
    version: e.version,
    transition: e.transition,
    fromState: e.fromState,
    toState: e.toState,
    comment: e.comment,
    explanations: e.explanations.map((x) => ({ ...x })),
    at: e.at,
    by: e.by,
  };
}
