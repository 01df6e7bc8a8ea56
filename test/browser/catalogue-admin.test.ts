import type { Page } from "playwright-core";
import { expect, it } from "vitest";
import { chooseOption, chooseOptions } from "./antd-select.ts";
import {
  describeInBrowser,
  PHONE,
  screenshot,
  seriousAxeViolations,
  settled,
  sidewaysOverflow,
  useDemoBrowser,
} from "./harness.ts";

const TOWN = "unit=NGA_NAM&period=2023-10";

/** Fills the indicator drawer's fields for a number in hectares summed both ways, and saves. */
async function addIndicator(page: Page, code: string, nameVi: string, formula?: string) {
  await page.getByTestId("indicator-add").click();
  await page.getByTestId("indicator-code").waitFor();
  // Each opening starts from an empty form, whatever the last one held.
  expect(await page.getByTestId("indicator-code").inputValue()).toBe("");
  await page.getByTestId("indicator-code").fill(code);
  await page.getByTestId("indicator-name-vi").fill(nameVi);
  await page.getByTestId("indicator-name-en").fill(code);
  await chooseOption(page, "indicator-unit", "ha (ha)");
  if (formula !== undefined) await page.getByTestId("indicator-formula").fill(formula);
}

/** Saves the drawer and waits for it to close. A catalogue change rebuilds every roll-up of the
 * demo (seconds on a loaded machine), hence the longer wait. */
async function save(page: Page, editor: string) {
  await page.getByTestId(`${editor}-save`).click();
  await page.getByTestId(editor).waitFor({ state: "hidden", timeout: 90_000 });
}

describeInBrowser("the catalogue and forms editor", () => {
  const demo = useDemoBrowser();

  it("an admin adds indicators, a derived one checked as typed, a rule and a form", {
    timeout: 300_000,
  }, async () => {
    const admin = await demo.session("quantri");
    await admin.goto(`${demo.server.url}/catalogue?${TOWN}`);
    await admin.getByTestId("indicator-add").waitFor();
    await settled(admin);

    await addIndicator(admin, "dt_ngo", "Diện tích ngô");
    await save(admin, "indicator-editor");
    await addIndicator(admin, "dt_dau", "Diện tích đậu");
    await save(admin, "indicator-editor");
    await admin.getByTestId("indicator-edit-dt_dau").waitFor();

    // The derived indicator: a typo is shown under the field, with its place; fixed, it is valid.
    await addIndicator(admin, "dt_mau", "Diện tích hoa màu", "dt_ngo + dt_dua");
    const status = admin.getByTestId("indicator-formula-status");
    await expect.poll(() => status.getAttribute("data-status")).toBe("error");
    expect(await status.textContent()).toMatch(/dt_dua.*dòng 1, cột 10/);
    await screenshot(admin, "60-catalogue-formula-error");
    // Saved anyway, the server's refusal is said inside the drawer, which keeps what was typed.
    await admin.getByTestId("indicator-editor-save").click();
    const refusal = admin.getByTestId("indicator-editor-refusal");
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain("dt_dua");
    expect(await admin.getByTestId("indicator-name-vi").inputValue()).toBe("Diện tích hoa màu");
    await admin.getByTestId("indicator-formula").fill("dt_ngo + dt_dau");
    await expect.poll(() => status.getAttribute("data-status")).toBe("success");
    expect(await status.textContent()).toContain("dt_ngo, dt_dau");
    await save(admin, "indicator-editor");
    await admin.getByTestId("indicator-edit-dt_mau").waitFor();

    // A validation rule, both sides checked as typed.
    await admin.getByRole("tab", { name: "Quy tắc kiểm tra" }).click();
    await admin.getByTestId("rules-table-add").click();
    await admin.getByTestId("rule-code").fill("trong_trot.hoa_mau");
    await admin.getByTestId("rule-left").fill("dt_mau");
    await admin.getByTestId("rule-right").fill("dt_ngo + dt_dau");
    await expect
      .poll(() => admin.getByTestId("rule-right-status").getAttribute("data-status"))
      .toBe("success");
    await admin.getByTestId("rule-message").fill("Hoa màu ({left}) khác ngô cộng đậu ({right})");
    await save(admin, "rule-editor");
    await admin.getByTestId("rules-table-edit-trong_trot.hoa_mau").waitFor();

    // A reporting form: Decree 09 cut-off, due on the 10th, locked 5 days later.
    await admin.getByRole("tab", { name: "Biểu mẫu báo cáo" }).click();
    await admin.getByTestId("regimes-table-add").click();
    await admin.getByTestId("regime-code").fill("trong_trot_thang");
    await admin.getByTestId("regime-name").fill("Biểu trồng trọt hằng tháng");
    await admin.getByTestId("regime-deadline").fill("10");
    await admin.getByTestId("regime-lock").fill("5");
    await chooseOptions(admin, "regime-units", ["Phường 1"]);
    await admin.keyboard.press("Escape");
    await chooseOptions(admin, "regime-indicators", ["dt_ngo", "dt_dau"]);
    await admin.keyboard.press("Escape");
    await save(admin, "regime-editor");
    const row = admin.getByTestId("regimes-table").locator("tr", { hasText: "trong_trot_thang" });
    await row.waitFor();
    expect(await row.textContent()).toContain("Biểu trồng trọt hằng tháng");
    expect(await row.textContent()).toContain("10");
    await settled(admin);
    await screenshot(admin, "61-catalogue-forms");

    // Changing how an indicator with values adds up over time: previewed before → after first.
    await admin.getByRole("tab", { name: "Chỉ tiêu" }).click();
    await admin.getByTestId("indicator-edit-jobs_created").click();

    await chooseOption(admin, "indicator-over-time", "last");
    await admin.getByTestId("indicator-editor-save").click();
    // The dry run rebuilds the roll-ups as a save does (seconds on a loaded machine).
    const figure = admin.getByTestId("indicator-preview-figure");
    await figure.waitFor({ timeout: 90_000 });
    expect(await figure.textContent()).toMatch(
      /Thị xã Ngã Năm tháng 10\/2023: .+ → .+; lũy kế từ đầu năm: .+ → .+/,
    );
    await screenshot(admin, "64-catalogue-preview");
    await admin.locator(".ant-modal-confirm").getByRole("button", { name: "Hủy" }).click();
  });

  // Needs the indicators the test above adds.
  it("a second admin's stale edit is refused in Vietnamese with “Tải lại”", async () => {
    const first = await demo.session("quantri");
    const second = await demo.session("quantri");
    for (const page of [first, second]) {
      await page.goto(`${demo.server.url}/catalogue?${TOWN}`);
      await page.getByTestId("indicator-edit-dt_ngo").click();
    }
    await first.getByTestId("indicator-name-vi").fill("Diện tích ngô (vụ)");
    await save(first, "indicator-editor");
    await second.getByTestId("indicator-name-vi").fill("Ngô");
    await second.getByTestId("indicator-editor-save").click();
    const reload = second.getByRole("button", { name: "Tải lại" });
    await reload.waitFor();
    expect(await second.locator(".ant-modal-confirm").textContent()).toContain(
      "vừa được người khác sửa",
    );
    await screenshot(second, "63-catalogue-conflict");
    await reload.click();
    await second.locator(".ant-modal-confirm").waitFor({ state: "hidden" });
  });

  it("is axe-clean and fits a phone, the drawer too; others read it only", async () => {
    const admin = await demo.session("quantri", PHONE);
    await admin.goto(`${demo.server.url}/catalogue?${TOWN}`);
    await admin.getByTestId("indicator-add").waitFor();
    await settled(admin);
    expect(await sidewaysOverflow(admin)).toBe(0);
    expect(await seriousAxeViolations(admin)).toEqual([]);
    await admin.getByTestId("indicator-add").click();
    await admin.getByTestId("indicator-code").waitFor();
    await settled(admin);
    expect(await sidewaysOverflow(admin)).toBe(0);
    expect(await seriousAxeViolations(admin)).toEqual([]);
    await screenshot(admin, "62-phone-indicator-editor");

    const office = await demo.session("vanphong", PHONE);
    await office.goto(`${demo.server.url}/catalogue?${TOWN}`);
    await office.getByTestId("catalogue-search").waitFor();
    await settled(office);
    expect(await office.getByTestId("indicator-add").count()).toBe(0);
    expect(await office.getByTestId("indicator-edit-dt_ngo").count()).toBe(0);
    expect(await seriousAxeViolations(office)).toEqual([]);
  });
});
