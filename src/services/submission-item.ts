import {
  availableTransitions,
  awaitsSending,
  type TransitionActor,
} from "../core/submissions/index.ts";
import type { SubmissionView } from "../engine/index.ts";

/** A form of the cycle as a person sees it: what they may do with it now. */
export interface SubmissionItemView extends SubmissionView {
  readonly missing: string[];
  /** The transitions the person may make now. */
  readonly allowed: ReturnType<typeof availableTransitions>;
  /** Whether the person may remind the unit of it now ("Nhắc"): a form still to be sent, and
   * someone who reviews the unit's forms. */
  readonly remindable: boolean;
}

/** The form for `actor`, who reviews the unit's forms when `reviews` (the right to approve). */
export function submissionItem(
  view: SubmissionView,
  actor: TransitionActor,
  reviews: boolean,
): SubmissionItemView {
  return {
    ...view,
    missing: [...view.missing],
    allowed: availableTransitions(actor, view),
    remindable: reviews && awaitsSending(view.state),
  };
}
