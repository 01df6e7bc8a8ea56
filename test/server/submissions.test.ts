import { afterAll, beforeAll, expect, it } from "vitest";
import { DEMO_PASSWORD } from "../../src/cli/demo-accounts.ts";
import { type ApiCall, ApiError, api } from "../../src/server/contract/index.ts";
import { Accounts } from "../../src/services/accounts/index.ts";
import { describeEachEngine } from "../support/engines.ts";
import { fillForm } from "../support/fill-form.ts";
import { type ApiFixture, openApiFixture } from "./api-fixture.ts";

// October 2023 of the reference dataset: nothing entered yet, due on the 16th (Decree 09),
// so on the fixture's day (20 September) every commune has 26 days left.
const PERIOD = "2023-10";
const form = (unit: string) => ({ regime: "communes_monthly", unit, period: PERIOD });

/** The error code and HTTP status `work` is refused with. */
async function refusal(work: () => Promise<unknown>): Promise<string> {
  try {
    await work();
  } catch (error) {
    if (error instanceof ApiError) return `${error.status} ${error.code}`;
    throw error;
  }
  return "200";
}

describeEachEngine("HTTP API: the collection cycle and who may do what", (fresh) => {
  let f: ApiFixture;
  let ward: ApiCall;
  let commune: ApiCall;
  let leader: ApiCall;
  let office: ApiCall;
  let communeApprover: ApiCall;

  beforeAll(async () => {
    f = await openApiFixture(fresh);
    await new Accounts(f.store).ensure({
      username: "duyet_tanlong",
      displayName: "Lãnh đạo xã Tân Long",
      password: DEMO_PASSWORD,
      grants: [{ role: "approver", unit: "XA_TAN_LONG" }],
    });
    ward = await f.signIn("phuong1");
    commune = await f.signIn("xa1");
    leader = await f.signIn("lanhdao");
    office = await f.signIn("vanphong");
    communeApprover = await f.signIn("duyet_tanlong");
  }, 180_000);
  afterAll(() => f.close());

  const save = (call: ApiCall, unit: string, value: number, expectedVersion: number) =>
    call(api.values.save, {
      body: {
        values: [{ indicator: "jobs_created", unit, period: PERIOD, value, expectedVersion }],
      },
    });
  const act = (
    call: ApiCall,
    unit: string,
    transition: "submit" | "approve" | "return" | "reopen",
    expectedVersion: number,
    comment?: string,
  ) =>
    call(api.submissions.transition, {
      params: { ...form(unit), transition },
      body: { expectedVersion, ...(comment ? { comment } : {}) },
    });

  it("gives completeness and timeliness month by month, each month as its own list sums it", async () => {
    const { periods } = await office(api.submissions.history, {
      query: { to: PERIOD, months: 3 },
    });
    expect(periods.map((p) => p.period)).toEqual(["2023-08", "2023-09", "2023-10"]);
    for (const month of periods) {
      const { summary } = await office(api.submissions.list, { query: { period: month.period } });
      expect(month).toEqual({ period: month.period, ...summary });
    }
    // A ward's reporter sees their own forms only, month after month.
    const own = await ward(api.submissions.history, { query: { to: PERIOD, months: 2 } });
    expect(own.periods.every((p) => p.expected === 1)).toBe(true);
    const refused = await ward(api.submissions.history, {
      query: { to: PERIOD, unit: "NGA_NAM" },
    }).catch((e: unknown) => e);
    expect((refused as ApiError).status).toBe(403);
  });

  it("shows a reporter only their own unit's forms, with due date, lateness and missing figures", async () => {
    const { submissions } = await ward(api.submissions.list, { query: { period: PERIOD } });
    expect(submissions.map((s) => [s.unit, s.regime, s.state, s.dueDate, s.timeliness])).toEqual([
      [
        "PHUONG_1",
        "communes_monthly",
        "not_started",
        "2023-10-16",
        { kind: "pending", daysLeft: 26 },
      ],
    ]);
    expect(submissions[0]?.missing).toHaveLength(13);
    expect(submissions[0]?.allowed).toEqual(["submit"]);
    const all = await leader(api.submissions.list, { query: { period: PERIOD } });
    expect(all.submissions.filter((s) => s.regime === "communes_monthly")).toHaveLength(8);
    expect(all.submissions.every((s) => !s.allowed.includes("submit"))).toBe(true);
  });

  it("keeps one commune's forms from another commune's reporter", async () => {
    expect(await refusal(() => commune(api.submissions.get, { params: form("PHUONG_1") }))).toBe(
      "403 auth.forbidden",
    );
    expect(await refusal(() => act(commune, "PHUONG_1", "submit", 0))).toBe("403 auth.forbidden");
    expect(
      await refusal(() =>
        commune(api.submissions.list, { query: { period: PERIOD, unit: "PHUONG_1" } }),
      ),
    ).toBe("403 auth.forbidden");
    const own = await commune(api.submissions.list, { query: { period: PERIOD } });
    expect(own.submissions.map((s) => s.unit)).toEqual(["XA_TAN_LONG"]);
  });

  it("locks a sent form against the reporter's saves and lets the reporter approve nothing", async () => {
    await save(ward, "PHUONG_1", 12, 0);
    const sent = await act(ward, "PHUONG_1", "submit", 0);
    expect([sent.submission.state, sent.submission.locked, sent.submission.allowed]).toEqual([
      "submitted",
      true,
      [],
    ]);
    const locked = await save(ward, "PHUONG_1", 13, 1).catch((e: ApiError) => e);
    expect(locked).toBeInstanceOf(ApiError);
    expect([(locked as ApiError).status, (locked as ApiError).code]).toEqual([409, "value.locked"]);
    expect((locked as ApiError).message).toMatch(/đề nghị người duyệt trả lại báo cáo/);
    expect(await refusal(() => act(ward, "PHUONG_1", "approve", 1))).toBe(
      "403 submission.forbidden",
    );
    // The same lock holds for a filled Excel form uploaded and confirmed: nothing is written.
    const blob = await ward(api.forms.download, { query: { units: "PHUONG_1", period: PERIOD } });
    const filled = await fillForm(new Uint8Array(await blob.arrayBuffer()), {
      "jobs_created|": 99,
    });
    const upload = (confirm: boolean) =>
      ward(api.forms.upload, {
        body: { fileName: "bieu.xlsx", content: Buffer.from(filled).toString("base64"), confirm },
      });
    expect(await refusal(() => upload(true))).toBe("409 value.locked");
    const stored = await f.engine.storedValues({
      unitCodes: ["PHUONG_1"],
      periods: [PERIOD],
      indicatorCodes: ["jobs_created"],
    });
    expect(stored.map((v) => v.value)).toEqual([12]);
    const entry = await ward(api.values.entry, { query: { unit: "PHUONG_1", period: PERIOD } });
    expect(entry.editable).toBe(false);
    expect(entry.lockedIndicators).toContain("jobs_created");
    expect(entry.submissions.map((s) => s.state)).toEqual(["submitted"]);
  });

  it("lets the town's leader return with a comment and approve, but only over their subtree", async () => {
    await save(commune, "XA_TAN_LONG", 4, 0);
    await act(commune, "XA_TAN_LONG", "submit", 0);
    // An approver on the commune itself is not above it; nor over a ward of another commune.
    expect(await refusal(() => act(communeApprover, "XA_TAN_LONG", "approve", 1))).toBe(
      "403 submission.forbidden",
    );
    expect(await refusal(() => act(communeApprover, "PHUONG_1", "approve", 1))).toBe(
      "403 auth.forbidden",
    );
    expect(await refusal(() => act(leader, "XA_TAN_LONG", "return", 1))).toBe(
      "400 submission.comment_required",
    );
    const returned = await act(leader, "XA_TAN_LONG", "return", 1, "Số việc làm chưa khớp");
    expect([returned.submission.state, returned.submission.lastComment]).toEqual([
      "returned",
      "Số việc làm chưa khớp",
    ]);
    await save(commune, "XA_TAN_LONG", 5, 1);
    await act(commune, "XA_TAN_LONG", "submit", 2);
    expect(await refusal(() => act(office, "XA_TAN_LONG", "approve", 2))).toBe(
      "409 submission.conflict",
    );
    const approved = await act(office, "XA_TAN_LONG", "approve", 3);
    expect(approved.submission.state).toBe("approved");
    const { events } = await commune(api.submissions.get, { params: form("XA_TAN_LONG") });
    expect(events.map((e) => `${e.transition} ${e.by} ${e.comment}`)).toEqual([
      "submit xa1 ",
      "return lanhdao Số việc làm chưa khớp",
      "submit xa1 ",
      "approve vanphong ",
    ]);
  });

  it("lets only an admin reopen, with a reason, and the reporter write again", async () => {
    expect(await refusal(() => act(leader, "PHUONG_1", "reopen", 1, "x"))).toBe(
      "403 submission.forbidden",
    );
    const admin = await f.signIn("admin");
    expect(await refusal(() => act(admin, "PHUONG_1", "reopen", 1))).toBe(
      "400 submission.comment_required",
    );
    const reopened = await act(admin, "PHUONG_1", "reopen", 1, "Phường xin sửa số việc làm");
    expect(reopened.submission.state).toBe("draft");
    await save(ward, "PHUONG_1", 13, 1);
    // The town's completeness and timeliness: one commune approved, sent on time; the ward is
    // back in draft and counts as not sent.
    const { summary } = await leader(api.submissions.list, { query: { period: PERIOD } });
    expect(summary).toMatchObject({ submitted: 1, approved: 1, onTime: 1, overdue: 0 });
    expect(summary.completeness).toBeCloseTo(1 / summary.expected);
  });

  // The town's dashboard tells the same story as the forms: each unit's state, and how many are
  // sent, sent on time and overdue.
  it("shows the forms' states and the completeness and timeliness on the town's dashboard", async () => {
    // Earlier tests sent, returned and approved forms of PHUONG_1 and XA_TAN_LONG.
    const { submissions, summary } = await office(api.submissions.list, {
      query: { period: PERIOD, unit: "NGA_NAM" },
    });
    const dashboard = await office(api.dashboard.dashboard, {
      query: { unit: "NGA_NAM", period: PERIOD },
    });
    const stateOf = new Map(submissions.map((x) => [`${x.unit}|${x.regime}`, x.state]));
    for (const line of dashboard.reporting)
      expect([line.unit, line.submission]).toEqual([
        line.unit,
        stateOf.get(`${line.unit}|${line.regime}`) ?? "not_started",
      ]);
    expect(dashboard.reporting.some((l) => l.submission !== "not_started")).toBe(true);
    expect(dashboard.cycle).toEqual(summary);
    expect(dashboard.cycle.expected).toBe(submissions.length);
  });
  // The report's preview follows the cycle: a month of its own (November, nothing entered in the
  // dataset), the commune's form approved, the ward's only entered.
  it("previews the town's rice with the approved forms only, or with every entered figure", async () => {
    const month = "2023-11";
    const rice = (call: ApiCall, unit: string, value: number) =>
      call(api.values.save, {
        body: {
          values: [
            {
              indicator: "rice_sown_area",
              disaggregation: "rice_season=he_thu",
              unit,
              period: month,
              value,
              expectedVersion: 0,
            },
          ],
        },
      });
    await rice(ward, "PHUONG_1", 1200);
    await rice(commune, "XA_TAN_LONG", 4000);
    const tanLong = { regime: "communes_monthly", unit: "XA_TAN_LONG", period: month };
    await commune(api.submissions.transition, {
      params: { ...tanLong, transition: "submit" },
      body: { expectedVersion: 0 },
    });
    await leader(api.submissions.transition, {
      params: { ...tanLong, transition: "approve" },
      body: { expectedVersion: 1 },
    });
    const preview = (figures?: "entered" | "approved") =>
      office(api.reports.preview, {
        params: { unit: "NGA_NAM", period: month },
        ...(figures ? { query: { figures } } : {}),
        body: { template: "Lúa gieo sạ {{ rice_sown_area }} ha.\n" },
      });
    const approved = await preview("approved");
    const entered = await preview("entered");
    expect(approved.figures.map((x) => [x.value, x.unapproved])).toEqual([[4000, "left_out"]]);
    expect(entered.figures.map((x) => [x.value, x.unapproved])).toEqual([[5200, "included"]]);
    expect((await preview()).figures[0]?.value).toBe(5200);
    expect(entered.html).toContain("gồm số liệu của đơn vị chưa duyệt");
    const listed = (checks: typeof entered.checks) =>
      checks.find((c) => c.kind === "not_approved")?.message ?? "";
    expect(listed(entered.checks)).toMatch(/^Số liệu của các đơn vị chưa duyệt \(\d+ báo cáo/);
    expect(listed(entered.checks)).toContain(
      "Phường 1 — Báo cáo tháng của UBND các xã, phường: đang nhập",
    );
    expect(listed(entered.checks)).not.toContain("Xã Tân Long —");
    expect(listed(approved.checks)).toMatch(/^Không tính số liệu của các đơn vị chưa duyệt/);
    expect(
      await refusal(() =>
        office(api.reports.preview, {
          params: { unit: "NGA_NAM", period: month },
          query: { figures: "duyet" as "approved" },
          body: { template: "x" },
        }),
      ),
    ).toMatch(/^400 /);
  });
  // The dashboard is cached under the data counter: a change of a form's state must move it, or
  // the town would see the state before until some figure changed.
  it("shows a change of a form's state on the town's dashboard at once, with no figure changed", async () => {
    const month = "2023-11";
    const dashboard = () =>
      office(api.dashboard.dashboard, { query: { unit: "NGA_NAM", period: month } });
    const stateOf = async () =>
      (await dashboard()).reporting.find((l) => l.unit === "XA_TAN_LONG")?.submission;
    expect(await stateOf()).toBe("approved");
    const before = (await dashboard()).cycle.submitted;
    const admin = await f.signIn("admin");
    await admin(api.submissions.transition, {
      params: {
        regime: "communes_monthly",
        unit: "XA_TAN_LONG",
        period: month,
        transition: "reopen",
      },
      body: { expectedVersion: 2, comment: "Xã xin sửa diện tích lúa" },
    });
    expect(await stateOf()).toBe("draft");
    expect((await dashboard()).cycle.submitted).toBe(before - 1);
  });
});
