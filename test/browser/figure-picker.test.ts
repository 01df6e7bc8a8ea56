import { expect, it } from "vitest";
import { pickRiceOutput } from "./figure-picker-steps.ts";
import {
  describeInBrowser,
  screenshot,
  seriousAxeViolations,
  settled,
  useDemoBrowser,
} from "./harness.ts";

const TOWN = "unit=NGA_NAM&period=2023-08";

describeInBrowser("the clerk's figure picker in the report editor", () => {
  const demo = useDemoBrowser();

  // First: the test after it issues this report, which freezes it.
  it("edits the document's details as a form, never as YAML, and the preview follows", async () => {
    const office = await demo.session("vanphong");
    await office.goto(`${demo.server.url}/report?${TOWN}`);
    const template = office.getByTestId("report-template");
    await template.waitFor();
    await settled(office);
    await office.getByTestId("front-matter-open").click();
    const signer = office.getByTestId("meta-signerName");
    await signer.waitFor();
    expect(await signer.inputValue()).toBe("Kim Thái Phong");
    expect(await office.getByTestId("meta-recipients").inputValue()).toContain("- Lưu: VT, VP.");
    expect(await seriousAxeViolations(office)).toEqual([]);
    await signer.fill("Nguyễn Văn A");
    await office.getByTestId("meta-number").fill('15/BC-UBND "khẩn"');
    await screenshot(office, "72-document-details");
    await office.getByTestId("front-matter-apply").click();
    await office.getByTestId("front-matter").waitFor({ state: "hidden" });

    const text = await template.inputValue();
    expect(text).toContain('signerName: "Nguyễn Văn A"');
    expect(text).toContain('number: "15/BC-UBND \\"khẩn\\""');
    // The body is untouched, and the preview signs with the new name.
    expect(text).toContain("Trên đây là báo cáo tình hình phát triển kinh tế - xã hội tháng");
    const preview = office.frameLocator('[data-testid="report-preview"]');
    await expect
      .poll(() => preview.locator("body").textContent(), { timeout: 60_000 })
      .toContain("Nguyễn Văn A");
    expect(await preview.locator("body").textContent()).toContain('Số: 15/BC-UBND "khẩn"');
  });

  it("writes a new paragraph with two figures through the picker, previews it, and issues", {
    timeout: 240_000,
  }, async () => {
    const admin = await demo.session("admin");
    await admin.goto(`${demo.server.url}/report?${TOWN}`);
    const template = admin.getByTestId("report-template");
    await template.waitFor();
    await settled(admin);

    // The cursor at the end of the template, a new paragraph typed around two picked figures.
    await template.click();
    await admin.keyboard.press("Control+End");
    await admin.keyboard.type("\n\nĐoạn mới: sản lượng lúa lũy kế ");
    const ytd = await pickRiceOutput(admin, "Lũy kế từ đầu năm");
    expect(ytd).toMatch(/^[\d.,]+ tấn$/);
    await admin.keyboard.type(", ");
    await admin.getByTestId("picker-open").click();
    await admin.getByTestId("figure-picker").waitFor();
    expect(await seriousAxeViolations(admin)).toEqual([]);
    await screenshot(admin, "70-figure-picker");
    await admin.keyboard.press("Escape");
    await admin.getByTestId("figure-picker").waitFor({ state: "hidden" });
    const change = await pickRiceOutput(admin, "Tăng, giảm so với cùng kỳ (lũy kế)");
    expect(change).toMatch(/^(tăng|giảm) [\d.,]+ tấn$|^bằng cùng kỳ tấn$/);
    await admin.keyboard.type(" so với cùng kỳ.");

    const text = await template.inputValue();
    expect(text).toContain(
      "Đoạn mới: sản lượng lúa lũy kế {{ ytd(rice_output) | number:0 tấn }}, {{ ytd(rice_output) - last_year(ytd(rice_output)) | change:0:same tấn }} so với cùng kỳ.",
    );
    // Every figure of the text is drawn as a chip under it, the new ones too, where the text is.
    const chips = admin.locator(".figure-chip");
    await expect.poll(() => chips.count()).toBe(text.match(/\{\{/g)?.length);
    expect(await chips.last().textContent()).toBe(
      "{{ ytd(rice_output) - last_year(ytd(rice_output)) | change:0:same tấn }}",
    );
    const area = await template.boundingBox();
    const chip = await chips.last().boundingBox();
    expect(area && chip).toBeTruthy();
    if (area && chip) {
      expect(chip.y).toBeGreaterThanOrEqual(area.y);
      expect(chip.y + chip.height).toBeLessThanOrEqual(area.y + area.height);
    }
    await screenshot(admin, "71-figure-chips");

    // The preview writes the paragraph with the same figures the picker showed.
    const preview = admin.frameLocator('[data-testid="report-preview"]');
    const sentence = `Đoạn mới: sản lượng lúa lũy kế ${ytd}, ${change} so với cùng kỳ.`;
    await expect
      .poll(() => preview.locator("body").textContent(), { timeout: 60_000 })
      .toContain(sentence);

    await admin.getByTestId("report-save").click();
    await expect
      .poll(() => admin.getByTestId("report-save").isDisabled(), { timeout: 30_000 })
      .toBe(true);
    await admin.getByTestId("report-issue").click();
    await admin.getByTestId("issue-confirm").click();
    await expect
      .poll(() => admin.getByTestId("report-status").textContent(), { timeout: 60_000 })
      .toMatch(/Đã ban hành/);
    await expect
      .poll(() => preview.locator("body").textContent(), { timeout: 30_000 })
      .toContain(sentence);
    await settled(admin);
    await screenshot(admin, "71-picked-paragraph-issued");
  });
});
