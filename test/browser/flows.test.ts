import { readFileSync } from "node:fs";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import {
  type DemoServer,
  describeInBrowser,
  launchBrowser,
  screenshot,
  signIn,
  startDemoServer,
} from "./harness.ts";

const TOWN = "unit=NGA_NAM&period=2023-08";
const WARD = "unit=PHUONG_1&period=2023-08";
const OUTPUT = "value-rice_output-rice_season=he_thu";

describeInBrowser("the web app in Chromium, on the demo", () => {
  let server: DemoServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  /** What Chromium refused under the server's Content Security Policy, over every test here. */
  const cspViolations: string[] = [];

  /** The value stored now for a ward, indicator and disaggregation, in August 2023. */
  async function storedValue(unit: string, indicator: string, disaggregation = "") {
    const values = await server.engine.storedValues({
      unitCodes: [unit],
      periods: ["2023-08"],
      indicatorCodes: [indicator],
    });
    return values.find((v) => v.disaggregation === disaggregation)?.value;
  }

  /** A new browser session (its own cookies) signed in as a demo account. */
  async function session(username: string): Promise<Page> {
    const context = await browser.newContext({
      viewport: { width: 1440, height: 900 },
      locale: "vi-VN",
    });
    contexts.push(context);
    const page = await context.newPage();
    page.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
    });
    await signIn(page, server.url, username);
    return page;
  }

  beforeAll(async () => {
    server = await startDemoServer();
    browser = await launchBrowser();
  }, 120_000);
  afterAll(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
    await server?.close();
  });

  it("signs in and shows the reference figures on the dashboard", async () => {
    const page = await session("vanphong");
    await page.goto(`${server.url}/?${TOWN}`);
    const rice = page.getByTestId("line-rice_output");
    await rice.waitFor();
    // Lũy kế tổng sản lượng lúa cả năm đạt 240.849 tấn (the reference report, part I.1).
    await expect.poll(() => rice.textContent()).toContain("240.849");
    await page.getByTestId("reporting-table").waitFor();
    await screenshot(page, "01-dashboard");
  });

  it("a ward's reporter changes a value; the town's dashboard and report show it", async () => {
    const reporter = await session("phuong1");
    await reporter.goto(`${server.url}/entry?${WARD}`);
    const input = reporter.getByTestId(OUTPUT);
    await input.waitFor();
    await screenshot(reporter, "02-entry");
    await input.fill("717");
    await reporter.getByTestId("entry-save").click();
    await expect.poll(() => storedValue("PHUONG_1", "rice_output", "rice_season=he_thu")).toBe(717);

    const office = await session("vanphong");
    await office.goto(`${server.url}/?${TOWN}`);
    await expect
      .poll(() => office.getByTestId("line-rice_output").textContent())
      .toContain("240.949");
    await office.goto(`${server.url}/report?${TOWN}`);
    const preview = office.frameLocator('[data-testid="report-preview"]');
    await expect
      .poll(() => preview.locator("body").textContent(), { timeout: 20_000 })
      .toContain("240.949");
    await screenshot(office, "03-report-editor");
    // The report screen composes ~170 figures in a worker: slow on a loaded machine.
  }, 90_000);

  it("a reporter cannot change another commune's data", async () => {
    const reporter = await session("xa1");
    await reporter.goto(`${server.url}/entry?${WARD}`);
    const refused = reporter.getByTestId("forbidden");
    await refused.waitFor();
    expect(await refused.textContent()).toMatch(/không có quyền/i);
    expect(await reporter.getByTestId(OUTPUT).count()).toBe(0);
    await screenshot(reporter, "04-entry-refused");
    // And through the API with the same session: refused, nothing written.
    const status = await reporter.evaluate(async () => {
      const me = (await (await fetch("/api/auth/me")).json()) as { csrfToken: string };
      const response = await fetch("/api/values", {
        method: "PUT",
        headers: { "content-type": "application/json", "x-csrf-token": me.csrfToken },
        body: JSON.stringify({
          values: [
            {
              indicator: "jobs_created",
              unit: "PHUONG_1",
              period: "2023-08",
              value: 1,
              expectedVersion: 0,
            },
          ],
        }),
      });
      return response.status;
    });
    expect(status).toBe(403);
  });

  it("two sessions edit the same value: the second gets the conflict message", async () => {
    const first = await session("phuong1");
    const second = await session("admin");
    for (const page of [first, second]) {
      await page.goto(`${server.url}/entry?${WARD}`);
      await page.getByTestId("value-jobs_created-total").waitFor();
    }
    await first.getByTestId("value-jobs_created-total").fill("12");
    await first.getByTestId("entry-save").click();
    await expect.poll(() => storedValue("PHUONG_1", "jobs_created")).toBe(12);
    await second.getByTestId("value-jobs_created-total").fill("13");
    await second.getByTestId("entry-save").click();
    const conflict = second.getByTestId("conflict-message");
    await conflict.waitFor();
    expect(await conflict.textContent()).toMatch(/12/);
    await screenshot(second, "05-conflict");
    expect(await storedValue("PHUONG_1", "jobs_created")).toBe(12);
  });

  it("marks a task done", async () => {
    const office = await session("vanphong");
    await office.goto(`${server.url}/tasks?${TOWN}`);
    const open = (await server.engine.registers.tasks({ asOf: "2023-09-30" })).find(
      (v) => v.task.status === "new" || v.task.status === "in_progress",
    );
    if (!open) throw new Error("the demo has no open task");
    await office.goto(`${server.url}/tasks?unit=NGA_NAM&period=2023-09`);
    await screenshot(office, "06-tasks");
    const row = office.getByTestId(`task-${open.task.id}`);
    await row.waitFor();
    await row.click();
    await office.getByTestId("task-drawer").waitFor();
    // Chosen until the select shows it: a click during the list's opening animation can miss
    // on a loaded machine, and the note would then be sent without the status.
    const select = office.getByTestId("task-status-select");
    await expect
      .poll(
        async () => {
          if (!(await select.textContent())?.includes("Hoàn thành")) {
            await select.click();
            await office
              .locator(".ant-select-item-option")
              .filter({ hasText: "Hoàn thành" })
              .click({ timeout: 5_000 })
              .catch(() => {});
          }
          return select.textContent();
        },
        { timeout: 30_000 },
      )
      .toContain("Hoàn thành");
    await office.getByTestId("task-note").fill("Đã hoàn thành (kiểm thử trình duyệt)");
    await office.getByTestId("task-submit").click();
    // The drawer says so once the server has answered; then the register holds it.
    await expect
      .poll(() => office.getByTestId("task-status").textContent(), { timeout: 15_000 })
      .toContain("Hoàn thành");
    await expect
      .poll(
        () =>
          server.engine.registers
            .tasks()
            .then((all) => all.find((v) => v.task.id === open.task.id)?.task.status),
        { timeout: 10_000 },
      )
      .toBe("done");
    await screenshot(office, "07-task-done");
  });

  it("downloads the report as DOCX", async () => {
    const office = await session("vanphong");
    await office.goto(`${server.url}/report?${TOWN}`);
    const [download] = await Promise.all([
      office.waitForEvent("download"),
      office.getByTestId("download-docx").click(),
    ]);
    const path = await download.path();
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
    expect([...readFileSync(path).subarray(0, 2)]).toEqual([0x50, 0x4b]);
    // The report screen composes ~170 figures in a worker: slow on a loaded machine.
  }, 90_000);

  it("opens a quarterly report: started from the monthly text, composed for the quarter", async () => {
    const office = await session("vanphong");
    await office.goto(`${server.url}/report?${TOWN}`);
    await office.getByTestId("report-kind").getByText("Quý").click();
    await expect.poll(() => new URL(office.url()).searchParams.get("kind")).toBe("quarter");
    await office.getByTestId("report-missing").waitFor();
    await office.getByTestId("report-start-from-month").click();
    await office.getByRole("heading", { name: /quý III năm 2023/ }).waitFor();
    const [stored] = await server.engine.store.repos.reports.versions("NGA_NAM", "2023-Q3");
    expect(stored?.status).toBe("draft");
    await screenshot(office, "12-report-quarter");
    // The report screen composes ~170 figures in a worker: slow on a loaded machine.
  }, 90_000);

  it("opens the year-to-date report of the header's month: January to August, 2023-8M", async () => {
    const office = await session("vanphong");
    await office.goto(`${server.url}/report?${TOWN}`);
    await office.getByTestId("report-kind").getByText("Từ đầu năm").click();
    await expect.poll(() => new URL(office.url()).searchParams.get("kind")).toBe("year_to_date");
    await office.getByTestId("report-missing").waitFor();
    await office.getByTestId("report-start-from-month").click();
    await office.getByRole("heading", { name: /8 tháng đầu năm 2023/ }).waitFor();
    const [stored] = await server.engine.store.repos.reports.versions("NGA_NAM", "2023-8M");
    expect(stored?.status).toBe("draft");
  }, 90_000);

  it("shows the other main screens (screenshots)", async () => {
    const office = await session("vanphong");
    for (const [name, path, testId] of [
      ["08-projects", `/projects?${TOWN}`, undefined],
      ["09-site-clearance", `/site-clearance?${TOWN}`, undefined],
      ["10-catalogue", `/catalogue?${TOWN}`, undefined],
      ["11-units", `/units?${TOWN}`, undefined],
    ] as const) {
      await office.goto(`${server.url}${path}`);
      await office.waitForLoadState("networkidle");
      if (testId) await office.getByTestId(testId).waitFor();
      await screenshot(office, name);
    }
    const login = await browser.newPage();
    await login.goto(`${server.url}/login`);
    await login.getByTestId("login-username").waitFor();
    await screenshot(login, "00-login");
    await login.close();
  });

  it("broke no rule of the Content Security Policy on any of the screens above", () => {
    expect(cspViolations).toEqual([]);
  });
});
