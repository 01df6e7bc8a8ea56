import { afterEach, beforeEach, expect, it } from "vitest";
import { isBaocaoError } from "../../src/core/errors.ts";
import type { TransitionActor } from "../../src/core/submissions/index.ts";
import type { Engine, ValueInput } from "../../src/engine/index.ts";
import { readImportFiles } from "../../src/formats/index.ts";
import { composeReport, reportChecks } from "../../src/report/index.ts";
import type { Store } from "../../src/store/index.ts";
import { clerk, townEngine } from "../engine/fixture.ts";
import { describeEachEngine } from "../support/engines.ts";
import { countRows } from "../support/tables.ts";
import { admin, as, leader, reporter, wardsMonthly } from "./fixture.ts";

const regime = wardsMonthly({ lockAfterDays: true, indicators: ["received", "resolved"] });
// An error when more is resolved than received; a warning on a big intake.
const rules = [
  {
    code: "resolved_le_received",
    left: "resolved",
    operator: "<=" as const,
    right: "received",
    severity: "error" as const,
    message: "Số giải quyết ({left}) lớn hơn số tiếp nhận ({right}).",
  },
  {
    code: "received_large",
    left: "received",
    operator: "<=" as const,
    right: "1000",
    severity: "warning" as const,
    message: "Số tiếp nhận ({left}) lớn bất thường.",
  },
];

const value = (indicator: string, v: number, unit = "P1", period = "2023-08"): ValueInput => ({
  indicator,
  unit,
  period,
  value: v,
});

/** The code of the error `work` throws. */
async function refusal(work: () => Promise<unknown>): Promise<string> {
  try {
    await work();
  } catch (error) {
    if (isBaocaoError(error)) return error.code;
    throw error;
  }
  return "accepted";
}

describeEachEngine("the monthly collection cycle", (fresh) => {
  let store: Store;
  let engine: Engine;
  // 2023-08 is due on the 16th and locks after the 21st; the clock reads the 14th.
  let now = "2023-08-14T03:00:00.000Z";
  beforeEach(async () => {
    now = "2023-08-14T03:00:00.000Z";
    store = await fresh();
    engine = await townEngine(store, () => now);
    await engine.import({ regimes: [regime], rules }, { by: "system", via: "system" });
  });
  afterEach(() => store.close());

  const key = { unitCode: "P1", regimeCode: "wards_monthly", period: "2023-08" };

  it("lists each ward's form with its state, due date, days left and missing figures", async () => {
    await engine.write([value("received", 10)], clerk);
    const list = await engine.submissions.list("2023-08");
    expect(
      list.map((s) => [s.unit, s.state, s.dueDate, s.timeliness, s.missing, s.locked]),
    ).toEqual([
      ["P1", "draft", "2023-08-16", { kind: "pending", daysLeft: 2 }, ["resolved"], false],
      [
        "P2",
        "not_started",
        "2023-08-16",
        { kind: "pending", daysLeft: 2 },
        ["received", "resolved"],
        false,
      ],
    ]);
    expect(
      (await engine.submissions.list("2023-08", (u) => u === "P2")).map((s) => s.unit),
    ).toEqual(["P2"]);
  });

  it("blocks a submission with an error, listing it, and writes nothing", async () => {
    await engine.write([value("received", 5), value("resolved", 9)], clerk);
    const submit = () =>
      engine.submissions.transition({
        ...key,
        transition: "submit",
        expectedVersion: 0,
        actor: reporter,
      });
    await expect(submit()).rejects.toThrow(
      /còn 1 lỗi phải sửa trước — Số giải quyết \(9\) lớn hơn/,
    );
    expect(await countRows(store, "submissions")).toBe(0);
    expect(await countRows(store, "submission_events")).toBe(0);
  });

  it("asks for an explanation of each warning, naming the rule, and keeps it in the audit", async () => {
    await engine.write([value("received", 5000), value("resolved", 10)], clerk);
    const submit = (explanations: Record<string, string>) =>
      engine.submissions.transition({
        ...key,
        transition: "submit",
        expectedVersion: 0,
        actor: reporter,
        explanations,
      });
    await expect(submit({})).rejects.toThrow(/cảnh báo "received_large" cần ghi giải trình/);
    await expect(submit({ received_large: "  " })).rejects.toThrow(/received_large/);
    const view = await submit({ received_large: "Đợt cấp đổi giấy chứng nhận hàng loạt" });
    expect([view.state, view.version, view.locked]).toEqual(["submitted", 1, true]);
    const { events } = await engine.submissions.get(key);
    expect(events.map((e) => [e.transition, e.fromState, e.toState, e.by])).toEqual([
      ["submit", "draft", "submitted", "p1"],
    ]);
    expect(events[0]?.explanations).toEqual([
      {
        rule: "received_large",
        message: "Số tiếp nhận (5.000) lớn bất thường.",
        explanation: "Đợt cấp đổi giấy chứng nhận hàng loạt",
      },
    ]);
  });

  it("runs the whole cycle: submit, return with a comment, fix, submit, approve, reopen", async () => {
    await engine.write([value("received", 10), value("resolved", 4)], clerk);
    const step = (
      transition: "submit" | "approve" | "return" | "reopen",
      actor: TransitionActor,
      version: number,
      comment?: string,
    ) =>
      engine.submissions.transition({
        ...key,
        transition,
        expectedVersion: version,
        actor,
        ...(comment ? { comment } : {}),
      });
    await step("submit", reporter, 0);
    expect(await refusal(() => step("approve", reporter, 1))).toBe("submission.forbidden");
    expect(await refusal(() => step("return", leader, 1))).toBe("submission.comment_required");
    const returned = await step("return", leader, 1, "Số giải quyết chưa khớp sổ một cửa");
    expect([returned.state, returned.lastComment, returned.locked]).toEqual([
      "returned",
      "Số giải quyết chưa khớp sổ một cửa",
      false,
    ]);
    await engine.write([{ ...value("resolved", 6), expectedVersion: 1 }], clerk);
    await step("submit", reporter, 2);
    expect(await refusal(() => step("approve", leader, 2))).toBe("submission.conflict");
    const approved = await step("approve", leader, 3);
    expect([approved.state, approved.version, approved.timeliness]).toEqual([
      "approved",
      4,
      { kind: "on_time" },
    ]);
    expect(await refusal(() => step("reopen", leader, 4, "x"))).toBe("submission.forbidden");
    const reopened = await step("reopen", admin, 4, "Sai số tiếp nhận");
    expect([reopened.state, reopened.reopened, reopened.locked]).toEqual(["draft", true, false]);
    const { events } = await engine.submissions.get(key);
    expect(
      events.map((e) => `${e.version} ${e.transition} ${e.by} ${e.toState} ${e.comment}`),
    ).toEqual([
      "1 submit p1 submitted ",
      "2 return lanhdao returned Số giải quyết chưa khớp sổ một cửa",
      "3 submit p1 submitted ",
      "4 approve lanhdao approved ",
      "5 reopen admin draft Sai số tiếp nhận",
    ]);
  });

  it("answers one of two people acting on the same version with a conflict", async () => {
    await engine.write([value("received", 10)], clerk);
    const submit = () =>
      engine.submissions.transition({
        ...key,
        transition: "submit",
        expectedVersion: 0,
        actor: reporter,
      });
    const outcomes = await Promise.allSettled([submit(), submit()]);
    const codes = outcomes.map((o) =>
      o.status === "fulfilled" ? "ok" : isBaocaoError(o.reason) ? o.reason.code : String(o.reason),
    );
    // The loser is refused either way: by the version it read, or — when it read after the
    // winner's commit — because a sent form cannot be sent again. Never both stored.
    const [winner, loser] = codes.sort(); // "ok" sorts first
    expect(winner).toBe("ok");
    expect(["submission.conflict", "submission.invalid_transition"]).toContain(loser);
    expect(await countRows(store, "submission_events")).toBe(1);
  });

  it("refuses writes to a sent or approved form, through a save and through an import, writing nothing", async () => {
    await engine.write([value("received", 10)], clerk);
    await engine.submissions.transition({
      ...key,
      transition: "submit",
      expectedVersion: 0,
      actor: reporter,
    });
    const before = await countRows(store, "value_audit");
    const save = () => engine.write([value("resolved", 3)], clerk);
    await expect(save()).rejects.toThrow(
      'Số liệu “Hồ sơ giải quyết đúng hạn” của P1 tháng 8/2023 không sửa được: báo cáo "Báo cáo tháng của phường" đã gửi. Muốn sửa, hãy đề nghị người duyệt trả lại báo cáo.',
    );
    // A CSV import with a free ward first and the locked one after: all or nothing.
    const csv = "unit,indicator,period,value\nP2,received,2023-08,4\nP1,received,2023-08,11\n";
    const { bundle } = readImportFiles([{ name: "so-lieu.csv", text: csv }]);
    const error = await engine.import(bundle, { by: "import", via: "import" }).catch((e) => e);
    expect(isBaocaoError(error, "value.locked")).toBe(true);
    expect(error.details).toMatchObject({ index: 1, unitCode: "P1", state: "submitted" });
    expect(await countRows(store, "value_audit")).toBe(before);
    expect(await engine.storedValues({ unitCodes: ["P2"], periods: ["2023-08"] })).toEqual([]);
    // Other months, other wards and indicators outside the form stay open (July, though, is past its lock date).
    await engine.write(
      [value("received", 1, "P1", "2023-09"), value("received", 2, "P2"), value("pending", 2)],
      clerk,
    );
  });

  it("keeps a form returned after the lock date open for the correction asked", async () => {
    await engine.write([value("received", 10)], clerk);
    await engine.submissions.transition({
      ...key,
      transition: "submit",
      expectedVersion: 0,
      actor: reporter,
    });
    now = "2023-08-25T03:00:00.000Z";
    await expect(engine.write([value("resolved", 4)], clerk)).rejects.toThrow(/đã gửi/);
    await engine.submissions.transition({
      ...key,
      transition: "return",
      expectedVersion: 1,
      actor: leader,
      comment: "Bổ sung số giải quyết",
    });
    await engine.write([value("resolved", 4)], clerk);
    const resent = await engine.submissions.transition({
      ...key,
      transition: "submit",
      expectedVersion: 2,
      actor: reporter,
    });
    expect([resent.state, resent.reopened, resent.timeliness]).toEqual([
      "submitted",
      false,
      { kind: "on_time" },
    ]);
    await expect(engine.write([value("resolved", 5)], clerk)).rejects.toThrow(/đã gửi/);
  });

  it("locks the period after its lock date until an admin reopens the form", async () => {
    now = "2023-08-21T16:59:00.000Z"; // 23:59 on the 21st in Vietnam: still open
    await engine.write([value("received", 10, "P2")], clerk);
    now = "2023-08-21T17:00:00.000Z"; // the 22nd in Vietnam
    const late = () => engine.write([value("resolved", 3, "P2")], clerk);
    await expect(late()).rejects.toThrow(/đã khóa sổ sau ngày 21\/08\/2023.*quản trị mở lại/);
    const [p2] = await engine.submissions.list("2023-08", (u) => u === "P2");
    expect([p2?.locked, p2?.lockDate, p2?.timeliness]).toEqual([
      true,
      "2023-08-21",
      { kind: "overdue", daysLate: 6 },
    ]);
    await engine.submissions.transition({
      unitCode: "P2",
      regimeCode: "wards_monthly",
      period: "2023-08",
      transition: "reopen",
      expectedVersion: 0,
      actor: admin,
      comment: "Phường bổ sung số liệu trễ",
    });
    await late();
    const sent = await engine.submissions.transition({
      unitCode: "P2",
      regimeCode: "wards_monthly",
      period: "2023-08",
      transition: "submit",
      expectedVersion: 1,
      actor: as("p2", { role: "reporter", unit: "P2" }),
    });
    expect([sent.state, sent.timeliness]).toEqual(["submitted", { kind: "late", daysLate: 6 }]);
  });

  // A write that passed the lock check and a sending of the same form must not overlap: on
  // PostgreSQL the check reads only what was committed when it ran, so form locks order them.
  it("makes a write wait for a form being sent, and then refuses it", async () => {
    const events: string[] = [];
    let release = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    let held = () => {};
    const holding = new Promise<void>((resolve) => {
      held = resolve;
    });
    const sending = store.transaction(async (trx) => {
      await trx.formLocks.hold([key], "exclusive");
      await trx.submissions.put(
        {
          ...key,
          state: "submitted",
          version: 1,
          reopened: false,
          submittedAt: now,
          submittedBy: "p1",
          updatedAt: now,
          updatedBy: "p1",
        },
        0,
      );
      held();
      await gate;
      events.push("sent");
    });
    await holding;
    const writing = refusal(() => engine.write([value("received", 7)], clerk)).then((code) => {
      events.push(`write: ${code}`);
    });
    // Long enough for an unguarded write to finish first.
    await new Promise((resolve) => setTimeout(resolve, 500));
    release();
    await Promise.all([sending, writing]);
    expect(events).toEqual(["sent", "write: value.locked"]);
    expect(await countRows(store, "data_values")).toBe(0);
  });

  it("warns, before the town's report is issued, of the wards' forms not approved yet", async () => {
    await engine.write([value("received", 10), value("resolved", 4)], clerk);
    await engine.submissions.transition({
      ...key,
      transition: "submit",
      expectedVersion: 0,
      actor: reporter,
    });
    const report = await composeReport(engine, {
      template: "{{ received }}",
      unit: "NN",
      period: "2023-08",
    });
    const warnings = (await reportChecks(engine, report)).filter((c) => c.kind === "not_approved");
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.message).toMatch(/^Số liệu của các đơn vị chưa duyệt \(2 báo cáo/);
    expect(warnings[0]?.message).toContain("Báo cáo tháng của phường: đã gửi");
    await engine.submissions.transition({
      ...key,
      transition: "approve",
      expectedVersion: 1,
      actor: leader,
    });
    const after = (await reportChecks(engine, report)).filter((c) => c.kind === "not_approved");
    expect(after[0]?.message).toMatch(/^Số liệu của các đơn vị chưa duyệt \(1 báo cáo/);
    expect(after[0]?.message).not.toContain("đã gửi");
  });
});
