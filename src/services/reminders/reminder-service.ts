import { BaocaoError } from "../../core/errors.ts";
import {
  automaticReminder,
  awaitsSending,
  DEFAULT_REMIND_DAYS_BEFORE,
  type ReminderKind,
  reminderKey,
  reminderMessage,
} from "../../core/submissions/index.ts";
import { vietnamDate } from "../../core/time/index.ts";
import type { SubmissionView } from "../../engine/index.ts";
import type { NewReminder, ReminderRecord, Store } from "../../store/index.ts";
import type { Mailer } from "./mailer.ts";

/** What the reminders need: the store, the cycle's forms, the clock and (optionally) a mailer. */
export interface ReminderDeps {
  readonly store: Store;
  /** The month's forms of every unit, as "Việc cần làm" lists them. */
  readonly forms: (period: string) => Promise<SubmissionView[]>;
  /** Now, an ISO instant. */
  readonly clock: () => string;
  /** Without one, reminders are given in the app only. */
  readonly mailer?: Mailer;
}

/** What a sweep or a manual reminder did. */
export interface ReminderOutcome {
  /** Reminders given now (not given before). */
  readonly given: number;
  readonly emailed: number;
  readonly failed: number;
}

/** A person's reminders in the app: the newest, and how many are unread. */
export interface Inbox {
  readonly unread: number;
  readonly items: readonly ReminderRecord[];
}

/**
 * Reminders of the collection cycle. A sweep (from `baocao serve` every hour, or
 * `baocao reminders send` from cron) gives each reporter of a unit one "due soon" reminder per
 * form from N days before the due day and one "overdue" once it is late; the office can remind a
 * unit by hand, once a day. Each is recorded before anything is sent, under a key that makes it
 * once only, and its e-mail is claimed before sending, so several processes sweeping at once
 * give and send each reminder once.
 */
export class ReminderService {
  constructor(private readonly deps: ReminderDeps) {}

  /** Gives the automatic reminders due today for the periods' forms, then sends the e-mails. */
  async sweep(
    periods: readonly string[],
    daysBefore = DEFAULT_REMIND_DAYS_BEFORE,
  ): Promise<ReminderOutcome> {
    const reporters = await this.reportersByUnit();
    const reminders: NewReminder[] = [];
    for (const period of periods) {
      for (const form of await this.deps.forms(period)) {
        const kind = automaticReminder(form, daysBefore);
        if (kind) reminders.push(...this.remindersOf(kind, form, null, reporters));
      }
    }
    return this.give(reminders);
  }

  /**
   * The office's "Nhắc": reminds the unit's reporters of one form now (once a day each); a form
   * sent or approved needs no reminder (`reminder.not_awaiting`).
   */
  async remind(form: SubmissionView, by: string): Promise<ReminderOutcome> {
    if (!awaitsSending(form.state)) {
      throw new BaocaoError(
        "reminder.not_awaiting",
        `Biểu "${form.regimeName}" của ${form.unitName} đã gửi hoặc đã duyệt; không cần nhắc.`,
        { unit: form.unit, regime: form.regime, period: form.period },
      );
    }
    return this.give(this.remindersOf("manual", form, by, await this.reportersByUnit()));
  }

  /** Sends the e-mails still to go (new ones, and those the mail server refused before). */
  async sendEmails(): Promise<{ emailed: number; failed: number }> {
    const { mailer } = this.deps;
    const reminders = this.deps.store.repos.reminders;
    let emailed = 0;
    let failed = 0;
    if (!mailer) return { emailed, failed };
    for (const key of await reminders.emailsToSend()) {
      const claimed = await reminders.claimEmail(key);
      if (!claimed?.emailTo) continue;
      try {
        await mailer.send({ to: claimed.emailTo, subject: claimed.subject, text: claimed.body });
        await reminders.emailDone(key, this.deps.clock());
        emailed++;
      } catch (error) {
        await reminders.emailDone(key, this.deps.clock(), String(error));
        failed++;
      }
    }
    return { emailed, failed };
  }

  /** A person's reminders, newest first, with the unread count. */
  async inbox(username: string): Promise<Inbox> {
    const reminders = this.deps.store.repos.reminders;
    const [unread, items] = await Promise.all([
      reminders.unreadCount(username),
      reminders.forUser(username),
    ]);
    return { unread, items };
  }

  /** Marks a person's reminders read: those named, or all. */
  async markRead(username: string, keys?: readonly string[]): Promise<void> {
    await this.deps.store.repos.reminders.markRead(username, this.deps.clock(), keys);
  }

  private async give(reminders: readonly NewReminder[]): Promise<ReminderOutcome> {
    const given = await this.deps.store.repos.reminders.record(reminders);
    const { emailed, failed } = await this.sendEmails();
    return { given: given.length, emailed, failed };
  }

  /**
   * The active reporters of each unit, with their e-mail addresses: a reporter's grant on the unit
   * itself (the office above is not reminded of every ward's form).
   */
  private async reportersByUnit(): Promise<Map<string, Reporter[]>> {
    const { users } = this.deps.store.repos;
    const [accounts, grants] = await Promise.all([users.list(), users.allGrants()]);
    const active = new Map(accounts.filter((a) => !a.disabled).map((a) => [a.username, a]));
    const byUnit = new Map<string, Reporter[]>();
    for (const [username, held] of grants) {
      const account = active.get(username);
      if (!account) continue;
      for (const grant of held) {
        if (grant.role !== "reporter") continue;
        const list = byUnit.get(grant.unit) ?? [];
        list.push({ username, email: account.email });
        byUnit.set(grant.unit, list);
      }
    }
    return byUnit;
  }

  /** One reminder of the form for each reporter of its unit, e-mailed when they have an address. */
  private remindersOf(
    kind: ReminderKind,
    form: SubmissionView,
    by: string | null,
    reporters: ReadonlyMap<string, readonly Reporter[]>,
  ): NewReminder[] {
    const at = this.deps.clock();
    const today = vietnamDate(at);
    const message = reminderMessage(kind, form);
    return (reporters.get(form.unit) ?? []).map((reporter) => ({
      key: reminderKey(kind, form, reporter.username, today),
      username: reporter.username,
      kind,
      unitCode: form.unit,
      regimeCode: form.regime,
      period: form.period,
      subject: message.subject,
      body: message.text,
      createdAt: at,
      createdBy: by,
      emailTo: this.deps.mailer ? reporter.email : null,
    }));
  }
}

/** Someone who enters a unit's figures, and where their reminders are e-mailed. */
interface Reporter {
  readonly username: string;
  readonly email: string | null;
}
