export {
  addDays,
  DEFAULT_DEADLINE_DAY,
  DEFAULT_LOCK_AFTER_DAYS,
  daysBetween,
  dueDate,
  isPastLock,
  lockDate,
  type Timeliness,
  timeliness,
  timelinessVi,
} from "./deadlines.ts";
export {
  automaticReminder,
  awaitsSending,
  DEFAULT_REMIND_DAYS_BEFORE,
  periodsToRemind,
  REMINDER_KINDS,
  type RemindedForm,
  type ReminderKind,
  type ReminderMessage,
  reminderKey,
  reminderMessage,
} from "./reminders.ts";
export { isSectionForm, SECTION_FORM_PREFIX, sectionFormCode } from "./section-form.ts";
export {
  dateLockHolds,
  isLockedState,
  isSubmissionState,
  SUBMISSION_STATE_LABELS_VI,
  SUBMISSION_STATES,
  type SubmissionState,
} from "./states.ts";
export { type CycleSummary, cycleSummary } from "./summary.ts";
export {
  availableTransitions,
  decideTransition,
  mayTransition,
  TRANSITION_LABELS_VI,
  TRANSITION_RULES,
  TRANSITIONS,
  type Transition,
  type TransitionActor,
  type TransitionRule,
  type TransitionSubject,
} from "./transitions.ts";
