import { afterAll, beforeAll, expect, it } from "vitest";
import { DEMO_PASSWORD } from "../../src/cli/demo-accounts.ts";
import { DEMO_REPORT } from "../../src/cli/demo-report.ts";
import { type ApiCall, ApiError, api } from "../../src/server/contract/index.ts";
import { Accounts } from "../../src/services/accounts/index.ts";
import { describeEachEngine } from "../support/engines.ts";
import { type ApiFixture, openApiFixture } from "./api-fixture.ts";

// The demo report (Ngã Năm, August 2023) gives four sections to departments.
const REPORT = { unit: DEMO_REPORT.unit, period: DEMO_REPORT.period };
const section = (owner: string) => ({ ...REPORT, owner });
const OWN_WORDS = "Phòng Tài chính - Kế hoạch tự viết: thu ngân sách tăng khá.";

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

describeEachEngine(
  "HTTP API: departments' sections of a report, sent and approved like forms",
  (fresh) => {
    let f: ApiFixture;
    let dept: ApiCall;
    let culture: ApiCall;
    let office: ApiCall;
    let leader: ApiCall;
    let admin: ApiCall;

    beforeAll(async () => {
      f = await openApiFixture(fresh);
      // A department's reporter with no grant on the town: only its own section is visible.
      await new Accounts(f.store).ensure({
        username: "vhtt",
        displayName: "Phòng Văn hóa - Thông tin",
        password: DEMO_PASSWORD,
        grants: [{ role: "reporter", unit: "NN_VHTT" }],
      });
      dept = await f.signIn("tckh");
      culture = await f.signIn("vhtt");
      office = await f.signIn("vanphong");
      leader = await f.signIn("lanhdao");
      admin = await f.signIn("admin");
    }, 180_000);
    afterAll(() => f.close());

    const act = (
      call: ApiCall,
      owner: string,
      transition: "submit" | "approve" | "return" | "reopen",
      expectedVersion: number,
      comment?: string,
    ) =>
      call(api.sections.transition, {
        params: { ...section(owner), transition },
        body: { expectedVersion, ...(comment ? { comment } : {}) },
      });
    const save = (call: ApiCall, owner: string, text: string, expectedVersion: number) =>
      call(api.sections.save, { params: section(owner), body: { text, expectedVersion } });
    const checks = async () =>
      (await office(api.reports.get, { params: REPORT })).checks
        .filter((c) => c.kind === "section_not_approved")
        .map((c) => c.message);

    it("lists the four owned sections with their owners, and who stands where", async () => {
      const { sections } = await office(api.sections.list, { params: REPORT });
      expect(sections.map((s) => [s.owner, s.title, s.state, s.version, s.role])).toEqual([
        ["NN_TCKH", "1. Kinh tế", "not_started", 0, "reviewer"],
        ["NN_VHTT", "2. Văn hóa - Xã hội", "not_started", 0, "reviewer"],
        ["NN_QUAN_SU", "3. Quốc phòng - an ninh", "not_started", 0, "reviewer"],
        [
          "NN_NOI_VU",
          "4. Thanh tra, tư pháp, xây dựng chính quyền và cải cách hành chính",
          "not_started",
          0,
          "reviewer",
        ],
      ]);
      const mine = await dept(api.sections.listAll, { query: { period: REPORT.period } });
      expect(mine.sections.filter((s) => s.role === "author").map((s) => s.owner)).toEqual([
        "NN_TCKH",
      ]);
      // A department with no grant on the town sees its own section only.
      const own = await culture(api.sections.list, { params: REPORT });
      expect(own.sections.map((s) => [s.owner, s.role, s.allowed])).toEqual([
        ["NN_VHTT", "author", ["submit"]],
      ]);
      expect((await checks()).length).toBe(4);
    });

    it("refuses other departments' sections, stale saves and texts that do not fit", async () => {
      expect(await refusal(() => culture(api.sections.get, { params: section("NN_TCKH") }))).toBe(
        "403 auth.forbidden",
      );
      expect(
        await refusal(() => save(culture, "NN_TCKH", "## 1. Kinh tế {owner=NN_TCKH}", 0)),
      ).toBe("403 auth.forbidden");
      expect(await refusal(() => act(culture, "NN_TCKH", "submit", 0))).toBe("403 auth.forbidden");
      // tckh reads the town (viewer) but writes and sends only its own section.
      expect(await refusal(() => save(dept, "NN_VHTT", "## 2. Văn hóa {owner=NN_VHTT}", 0))).toBe(
        "403 section.forbidden",
      );
      expect(await refusal(() => act(dept, "NN_VHTT", "submit", 0))).toBe(
        "403 submission.forbidden",
      );
      expect(await refusal(() => save(dept, "NN_TCKH", "Không có tiêu đề", 0))).toBe(
        "400 section.invalid_text",
      );
      expect(
        await refusal(() => save(dept, "NN_TCKH", "## 1. Kinh tế {owner=NN_TCKH}\n## 2. Khác", 0)),
      ).toBe("400 section.invalid_text");

      const opened = await dept(api.sections.get, { params: section("NN_TCKH") });
      expect(opened.text.split("\n")[0]).toBe("## 1. Kinh tế {owner=NN_TCKH}");
      expect(opened.section.editable).toBe(true);
      const text = `${opened.text}\n\n- ${OWN_WORDS}`;
      const saved = await save(dept, "NN_TCKH", text, 0);
      expect([saved.section.version, saved.section.state, saved.section.updatedBy]).toEqual([
        1,
        "draft",
        "tckh",
      ]);
      const stale = await save(dept, "NN_TCKH", text, 0).catch((e: unknown) => e);
      expect([(stale as ApiError).status, (stale as ApiError).code]).toEqual([
        409,
        "section.conflict",
      ]);
      expect((stale as ApiError).message).toMatch(/vừa được người khác lưu/);
    });

    it("locks a sent section, returns it with a comment, and lets nobody approve their own", async () => {
      const sent = await act(dept, "NN_TCKH", "submit", 0);
      expect([sent.section.state, sent.section.editable, sent.section.allowed]).toEqual([
        "submitted",
        false,
        [],
      ]);
      const locked = await save(dept, "NN_TCKH", "## 1. Kinh tế {owner=NN_TCKH}\nSửa", 1).catch(
        (e: unknown) => e,
      );
      expect([(locked as ApiError).status, (locked as ApiError).code]).toEqual([
        409,
        "section.locked",
      ]);
      expect((locked as ApiError).message).toMatch(/không sửa được: phần báo cáo đã gửi/);
      expect(await refusal(() => act(dept, "NN_TCKH", "approve", 1))).toBe(
        "403 submission.forbidden",
      );
      expect(await refusal(() => act(leader, "NN_TCKH", "return", 1))).toBe(
        "400 submission.comment_required",
      );
      expect(await refusal(() => act(leader, "NN_TCKH", "approve", 0))).toBe(
        "409 submission.conflict",
      );
      const returned = await act(leader, "NN_TCKH", "return", 1, "Bổ sung số liệu tín dụng.");
      expect([returned.section.state, returned.section.lastComment]).toEqual([
        "returned",
        "Bổ sung số liệu tín dụng.",
      ]);
      // The office sends a section on a department's behalf, and may then not approve it itself.
      await act(office, "NN_VHTT", "submit", 0);
      expect(await refusal(() => act(office, "NN_VHTT", "approve", 1))).toBe(
        "403 submission.forbidden",
      );
      await act(leader, "NN_VHTT", "approve", 1);
    });

    it("splices the approved text into the report and checks the sections still waiting", async () => {
      const before = await office(api.reports.get, { params: REPORT });
      expect(before.html).not.toContain(OWN_WORDS);
      expect(await checks()).toEqual([
        expect.stringMatching(
          /^Phần “1\. Kinh tế” của Phòng Tài chính - Kế hoạch .* chưa được duyệt \(trả lại\)/,
        ),
        expect.stringMatching(/^Phần “3\. Quốc phòng - an ninh” .* chưa được duyệt \(chưa nhập\)/),
        expect.stringMatching(/^Phần “4\. Thanh tra/),
      ]);
      await act(dept, "NN_TCKH", "submit", 2);
      await act(office, "NN_TCKH", "approve", 3);
      const after = await office(api.reports.get, { params: REPORT });
      expect(after.html).toContain(OWN_WORDS);
      expect(after.html).toContain('data-owner="NN_TCKH"');
      // The draft's template stays the office's: the text is spliced in when composed.
      expect(after.current.template).not.toContain(OWN_WORDS);
      expect((await checks()).length).toBe(2);
      // The preview of the editor's unsaved template is spliced the same way.
      const preview = await office(api.reports.preview, {
        params: REPORT,
        query: { figures: "entered" },
        body: { template: after.current.template },
      });
      expect(preview.html).toContain(OWN_WORDS);

      const { events } = await office(api.sections.get, { params: section("NN_TCKH") });
      expect(events.map((e) => [e.transition, e.by, e.toState])).toEqual([
        ["submit", "tckh", "submitted"],
        ["return", "lanhdao", "returned"],
        ["submit", "tckh", "submitted"],
        ["approve", "vanphong", "approved"],
      ]);
    });

    it("starts next month's report from the departments' approved texts", async () => {
      const next = await office(api.reports.carryForward, { params: REPORT });
      expect(next.period).toBe("2023-09");
      const september = await office(api.reports.get, { params: { ...REPORT, period: "2023-09" } });
      // The approved text is the new draft's own: the department starts from what it wrote.
      expect(september.current.template).toContain(OWN_WORDS);
      expect(september.current.template).toContain("## 1. Kinh tế {owner=NN_TCKH}");
      const mine = await dept(api.sections.get, {
        params: { ...REPORT, period: "2023-09", owner: "NN_TCKH" },
      });
      expect([mine.section.state, mine.section.version]).toEqual(["not_started", 0]);
      expect(mine.text).toContain(OWN_WORDS);
      // Sections not approved in August carry the office's text, as before.
      expect(september.current.template).toContain("## 3. Quốc phòng - an ninh {owner=NN_QUAN_SU}");
    });

    it("lets only an administrator reopen, with a reason, and the office's text comes back", async () => {
      expect(await refusal(() => act(office, "NN_TCKH", "reopen", 4, "Sửa lại"))).toBe(
        "403 submission.forbidden",
      );
      expect(await refusal(() => act(admin, "NN_TCKH", "reopen", 4))).toBe(
        "400 submission.comment_required",
      );
      const reopened = await act(admin, "NN_TCKH", "reopen", 4, "Phòng xin sửa số liệu.");
      expect([reopened.section.state, reopened.section.version]).toEqual(["draft", 1]);
      const report = await office(api.reports.get, { params: REPORT });
      expect(report.html).not.toContain(OWN_WORDS);
      expect((await dept(api.sections.get, { params: section("NN_TCKH") })).text).toContain(
        OWN_WORDS,
      );
    });
  },
);
