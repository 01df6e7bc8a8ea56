import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { beforeAll, expect, it } from "vitest";
import { describeInBrowser, SCREENSHOTS, useDemoBrowser } from "./harness.ts";

const TOWN = "unit=NGA_NAM&period=2023-08";
const WARD = "unit=PHUONG_1&period=2023-08";

describeInBrowser("tables to Excel and pages to paper", () => {
  const demo = useDemoBrowser();
  let page: Page;
  beforeAll(async () => {
    page = await demo.session("vanphong");
  });

  /** Clicks a page's "Tải Excel" and opens the file it downloads, as Excel would. */
  async function exported(name: string) {
    const button = page.getByTestId(`export-${name}`);
    await button.waitFor();
    const [download] = await Promise.all([page.waitForEvent("download"), button.click()]);
    const book = new ExcelJS.Workbook();
    const bytes = readFileSync((await download.path()) as string);
    await book.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    return { book, fileName: download.suggestedFilename() };
  }

  /** The rows of a sheet under its heading (row 4) as arrays of cell values. */
  function rowsOf(sheet: ExcelJS.Worksheet | undefined): unknown[][] {
    if (!sheet) throw new Error("no such sheet");
    const rows: unknown[][] = [];
    sheet.eachRow((row, n) => {
      if (n > 4) rows.push((row.values as unknown[]).slice(1));
    });
    return rows;
  }

  it("downloads the dashboard: indicators with numbers as numbers, and who has reported", async () => {
    await page.goto(`${demo.server.url}/?${TOWN}`);
    const { book, fileName } = await exported("dashboard");
    expect(fileName).toBe("bang-dieu-hanh-NGA_NAM-2023-08.xlsx");
    expect(book.worksheets.map((s) => s.name)).toEqual(["Chỉ tiêu chủ yếu", "Tình hình báo cáo"]);
    const indicators = book.getWorksheet("Chỉ tiêu chủ yếu");
    expect(String(indicators?.getCell("A1").value)).toContain("Thị xã Ngã Năm");
    expect(indicators?.getRow(4).getCell(6).value).toBe("Lũy kế");
    // Lũy kế tổng sản lượng lúa cả năm đạt 240.849 tấn (the reference report, part I.1).
    const riceName = demo.server.engine.catalogue.byCode.get("rice_output")?.nameVi;
    const rice = rowsOf(indicators).find((row) => row[1] === riceName);
    expect(rice?.[2]).toBe("tấn");
    expect(Math.round(Number(rice?.[5]))).toBe(240849);
    const reporting = rowsOf(book.getWorksheet("Tình hình báo cáo"));
    expect(reporting.some((row) => row[0] === "Phường 1")).toBe(true);
    const total = reporting.at(-1);
    expect(total?.[0]).toBe("Tổng cộng");
    expect(total?.[2]).toMatchObject({ formula: expect.stringMatching(/^SUM\(C5:C\d+\)$/) });
  });

  it("downloads the registers, tasks and the month's forms as the pages list them", async () => {
    await page.goto(`${demo.server.url}/projects?${TOWN}`);
    const projects = await exported("projects");
    const projectRows = rowsOf(projects.book.worksheets[0]);
    const shownOnScreen = await page
      .getByTestId("projects-table")
      .locator("tbody tr.ant-table-row")
      .count();
    // Every project row of the screen, then the sum row.
    expect(projectRows).toHaveLength(shownOnScreen + 1);
    expect(projectRows.at(-1)?.[0]).toBe("Tổng cộng");
    expect(typeof projectRows[0]?.[5]).toBe("number");

    await page.goto(`${demo.server.url}/site-clearance?${TOWN}`);
    const clearance = await exported("site-clearance");
    expect(rowsOf(clearance.book.worksheets[0]).length).toBeGreaterThan(1);

    await page.goto(`${demo.server.url}/tasks?${TOWN}`);
    const tasks = await exported("tasks");
    const taskRows = rowsOf(tasks.book.worksheets[0]);
    expect(tasks.book.worksheets[0]?.getRow(4).getCell(1).value).toBe("Nội dung nhiệm vụ");
    expect(taskRows.length).toBeGreaterThan(0);
    expect(taskRows.every((row) => typeof row[0] === "string" && row[0].length > 0)).toBe(true);

    await page.goto(`${demo.server.url}/todo?${TOWN}`);
    const todo = await exported("todo");
    expect(todo.fileName).toBe("viec-can-lam-2023-08.xlsx");
    expect(rowsOf(todo.book.worksheets[0]).some((row) => row[0] === "Phường 1")).toBe(true);
  });

  it("prints the entry form without the app around it", async () => {
    await page.goto(`${demo.server.url}/entry?${WARD}`);
    await page.getByTestId("value-jobs_created-total").waitFor();
    /** Whether any element the selector finds takes room on the page (or the paper). */
    const shown = (selector: string) =>
      page.evaluate<boolean>(
        `[...document.querySelectorAll(${JSON.stringify(selector)})].some((e) => e.getClientRects().length > 0)`,
      );
    expect(await shown(".app-header")).toBe(true);
    await page.emulateMedia({ media: "print" });
    for (const chrome of [".app-header", ".ant-layout-sider", ".save-bar", ".ant-btn"])
      expect(await shown(chrome), chrome).toBe(false);
    expect(await page.getByTestId("value-jobs_created-total").isVisible()).toBe(true);
    // The form fits an A4 page's width (about 700 CSS px between the margins).
    const pdf = await page.pdf({ format: "A4" });
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    mkdirSync(SCREENSHOTS, { recursive: true });
    writeFileSync(join(SCREENSHOTS, "30-entry-print.pdf"), pdf);
    await page.emulateMedia({ media: "screen" });
  });

  it("prints the HTML report without the figures' marks", async () => {
    const response = await page.request.get(
      `${demo.server.url}/api/reports/NGA_NAM/2023-08/download?format=html`,
    );
    expect(response.ok()).toBe(true);
    const report = await page.context().newPage();
    await report.setContent(await response.text());
    // Every figure's underline and shading, as the page shows them now.
    const marks = () =>
      report.evaluate<string[]>(
        `[...new Set([...document.querySelectorAll(".figure")].map((e) => getComputedStyle(e).borderBottomStyle + " " + getComputedStyle(e).backgroundColor))]`,
      );
    expect(await marks()).toContain("dotted rgb(238, 245, 255)");
    await report.emulateMedia({ media: "print" });
    expect(await marks()).toEqual(["none rgba(0, 0, 0, 0)"]);
    await report.close();
  });
});
