import { readFileSync } from "node:fs";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { formatNumber } from "../../src/core/numbers/index.ts";
import { fillForm } from "../support/fill-form.ts";
import {
  type DemoServer,
  describeInBrowser,
  launchBrowser,
  screenshot,
  signIn,
  startDemoServer,
} from "./harness.ts";

const WARD = "unit=PHUONG_1&period=2023-08";

describeInBrowser("Excel forms in Chromium: download, fill, upload, confirm, conflicts", () => {
  let server: DemoServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    server = await startDemoServer();
    browser = await launchBrowser();
    context = await browser.newContext({
      viewport: { width: 1440, height: 900 },
      locale: "vi-VN",
      acceptDownloads: true,
    });
    page = await context.newPage();
    await signIn(page, server.url, "phuong1");
  }, 120_000);
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
  });

  /** Drops a workbook on the page's drop zone and waits for the preview's counts. */
  async function drop(bytes: Uint8Array, name: string) {
    await page
      .getByTestId("import-dropzone")
      .locator('input[type="file"]')
      .setInputFiles({
        name,
        mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        buffer: Buffer.from(bytes),
      });
    await page.getByTestId("import-preview").waitFor();
  }
  const count = (kind: string) =>
    page.getByTestId(`import-count-${kind}`).getAttribute("data-count");

  it("fills the downloaded form as a user would, confirms the preview, sees the figure; a stale copy shows a conflict", async () => {
    const [stored] = (
      await server.engine.storedValues({ unitCodes: ["PHUONG_1"], periods: ["2023-08"] })
    )
      .filter((v) => v.value !== null && v.disaggregation === "")
      .sort((a, b) => a.indicatorCode.localeCompare(b.indicatorCode));
    if (!stored) throw new Error("the reference ward has no value in August 2023");
    const indicator = server.engine.catalogue.byCode.get(stored.indicatorCode);
    const before = stored.value as number;
    const after = before + 1000;

    await page.goto(`${server.url}/import?${WARD}`);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("import-download").click(),
    ]);
    const form = new Uint8Array(readFileSync((await download.path()) as string));
    expect(download.suggestedFilename()).toBe("bieu-mau-PHUONG_1-2023-08.xlsx");

    await drop(await fillForm(form, { [`${stored.indicatorCode}|`]: after }), "bieu-da-dien.xlsx");
    await expect.poll(() => count("changed")).toBe("1");
    expect(await count("conflict")).toBe("0");
    await screenshot(page, "10-import-preview");
    await page.getByTestId("import-confirm").click();
    await page.getByTestId("import-written").waitFor();
    expect(
      (
        await server.engine.storedValues({
          unitCodes: ["PHUONG_1"],
          periods: ["2023-08"],
          indicatorCodes: [stored.indicatorCode],
        })
      ).find((v) => v.disaggregation === "")?.value,
    ).toBe(after);

    await page.goto(`${server.url}/?${WARD}`);
    const shown = formatNumber(after, {
      decimals: indicator?.decimals ?? 0,
      minDecimals: 0,
      locale: "vi",
    });
    await expect
      .poll(() => page.getByTestId(`line-${stored.indicatorCode}`).textContent())
      .toContain(shown);

    // The first download is stale now: the same cell edited again is a conflict, nothing to write.
    await page.goto(`${server.url}/import?${WARD}`);
    await drop(await fillForm(form, { [`${stored.indicatorCode}|`]: before + 7 }), "ban-cu.xlsx");
    await expect.poll(() => count("conflict")).toBe("1");
    await page.getByTestId("import-line-conflict").waitFor();
    expect(await page.getByTestId("import-confirm").count()).toBe(0);
    await screenshot(page, "11-import-conflict");
  }, 90_000);
});
