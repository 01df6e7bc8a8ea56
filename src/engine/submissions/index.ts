export {
  type SubmissionDeps,
  SubmissionService,
  type TransitionRequest,
} from "./submission-service.ts";
export type { SubmissionView } from "./submission-view.ts";
