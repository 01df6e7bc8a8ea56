import { formatPeriodId, parsePeriod } from "../../core/periods/index.ts";
import { filedFormName, filedPeriod, type ReportingRegime } from "../../core/regimes/index.ts";
import {
  dateLockHolds,
  dueDate,
  isLockedState,
  isPastLock,
  lockDate,
  type RemindedForm,
  type SubmissionState,
  timeliness,
} from "../../core/submissions/index.ts";
import { vietnamDate } from "../../core/time/index.ts";
import type { SubmissionEvent, SubmissionRecord } from "../../store/index.ts";

/**
 * A unit's form for a period as people see it: state, deadlines, what is missing (the core's
 * `RemindedForm`: which form, its state and due day), and where it stands in the cycle.
 */
export interface SubmissionView extends RemindedForm {
  /**
   * The period the form's figures are the whole of: the month, or the quarter (`2023-Q3`), half,
   * nine months or year a longer form filed this month covers.
   */
  readonly filedPeriod: string;
  /** 0 while nobody acted on it; the version a transition must name. */
  readonly version: number;
  readonly lockDate: string | null;
  /** Figures of the form still missing for the period. */
  readonly missing: readonly string[];
  readonly expected: number;
  /** Whether its figures refuse writes now (sent, approved, or past the lock date). */
  readonly locked: boolean;
  readonly reopened: boolean;
  readonly submittedAt: string | null;
  readonly submittedBy: string | null;
  /** The comment of the last change (the reviewer's when returned). */
  readonly lastComment: string | null;
}

/** What the view is built from. */
export interface ViewParts {
  readonly regime: ReportingRegime;
  readonly unit: string;
  readonly unitName: string;
  readonly period: string;
  readonly record: SubmissionRecord | undefined;
  readonly latest: SubmissionEvent | undefined;
  readonly missing: readonly string[];
  /** Now, an ISO instant. */
  readonly at: string;
}

/**
 * The state shown for a form: the stored one once someone acted on it, else `draft` when some
 * of its figures are in and `not_started` when none are.
 */
export function shownState(
  record: SubmissionRecord | undefined,
  missing: number,
  expected: number,
): SubmissionState {
  if (record) return record.state;
  return missing < expected ? "draft" : "not_started";
}

/** Builds the view of one form. */
export function submissionView(parts: ViewParts): SubmissionView {
  const { regime, record, period } = parts;
  const today = vietnamDate(parts.at);
  const due = dueDate(regime, period);
  const state = shownState(record, parts.missing.length, regime.indicators.length);
  // A form counts as sent while it stands sent or approved; returned or reopened, it is due again
  // (and once sent again, its first sending dates it).
  const sentOn =
    record?.submittedAt && isLockedState(state) ? vietnamDate(record.submittedAt) : null;
  return {
    unit: parts.unit,
    unitName: parts.unitName,
    regime: regime.code,
    regimeName: filedFormName(regime, parsePeriod(period)),
    filedPeriod: formatPeriodId(filedPeriod(regime, parsePeriod(period))),
    period,
    state,
    version: record?.version ?? 0,
    dueDate: due,
    lockDate: lockDate(regime, period),
    timeliness: timeliness(due, today, sentOn),
    missing: parts.missing,
    expected: regime.indicators.length,
    locked: isLockedState(state) || (dateLockHolds(record) && isPastLock(regime, period, today)),
    reopened: record?.reopened ?? false,
    submittedAt: record?.submittedAt ?? null,
    submittedBy: record?.submittedBy ?? null,
    lastComment: parts.latest?.comment ? parts.latest.comment : null,
  };
}
