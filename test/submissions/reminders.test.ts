import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from "vitest";
import type { Engine, SubmissionView } from "../../src/engine/index.ts";
import { Accounts } from "../../src/services/accounts/index.ts";
import {
  type Mailer,
  type ReminderService,
  remindersFor,
  smtpMailer,
} from "../../src/services/reminders/index.ts";
import type { Store } from "../../src/store/index.ts";
import { addAccounts } from "../auth/fixture.ts";
import { clerk, townEngine } from "../engine/fixture.ts";
import { describeEachEngine } from "../support/engines.ts";
import { type SmtpSink, startSmtpSink } from "../support/smtp-sink.ts";
import { reporter, wardsMonthly } from "./fixture.ts";

// The wards' form of August 2023 is due on the 16th; reminders go out 3 days before.
const AUGUST = ["2023-08"];

describeEachEngine("reminders of the collection cycle", (fresh) => {
  let smtp: SmtpSink;
  let mailer: Mailer;
  let store: Store;
  let engine: Engine;
  let reminders: ReminderService;
  let now = "2023-08-10T02:00:00.000Z";

  beforeAll(async () => {
    smtp = await startSmtpSink();
    mailer = smtpMailer(smtp.url, "baocao <baocao@ubnd.test>");
  });
  afterAll(async () => {
    mailer?.close();
    await smtp?.close();
  });
  beforeEach(async () => {
    now = "2023-08-10T02:00:00.000Z";
    smtp.received.length = 0;
    smtp.refusing = false;
    store = await fresh();
    engine = await townEngine(store, () => now);
    await engine.import({ regimes: [wardsMonthly()] }, { by: "system", via: "system" });
    await addAccounts(store, [
      { username: "p1", displayName: "Phường 1", grants: [{ role: "reporter", unit: "P1" }] },
      { username: "p2", displayName: "Phường 2", grants: [{ role: "reporter", unit: "P2" }] },
      { username: "office", displayName: "Văn phòng", grants: [{ role: "office", unit: "NN" }] },
    ]);
    await new Accounts(store).setEmail("p1", "p1@ubnd.test");
    reminders = remindersFor(engine, () => now, mailer);
  });
  afterEach(() => store.close());

  const subjects = (username: string) =>
    store.repos.reminders.forUser(username).then((list) => list.map((r) => r.subject));

  it("reminds each ward's reporter once from 3 days before the due day, e-mailing who has an address", async () => {
    expect(await reminders.sweep(AUGUST, 3)).toEqual({ given: 0, emailed: 0, failed: 0 });
    now = "2023-08-13T02:00:00.000Z";
    expect(await reminders.sweep(AUGUST, 3)).toEqual({ given: 2, emailed: 1, failed: 0 });
    expect(await reminders.sweep(AUGUST, 3)).toEqual({ given: 0, emailed: 0, failed: 0 });
    now = "2023-08-15T02:00:00.000Z";
    expect(await reminders.sweep(AUGUST, 3)).toEqual({ given: 0, emailed: 0, failed: 0 });
    expect(smtp.received).toHaveLength(1);
    const [mail] = smtp.received;
    expect(mail?.to).toBe("p1@ubnd.test");
    expect(mail?.from).toBe('"baocao" <baocao@ubnd.test>');
    expect(mail?.subject).toBe(
      "Sắp đến hạn gửi báo cáo: Báo cáo tháng của phường — Phường 1 — tháng 8 năm 2023",
    );
    expect(mail?.text).toContain("Hạn gửi là ngày 16/08/2023, còn 3 ngày.");
    expect(await subjects("p2")).toHaveLength(1);
    expect(await subjects("office")).toEqual([]);
  });

  it("reminds of an overdue form once, and nobody of a form sent", async () => {
    await engine.write([{ indicator: "received", unit: "P1", period: "2023-08", value: 4 }], clerk);
    now = "2023-08-15T02:00:00.000Z";
    await engine.submissions.transition({
      unitCode: "P1",
      regimeCode: "wards_monthly",
      period: "2023-08",
      transition: "submit",
      expectedVersion: 0,
      actor: reporter,
    });
    now = "2023-08-18T02:00:00.000Z";
    expect(await reminders.sweep(AUGUST, 3)).toMatchObject({ given: 1, emailed: 0 });
    expect(await reminders.sweep(AUGUST, 3)).toMatchObject({ given: 0 });
    expect(await subjects("p1")).toEqual([]);
    const [sent] = await engine.submissions.list("2023-08", (unit) => unit === "P1");
    await expect(reminders.remind(sent as SubmissionView, "office")).rejects.toMatchObject({
      code: "reminder.not_awaiting",
    });
    expect(await subjects("p2")).toEqual([
      "Quá hạn gửi báo cáo: Báo cáo tháng của phường — Phường 2 — tháng 8 năm 2023",
    ]);
  });

  it("lets the office remind a unit by hand once a day, listed and read in the app", async () => {
    now = "2023-08-18T02:00:00.000Z";
    const [form] = await engine.submissions.list("2023-08", (unit) => unit === "P1");
    if (!form) throw new Error("no form of P1");
    expect(await reminders.remind(form, "office")).toEqual({ given: 1, emailed: 1, failed: 0 });
    expect(await reminders.remind(form, "office")).toEqual({ given: 0, emailed: 0, failed: 0 });
    now = "2023-08-19T02:00:00.000Z";
    expect(await reminders.remind(form, "office")).toMatchObject({ given: 1 });
    const inbox = await reminders.inbox("p1");
    expect(inbox.unread).toBe(2);
    expect(inbox.items.map((r) => [r.kind, r.createdBy])).toEqual([
      ["manual", "office"],
      ["manual", "office"],
    ]);
    expect(inbox.items[0]?.subject).toMatch(/^Văn phòng nhắc gửi báo cáo: /);
    await reminders.markRead("p1", [inbox.items[0]?.key ?? ""]);
    expect((await reminders.inbox("p1")).unread).toBe(1);
    await reminders.markRead("p1");
    expect((await reminders.inbox("p1")).unread).toBe(0);
    expect(smtp.received).toHaveLength(2);
  });

  it("keeps an e-mail the mail server refused and sends it once when the server takes mail again", async () => {
    now = "2023-08-14T02:00:00.000Z";
    smtp.refusing = true;
    expect(await reminders.sweep(AUGUST, 3)).toEqual({ given: 2, emailed: 0, failed: 1 });
    const [failed] = (await store.repos.reminders.forUser("p1")).map((r) => r.emailState);
    expect(failed).toBe("failed");
    smtp.refusing = false;
    expect(await reminders.sendEmails()).toEqual({ emailed: 1, failed: 0 });
    expect(await reminders.sendEmails()).toEqual({ emailed: 0, failed: 0 });
    expect(smtp.received.map((m) => m.to)).toEqual(["p1@ubnd.test"]);
  });

  it("gives and sends each reminder once when two servers sweep at the same moment", async () => {
    now = "2023-08-14T02:00:00.000Z";
    const other = remindersFor(engine, () => now, mailer);
    const outcomes = await Promise.all([reminders.sweep(AUGUST, 3), other.sweep(AUGUST, 3)]);
    expect(outcomes.reduce((sum, o) => sum + o.given, 0)).toBe(2);
    expect(outcomes.reduce((sum, o) => sum + o.emailed, 0)).toBe(1);
    expect(smtp.received).toHaveLength(1);
    expect(await store.repos.reminders.all()).toHaveLength(2);
  });

  it("gives no reminder to a disabled account, and none in the app without a mail server", async () => {
    await new Accounts(store).setDisabled("p2", true);
    now = "2023-08-14T02:00:00.000Z";
    const appOnly = remindersFor(engine, () => now);
    expect(await appOnly.sweep(AUGUST, 3)).toEqual({ given: 1, emailed: 0, failed: 0 });
    expect((await store.repos.reminders.all()).map((r) => [r.username, r.emailState])).toEqual([
      ["p1", "none"],
    ]);
    expect(smtp.received).toHaveLength(0);
  });
});
