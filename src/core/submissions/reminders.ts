import { formatPeriodId, parsePeriod, previousPeriod, vietnameseName } from "../periods/index.ts";
import { formatDateVi } from "../time/index.ts";
import type { Timeliness } from "./deadlines.ts";
import type { SubmissionState } from "./states.ts";

/**
 * Why a reporter is reminded of a form: its due day is near, it is overdue, or someone of the
 * office asked ("Nhắc").
 */
export const REMINDER_KINDS = ["due_soon", "overdue", "manual"] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

/** How many days before the due day the "due soon" reminder goes out, unless told otherwise. */
export const DEFAULT_REMIND_DAYS_BEFORE = 3;

/** What a reminder says about a form. */
export interface RemindedForm {
  readonly unit: string;
  readonly unitName: string;
  readonly regime: string;
  readonly regimeName: string;
  readonly period: string;
  readonly state: SubmissionState;
  readonly dueDate: string;
  readonly timeliness: Timeliness;
  /** Figures of the form still missing. */
  readonly missing: readonly unknown[];
}

/** States of a form that is still to be sent: nobody needs reminding of one sent or approved. */
export function awaitsSending(state: SubmissionState): boolean {
  return state === "not_started" || state === "draft" || state === "returned";
}

/**
 * The automatic reminder a form calls for today, or null: "due soon" from `daysBefore` days
 * before its due day to the day itself, "overdue" once past it.
 * Example: due 2023-08-16, today 2023-08-14, daysBefore 3 → "due_soon".
 */
export function automaticReminder(
  form: Pick<RemindedForm, "state" | "timeliness">,
  daysBefore: number = DEFAULT_REMIND_DAYS_BEFORE,
): "due_soon" | "overdue" | null {
  if (!awaitsSending(form.state)) return null;
  const t = form.timeliness;
  if (t.kind === "overdue") return "overdue";
  return t.kind === "pending" && t.daysLeft <= daysBefore ? "due_soon" : null;
}

/**
 * The key that makes a reminder happen once: an automatic one once per form and person, a manual
 * one once per form, person and day (asking again the same day sends nothing more).
 */
export function reminderKey(
  kind: ReminderKind,
  form: Pick<RemindedForm, "unit" | "regime" | "period">,
  username: string,
  today: string,
): string {
  const base = [kind, form.unit, form.regime, form.period, username];
  return (kind === "manual" ? [...base, today] : base).join("|");
}

/** A reminder's words, for the app's list and the e-mail: a subject line and a short text. */
export interface ReminderMessage {
  readonly subject: string;
  readonly text: string;
}

/** The reminder in Vietnamese, naming the form, the unit, the month, the due day and what is missing. */
export function reminderMessage(kind: ReminderKind, form: RemindedForm): ReminderMessage {
  const period = vietnameseName(parsePeriod(form.period));
  const due = formatDateVi(form.dueDate);
  const what = `${form.regimeName} — ${form.unitName} — ${period}`;
  const subject =
    kind === "overdue"
      ? `Quá hạn gửi báo cáo: ${what}`
      : kind === "due_soon"
        ? `Sắp đến hạn gửi báo cáo: ${what}`
        : `Văn phòng nhắc gửi báo cáo: ${what}`;
  const t = form.timeliness;
  const when =
    t.kind === "overdue"
      ? `Hạn gửi là ngày ${due}, đã quá hạn ${t.daysLate} ngày.`
      : t.kind === "pending" && t.daysLeft === 0
        ? `Hạn gửi là hôm nay, ngày ${due}.`
        : t.kind === "pending"
          ? `Hạn gửi là ngày ${due}, còn ${t.daysLeft} ngày.`
          : `Hạn gửi là ngày ${due}.`;
  const missing =
    form.missing.length > 0 ? ` Còn ${form.missing.length} chỉ tiêu chưa có số liệu.` : "";
  const returned =
    form.state === "returned" ? " Báo cáo đã bị trả lại: hãy xem ý kiến, sửa và gửi lại." : "";
  return {
    subject,
    // The subject names the form; the text says when and what to do (the list shows both).
    text: `${when}${missing}${returned} Vui lòng nhập đủ số liệu và bấm "Gửi báo cáo".`,
  };
}

/**
 * The months whose forms a sweep on `today` looks at: last month's (a calendar-month form is due
 * in the next month, and overdue ones stay on) and this month's (Decree 09 forms are due within it).
 * Example: "2023-09-03" → ["2023-08", "2023-09"].
 */
export function periodsToRemind(today: string): string[] {
  const month = today.slice(0, 7);
  return [formatPeriodId(previousPeriod(parsePeriod(month))), month];
}
