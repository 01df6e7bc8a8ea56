import type { Page } from "playwright-core";
import { expect, it } from "vitest";
import { describeInBrowser, screenshot, settled, useDemoBrowser } from "./harness.ts";

// August 2023, the month of the reference report: every ward and commune has its figures in
// (forms "đang nhập"), due on 16 August (Decree 09). The engine's clock walks through the month;
// 9:00 in Vietnam each day.
const PERIOD = "2023-08";
const TOWN = `unit=NGA_NAM&period=${PERIOD}`;
const day = (d: number) => `2023-08-${String(d).padStart(2, "0")}T02:00:00.000Z`;
const FORM = "communes_monthly";
const SOWN = "value-rice_sown_area-rice_season=he_thu";
const JOBS = "value-jobs_created-total";

describeInBrowser(
  "a whole month of the town's collection cycle, from entry to the issued report",
  () => {
    let now = day(14);
    const demo = useDemoBrowser({
      clock: () => now,
      accounts: [
        {
          username: "phuong2",
          displayName: "Cán bộ Phường 2",
          grants: [{ role: "reporter", unit: "PHUONG_2" }],
        },
      ],
    });
    const url = (path: string) => `${demo.server.url}${path}`;
    const stored = async (unit: string, indicator: string, disaggregation = "") =>
      (
        await demo.server.engine.storedValues({
          unitCodes: [unit],
          periods: [PERIOD],
          indicatorCodes: [indicator],
        })
      ).find((v) => v.disaggregation === disaggregation)?.value;
    /** Types a figure on the entry form and saves it, until the server holds it. */
    const enter = async (
      page: Page,
      testId: string,
      value: number,
      check: () => Promise<unknown>,
    ) => {
      const input = page.getByTestId(testId);
      await input.waitFor();
      await input.fill(String(value));
      await page.getByTestId("entry-save").click();
      await expect.poll(check, { timeout: 30_000 }).toBe(value);
    };
    const formState = (page: Page, unit: string) =>
      page.locator(`tr[data-row-key="${unit}|${FORM}"]`);

    it("14/8 — Xã Tân Long mistypes its sown rice: the error shows, refuses the sending, and once fixed the form is sent on time", async () => {
      now = day(14);
      const xa = await demo.session("xa1");
      await xa.goto(url(`/entry?unit=XA_TAN_LONG&period=${PERIOD}`));
      // 351 instead of 3.515 ha: less than the 1.547 ha already harvested.
      await enter(xa, SOWN, 351, () =>
        stored("XA_TAN_LONG", "rice_sown_area", "rice_season=he_thu"),
      );
      const finding = xa.getByTestId("finding-rice_sown_area");
      await expect.poll(() => finding.textContent(), { timeout: 30_000 }).toContain("(351 ha)");
      await settled(xa);
      await screenshot(xa, "month-1-entry-error");

      await xa.getByTestId(`submit-XA_TAN_LONG-${FORM}`).click();
      // The refusal names the error (a toast: waited for whole, it leaves after a few seconds).
      await xa
        .locator(".ant-message")
        .getByText(/Chưa gửi được báo cáo: .*lớn hơn diện tích gieo sạ \(351 ha\)/)
        .waitFor();
      await screenshot(xa, "month-2-submit-refused");
      expect((await demo.server.engine.submissions.get(key("XA_TAN_LONG"))).view.state).toBe(
        "draft",
      );

      await enter(xa, SOWN, 3515, () =>
        stored("XA_TAN_LONG", "rice_sown_area", "rice_season=he_thu"),
      );
      await expect.poll(() => finding.count(), { timeout: 30_000 }).toBe(0);
      await xa.getByTestId(`submit-XA_TAN_LONG-${FORM}`).click();
      await xa.getByTestId("entry-submissions").getByTestId("submission-state-submitted").waitFor();
      await xa.getByTestId("entry-locked").waitFor();
      await settled(xa);
      await screenshot(xa, "month-3-sent");
    });

    it("14–15/8 — Phường 1 sends; the office returns it with a comment; the ward corrects and sends again", async () => {
      now = day(14);
      const ward = await demo.session("phuong1");
      await ward.goto(url(`/todo?unit=PHUONG_1&period=${PERIOD}`));
      await ward.getByTestId(`submit-PHUONG_1-${FORM}`).click();
      await formState(ward, "PHUONG_1").getByTestId("submission-state-submitted").waitFor();

      now = day(15);
      const office = await demo.session("vanphong");
      await office.goto(url(`/todo?${TOWN}`));
      await office.getByTestId(`return-PHUONG_1-${FORM}`).click();
      const comment = "Số việc làm mới chưa khớp danh sách lao động; đề nghị kiểm tra lại.";
      await office.getByTestId("transition-comment").fill(comment);
      await office.locator(".ant-modal-footer .ant-btn-primary").click();
      const row = formState(office, "PHUONG_1");
      await row.getByTestId("submission-state-returned").waitFor();
      expect(await row.textContent()).toContain(comment);
      await settled(office);
      await screenshot(office, "month-4-returned");

      await ward.goto(url(`/entry?unit=PHUONG_1&period=${PERIOD}`));
      const returned = ward.getByTestId("entry-returned");
      await returned.waitFor();
      expect(await returned.textContent()).toContain(comment);
      await enter(ward, JOBS, 78, () => stored("PHUONG_1", "jobs_created"));
      await ward.getByTestId(`submit-PHUONG_1-${FORM}`).click();
      await ward
        .getByTestId("entry-submissions")
        .getByTestId("submission-state-submitted")
        .waitFor();
      await settled(ward);
      await screenshot(ward, "month-5-sent-again");
    });

    it("18/8 — Phường 2 sends two days after the due day and is shown late", async () => {
      now = day(18);
      const ward = await demo.session("phuong2");
      await ward.goto(url(`/todo?unit=PHUONG_2&period=${PERIOD}`));
      const row = formState(ward, "PHUONG_2");
      await row.waitFor();
      expect(await row.textContent()).toContain("Quá hạn 2 ngày");
      await ward.getByTestId(`submit-PHUONG_2-${FORM}`).click();
      await row.getByTestId("submission-state-submitted").waitFor();
      expect(await row.textContent()).toContain("Gửi trễ 2 ngày");
      await settled(ward);
      await screenshot(ward, "month-6-late");
    });

    it("19/8 — the office approves the three forms and previews the report on approved figures only", async () => {
      now = day(19);
      const office = await demo.session("vanphong");
      await office.goto(url(`/todo?${TOWN}`));
      for (const unit of ["XA_TAN_LONG", "PHUONG_1", "PHUONG_2"]) {
        await office.getByTestId(`approve-${unit}-${FORM}`).click();
        await formState(office, unit).getByTestId("submission-state-approved").waitFor();
      }
      await settled(office);
      await screenshot(office, "month-7-approved");

      await office.goto(url(`/report?${TOWN}`));
      const preview = office.frameLocator('[data-testid="report-preview"]');
      const text = () => preview.locator("body").textContent();
      // All entered figures: the town's new jobs with Phường 1's correction (76 → 78), marked
      // where units not approved yet take part.
      await expect
        .poll(text, { timeout: 60_000 })
        .toContain("giải quyết việc làm cho 477 lao động");
      expect(await preview.locator(".figure.unapproved").count()).toBeGreaterThan(0);
      await office.getByTestId("tab-checks").click();
      const checks = office.getByTestId("checks-panel");
      await expect
        .poll(() => checks.textContent(), { timeout: 30_000 })
        .toContain("Số liệu của các đơn vị chưa duyệt (24 báo cáo");
      expect(await checks.textContent()).not.toContain("Xã Tân Long —");

      // Approved only: the three approved forms, 78 + 62 + 57 new jobs.
      await office.getByTestId("figure-basis").getByText("Chỉ số liệu đã duyệt").click();
      await expect
        .poll(() => checks.textContent(), { timeout: 60_000 })
        .toContain("Không tính số liệu của các đơn vị chưa duyệt (24 báo cáo)");
      await office.getByRole("tab", { name: "Xem trước" }).click();
      await expect
        .poll(text, { timeout: 60_000 })
        .toContain("giải quyết việc làm cho 197 lao động");
      await settled(office);
      await screenshot(office, "month-8-report-approved-only");

      await office.getByTestId("figure-basis").getByText("Mọi số liệu đã nhập").click();
      await expect
        .poll(text, { timeout: 60_000 })
        .toContain("giải quyết việc làm cho 477 lao động");
    });

    it("the leader issues the report with the next number of the register of outgoing documents", async () => {
      now = day(20);
      const leader = await demo.session("lanhdao");
      await leader.goto(url(`/report?${TOWN}`));
      const preview = leader.frameLocator('[data-testid="report-preview"]');
      await expect
        .poll(() => preview.locator("body").textContent(), { timeout: 60_000 })
        .toContain("Số: …/BC-UBND");
      await leader.getByTestId("report-issue").click();
      await leader.getByTestId("issue-confirm").click();
      await expect
        .poll(() => leader.getByTestId("report-status").textContent(), { timeout: 60_000 })
        .toMatch(/Đã ban hành/);
      // The issued version is frozen: no switch of figures to recompose it with.
      expect(await leader.getByTestId("figure-basis").count()).toBe(0);
      // The server numbers by its own (real) date: this year's counter of the town.
      const register = await demo.server.engine.store.db
        .selectFrom("document_numbers")
        .select(["year", "last_number"])
        .where("unit_code", "=", "NGA_NAM")
        .execute();
      const thisYear = new Date(Date.now() + 7 * 3_600_000).getUTCFullYear(); // in Vietnam
      expect(register).toEqual([{ year: thisYear, last_number: 1 }]);
      await expect
        .poll(() => preview.locator("body").textContent(), { timeout: 30_000 })
        .toContain("Số: 1/BC-UBND");
      await settled(leader);
      await screenshot(leader, "month-9-issued");
    });

    it("the town's dashboard counts the month as the story went: 3 of 27 forms sent, 2 on time", async () => {
      now = day(20);
      const office = await demo.session("vanphong");
      await office.goto(url(`/?${TOWN}`));
      const cycle = office.getByTestId("reporting-cycle");
      await cycle.waitFor({ timeout: 60_000 });
      // 27 forms are due from the town's units; Xã Tân Long and Phường 1 sent by the 16th (Phường 1's
      // first sending counts), Phường 2 two days late. Of the 24 not sent, 23 are overdue; the tax
      // department's counts calendar months and is due on 16 September.
      expect(await cycle.textContent()).toBe(
        "Đã gửi 3/27 (11%)Gửi đúng hạn 2/27 (7%)Quá hạn chưa gửi: 23",
      );
      // Each form's state as it stands now (a change of state moves the dashboard's cache).
      const approved = office
        .getByTestId("reporting-table")
        .getByTestId("submission-state-approved");
      await expect.poll(() => approved.count(), { timeout: 30_000 }).toBe(3);
      const forms = await demo.server.engine.submissions.list(PERIOD);
      const pending = forms.filter((f) => f.timeliness.kind === "pending");
      expect(pending.map((f) => [f.unit, f.dueDate])).toEqual([["NN_CHI_CUC_THUE", "2023-09-16"]]);
      expect(forms.filter((f) => f.state === "approved").map((f) => f.unit)).toEqual([
        "PHUONG_1",
        "PHUONG_2",
        "XA_TAN_LONG",
      ]);
      await settled(office);
      await cycle.scrollIntoViewIfNeeded();
      await screenshot(office, "month-10-dashboard");
    });
  },
);

const key = (unit: string) => ({ unitCode: unit, regimeCode: FORM, period: PERIOD });
