import { expect, it } from "vitest";
import { pickRiceOutput } from "./figure-picker-steps.ts";
import { describeInBrowser, screenshot, useDemoBrowser } from "./harness.ts";

// The demo report (Ngã Năm, August 2023) gives its section "1. Kinh tế" to NN_TCKH.
const MONTH = "unit=NGA_NAM&period=2023-08";
const WORDS = "Phòng Tài chính - Kế hoạch bổ sung: thu ngân sách tháng này vượt dự kiến.";

describeInBrowser("a department's section of the report, written, sent and approved", () => {
  const demo = useDemoBrowser();

  it("the department writes and sends its section, the office approves it, the report shows it", async () => {
    const dept = await demo.session("tckh");
    await dept.goto(`${demo.server.url}/todo?${MONTH}`);
    const mine = dept.getByTestId("my-sections");
    await mine.waitFor();
    expect(await mine.textContent()).toMatch(/1\. Kinh tế.*Phòng Tài chính - Kế hoạch.*Chưa nhập/);
    await screenshot(dept, "sections-1-todo-department");
    await dept.getByTestId("open-NN_TCKH").click();

    const text = dept.getByTestId("report-template");
    await text.waitFor();
    const office = await text.inputValue();
    // The section page is reached from Việc cần làm, which the menu shows as where one is.
    expect(await dept.locator(".ant-menu-item-selected").textContent()).toBe("Việc cần làm");
    expect(office.split("\n")[0]).toBe("## 1. Kinh tế {owner=NN_TCKH}");
    await text.fill(`${office}\n\n- ${WORDS} Sản lượng lúa lũy kế `);
    // A figure from the picker, at the cursor (the end of the text), with the report's figures.
    await text.press("Control+End");
    const ytd = await pickRiceOutput(dept, "Lũy kế từ đầu năm");
    expect(ytd).toMatch(/^[\d.,]+ tấn$/);
    await dept.keyboard.type(".");
    expect(await text.inputValue()).toMatch(
      /Sản lượng lúa lũy kế \{\{ ytd\(rice_output\) \| number:0 tấn \}\}\.$/,
    );
    await dept.getByTestId("section-save").click();
    await dept.getByTestId("submission-state-draft").waitFor();
    const preview = dept.frameLocator('[data-testid="report-preview"]');
    await preview.getByText(WORDS).waitFor({ timeout: 30_000 });
    await preview.getByText(`Sản lượng lúa lũy kế ${ytd}.`).waitFor({ timeout: 30_000 });
    await screenshot(dept, "sections-2-editor");
    await dept.getByTestId("submit-section-NN_TCKH").click();
    await dept.getByTestId("section-locked").waitFor();
    expect(await text.isEditable()).toBe(false);

    const clerk = await demo.session("vanphong");
    await clerk.goto(`${demo.server.url}/todo?${MONTH}`);
    const row = clerk.locator('[data-testid="review-sections"] tr[data-row-key="NGA_NAM|NN_TCKH"]');
    await row.getByTestId("submission-state-submitted").waitFor();
    await screenshot(clerk, "sections-3-todo-office");
    await row.getByTestId("approve-section-NN_TCKH").click();
    await row.getByTestId("submission-state-approved").waitFor();

    await clerk.goto(`${demo.server.url}/report?${MONTH}`);
    const report = clerk.frameLocator('[data-testid="report-preview"]');
    await report.getByText(WORDS).waitFor({ timeout: 30_000 });
    // The office's own draft is unchanged: the department's text is spliced in when composed.
    expect(await clerk.getByTestId("report-template").inputValue()).not.toContain(WORDS);
    await report.getByText(WORDS).scrollIntoViewIfNeeded();
    await screenshot(clerk, "sections-4-report");
  });
});
