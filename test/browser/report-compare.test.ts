import { expect, it } from "vitest";
import { ReportService } from "../../src/report/index.ts";
import { describeInBrowser, screenshot, useDemoBrowser } from "./harness.ts";

describeInBrowser("comparing a report's versions", () => {
  const demo = useDemoBrowser();

  it("shows what changed since the issued version: the sentence reworded and the figure moved", async () => {
    // The leader issued August's report; then a ward corrected a figure and the office a sentence.
    const reports = new ReportService(demo.server.engine);
    const at = new Date().toISOString();
    const issued = await reports.issue(
      "NGA_NAM",
      "2023-08",
      { by: "lanhdao", via: "form", at },
      { force: true },
    );
    const rice = (
      await demo.server.engine.storedValues({
        unitCodes: ["PHUONG_1"],
        periods: ["2023-08"],
        indicatorCodes: ["rice_output"],
      })
    ).find((v) => v.disaggregation === "rice_season=he_thu");
    if (!rice?.value) throw new Error("no rice output of Phường 1 in August 2023");
    await demo.server.engine.write(
      [
        {
          indicator: "rice_output",
          unit: "PHUONG_1",
          period: "2023-08",
          disaggregation: { rice_season: "he_thu" },
          value: (rice.value as number) + 100,
          expectedVersion: rice.version,
        },
      ],
      { by: "phuong1", via: "form" },
    );
    const template = issued.template;
    const sentence = template.split("\n").find((line) => line.startsWith("- ")) ?? "";
    await reports.saveDraft(
      {
        unit: "NGA_NAM",
        period: "2023-08",
        template: template.replace(sentence, `${sentence} (đã rà soát lại)`),
        expectedVersion: issued.version + 1,
      },
      { by: "vanphong", via: "form", at },
    );

    const page = await demo.session("vanphong");
    await page.goto(`${demo.server.url}/report?unit=NGA_NAM&period=2023-08`);
    await page.getByRole("tab", { name: "Các phiên bản" }).click();
    await page.getByTestId(`compare-v${issued.version}`).click();
    const figures = page.getByTestId("compare-figures");
    await figures.waitFor();
    // Lũy kế tổng sản lượng lúa cả năm: 240.849 tấn when issued, 100 tấn more now.
    expect(await figures.textContent()).toContain("240.849");
    expect(await figures.textContent()).toContain("240.949");
    await page.getByRole("tab", { name: "Lời văn" }).click();
    await page.getByTestId("compare-added").first().waitFor();
    const added = await page.getByTestId("compare-text").locator("ins").allTextContents();
    expect(added.some((line) => line.includes("(đã rà soát lại)"))).toBe(true);
    await screenshot(page, "50-report-compare");
  });
});
