import type { Kysely, Selectable } from "kysely";
import type { Database, ReminderTable } from "../schema.ts";

/** Whether a reminder's e-mail went out: none (no address or no mail server), or its progress. */
export type EmailState = "none" | "pending" | "sending" | "sent" | "failed";

/** A reminder as stored. */
export interface ReminderRecord {
  readonly key: string;
  readonly username: string;
  readonly kind: string;
  readonly unitCode: string;
  readonly regimeCode: string;
  readonly period: string;
  readonly subject: string;
  readonly body: string;
  readonly createdAt: string;
  readonly createdBy: string | null;
  readonly readAt: string | null;
  readonly emailTo: string | null;
  readonly emailState: EmailState;
  readonly emailError: string | null;
  readonly emailedAt: string | null;
}

/** A reminder to give: the stored fields that are known when it is made. */
export type NewReminder = Omit<
  ReminderRecord,
  "readAt" | "emailState" | "emailError" | "emailedAt"
>;

/** The reminders given: recorded once each, listed per person, read, and e-mailed once. */
export class ReminderRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /**
   * Records the reminders not given before (by key) and answers the keys recorded now; one
   * already given is left as it is, so two processes sweeping at once give each reminder once.
   */
  async record(reminders: readonly NewReminder[]): Promise<string[]> {
    const recorded: string[] = [];
    for (const r of reminders) {
      const row = await this.db
        .insertInto("reminders")
        .values({
          key: r.key,
          username: r.username,
          kind: r.kind,
          unit_code: r.unitCode,
          regime_code: r.regimeCode,
          period: r.period,
          subject: r.subject,
          body: r.body,
          created_at: r.createdAt,
          created_by: r.createdBy,
          email_to: r.emailTo,
          email_state: r.emailTo ? "pending" : "none",
        })
        .onConflict((oc) => oc.column("key").doNothing())
        .returning("key")
        .executeTakeFirst();
      if (row) recorded.push(row.key);
    }
    return recorded;
  }

  /** A person's reminders, newest first. */
  async forUser(username: string, limit = 50): Promise<ReminderRecord[]> {
    const rows = await this.db
      .selectFrom("reminders")
      .selectAll()
      .where("username", "=", username)
      .orderBy("created_at", "desc")
      .orderBy("key")
      .limit(limit)
      .execute();
    return rows.map(fromRow);
  }

  /** How many of a person's reminders are not read yet. */
  async unreadCount(username: string): Promise<number> {
    const row = await this.db
      .selectFrom("reminders")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("username", "=", username)
      .where("read_at", "is", null)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  /** Marks a person's reminders read: the keys given, or all of them. */
  async markRead(username: string, at: string, keys?: readonly string[]): Promise<void> {
    if (keys && keys.length === 0) return;
    let update = this.db
      .updateTable("reminders")
      .set({ read_at: at })
      .where("username", "=", username)
      .where("read_at", "is", null);
    if (keys) update = update.where("key", "in", keys);
    await update.execute();
  }

  /** Every reminder, for the tests and the CLI's list. */
  async all(): Promise<ReminderRecord[]> {
    const rows = await this.db.selectFrom("reminders").selectAll().orderBy("key").execute();
    return rows.map(fromRow);
  }

  /** The keys of the reminders whose e-mail is still to go (never tried, or failed before). */
  async emailsToSend(): Promise<string[]> {
    const rows = await this.db
      .selectFrom("reminders")
      .select("key")
      .where("email_state", "in", ["pending", "failed"])
      .orderBy("created_at")
      .execute();
    return rows.map((r) => r.key);
  }

  /**
   * Takes a reminder's e-mail for sending: true for the one process that moved it from pending
   * or failed to sending, so no e-mail goes out twice however many processes sweep.
   */
  async claimEmail(key: string): Promise<ReminderRecord | undefined> {
    const result = await this.db
      .updateTable("reminders")
      .set({ email_state: "sending" })
      .where("key", "=", key)
      .where("email_state", "in", ["pending", "failed"])
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) return undefined;
    const row = await this.db
      .selectFrom("reminders")
      .selectAll()
      .where("key", "=", key)
      .executeTakeFirstOrThrow();
    return fromRow(row);
  }

  /** Records how the e-mail went: sent, or failed with the mail server's reason. */
  async emailDone(key: string, at: string, error?: string): Promise<void> {
    await this.db
      .updateTable("reminders")
      .set(
        error === undefined
          ? { email_state: "sent", emailed_at: at, email_error: null }
          : { email_state: "failed", email_error: error.slice(0, 500) },
      )
      .where("key", "=", key)
      .execute();
  }
}

function fromRow(r: Selectable<ReminderTable>): ReminderRecord {
  return {
    key: r.key,
    username: r.username,
    kind: r.kind,
    unitCode: r.unit_code,
    regimeCode: r.regime_code,
    period: r.period,
    subject: r.subject,
    body: r.body,
    createdAt: r.created_at,
    createdBy: r.created_by,
    readAt: r.read_at,
    emailTo: r.email_to,
    emailState: r.email_state as EmailState,
    emailError: r.email_error,
    emailedAt: r.emailed_at,
  };
}
