import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";
import { ReportService, renderAs } from "../../src/report/index.ts";
import {
  describeInBrowser,
  PHONE,
  screenshot,
  seriousAxeViolations,
  sidewaysOverflow,
  useDemoBrowser,
} from "./harness.ts";

interface Dashboard {
  sectors: { lines: { indicator: string; samePeriodLastYear: { value: number | null } }[] }[];
}

// Issue 20: a town starting in baocao uploads last year's Word report, reviews the figures read
// back, corrects one, imports them; the dashboard then compares with them as last year's.
describeInBrowser("importing figures from a past report", () => {
  const demo = useDemoBrowser();

  it("reads a DOCX, takes one correction, imports, and the dashboard compares with it", async () => {
    // Last year's report, as the office wrote it in Word: the town's report composed to DOCX.
    const composed = await new ReportService(demo.server.engine).compose("NGA_NAM", "2023-08");
    const file = join(mkdtempSync(join(tmpdir(), "baocao-past-")), "bao-cao-thang-8-2022.docx");
    writeFileSync(file, await renderAs(composed.document, "docx"));

    const page = await demo.session("vanphong", PHONE);
    const dashboardOf = async (period: string) =>
      (await (
        await page.request.get(`${demo.server.url}/api/dashboard?unit=NGA_NAM&period=${period}`)
      ).json()) as Dashboard;
    const lines = (await dashboardOf("2023-08")).sectors.flatMap((s) => s.lines);

    await page.goto(`${demo.server.url}/past-reports?unit=NGA_NAM&period=2023-08`);
    await page.getByRole("heading", { level: 1, name: "Nhập số liệu từ báo cáo cũ" }).waitFor();
    // The month of the past reports defaults to the same month last year.
    expect(await page.getByTestId("past-period").inputValue()).toBe("08/2022");
    await page.locator("input[type=file]").last().setInputFiles(file);
    await page.getByTestId("past-read").click();
    await page.getByTestId("past-summary").waitFor();
    expect(await page.getByTestId("past-summary").textContent()).toMatch(/^Đã đọc 1 báo cáo/);
    expect(await sidewaysOverflow(page)).toBe(0);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, "past-reports-read");

    // A figure the dashboard compares, read from the report: the clerk corrects it.
    let code: string | undefined;
    for (const line of lines)
      if ((await page.getByTestId(`past-input-${line.indicator}`).count()) === 1) {
        code = line.indicator;
        break;
      }
    if (!code) throw new Error("no figure of the dashboard was read from the report");
    const input = page.getByTestId(`past-input-${code}`);
    const read = Number((await input.inputValue()).replaceAll(".", "").replace(",", "."));
    const corrected = read + 7;
    await input.fill(String(corrected));
    await input.blur();

    await page.getByTestId("past-preview").click();
    await page.getByTestId("past-count-new").waitFor();
    await screenshot(page, "past-reports-preview");
    await page.getByTestId("past-confirm").click();
    await page.getByTestId("past-written").waitFor();

    const line = (await dashboardOf("2023-08")).sectors
      .flatMap((s) => s.lines)
      .find((l) => l.indicator === code);
    expect(line?.samePeriodLastYear.value).toBe(corrected);
    const stored = await demo.server.engine.storedValues({
      unitCodes: ["NGA_NAM"],
      periods: ["2022-08"],
      indicatorCodes: [code],
    });
    expect(stored.find((r) => r.disaggregation === "")?.note).toMatch(/sửa khi nhập/);
  });

  it("reads a PDF as it reads the DOCX: the report printed to PDF, its figures beside their sentences", async () => {
    const pdf = join(import.meta.dirname, "../fixtures/extract/bao-cao-thang-8-2023.pdf");
    const page = await demo.session("vanphong", PHONE);
    await page.goto(`${demo.server.url}/past-reports?unit=NGA_NAM&period=2023-08`);
    await page.getByRole("heading", { level: 1, name: "Nhập số liệu từ báo cáo cũ" }).waitFor();
    expect(await page.locator("input[type=file]").last().getAttribute("accept")).toContain(".pdf");
    await page.locator("input[type=file]").last().setInputFiles(pdf);
    await page.getByTestId("past-read").click();
    await page.getByTestId("past-summary").waitFor();
    expect(await page.getByTestId("past-summary").textContent()).toMatch(
      /^Đã đọc 1 báo cáo: tìm thấy 169 số liệu của mẫu, không tìm thấy 1/,
    );
    expect(await page.getByText("bao-cao-thang-8-2023.pdf").count()).toBeGreaterThan(0);
  });
});
