import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { DEMO_PASSWORD } from "../../src/cli/demo-accounts.ts";
import {
  DESKTOP,
  type DemoServer,
  describeInBrowser,
  launchBrowser,
  newContext,
  PHONE,
  screenshot,
  settled,
  sidewaysOverflow,
  signIn,
  startDemoServer,
} from "./harness.ts";

const WARD = "unit=PHUONG_1&period=2023-08";
const TOWN = "unit=NGA_NAM&period=2023-08";

/**
 * Answers the "leave unsaved work?" dialog once it has finished opening (a click during antd's
 * zoom-in can be lost on a loaded machine), and waits for it to close.
 */
async function answerLeave(page: Page, testId: "leave-stay" | "leave-confirm"): Promise<void> {
  const button = page.getByTestId(testId);
  await page
    .locator('.ant-modal:not([class*="-enter"]):not([class*="-appear"])', { has: button })
    .waitFor();
  await button.click();
  await button.waitFor({ state: "hidden" });
}

describeInBrowser("the web app in the field: a ward's clerk on a phone", () => {
  let server: DemoServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  /** The value stored now for Phường 1, an indicator and a disaggregation, in August 2023. */
  async function stored(indicator: string, disaggregation = "") {
    const values = await server.engine.storedValues({
      unitCodes: ["PHUONG_1"],
      periods: ["2023-08"],
      indicatorCodes: [indicator],
    });
    return values.find((v) => v.disaggregation === disaggregation)?.value ?? null;
  }

  /** A new browser session at a screen size, signed in through the sign-in page. */
  async function session(username: string, screen: { width: number; height: number } = PHONE) {
    const context = await newContext(browser, screen);
    contexts.push(context);
    const page = await context.newPage();
    await signIn(page, server.url, username);
    return { context, page };
  }

  async function openEntry(page: Page) {
    await page.goto(`${server.url}/entry?${WARD}`);
    await page.getByTestId("value-jobs_created-total").waitFor();
  }

  /** Types into a value box as a finger (or, on a desktop, a mouse) does: touch it, then type. */
  /** Everything the app keeps in its IndexedDB drafts store, as JSON text. */
  function draftsOnDevice(page: Page): Promise<string> {
    // A script text: the tests are typed without the DOM's globals.
    return page.evaluate(`new Promise((resolve) => {
      const open = indexedDB.open("baocao");
      open.onerror = () => resolve("");
      open.onsuccess = () => {
        const db = open.result;
        if (!db.objectStoreNames.contains("drafts")) return resolve("");
        const all = db.transaction("drafts", "readonly").objectStore("drafts").getAll();
        all.onsuccess = () => { resolve(JSON.stringify(all.result)); db.close(); };
        all.onerror = () => resolve("");
      };
    })`);
  }

  async function typeInto(page: Page, testId: string, text: string, touch = true) {
    const input = page.getByTestId(`value-${testId}`);
    await (touch ? input.tap() : input.click());
    await input.fill(text);
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

  it("enters a month by touch at 390 × 844 and saves; the page never scrolls sideways", async () => {
    const { page } = await session("phuong1");
    await openEntry(page);
    expect(await sidewaysOverflow(page)).toBe(0);
    // Touch-sized: each value box is at least 40 px high and most of the phone's width.
    const box = await page.getByTestId("value-crop_area_planted-total").boundingBox();
    expect(box?.height).toBeGreaterThanOrEqual(40);
    expect(box?.width).toBeGreaterThan(PHONE.width / 2);
    await screenshot(page, "20-phone-entry");
    await typeInto(page, "crop_area_planted-total", "8,5");
    await typeInto(page, "mediation_cases-total", "4");
    await typeInto(page, "rice_sown_area-rice_season=dong_xuan", "1250");
    // The save bar stays in view at the bottom while the list scrolls under it.
    const bar = await page.getByTestId("entry-save").boundingBox();
    expect(bar && bar.y + bar.height).toBeLessThanOrEqual(PHONE.height);
    expect(await page.getByTestId("save-bar").textContent()).toContain("3 số liệu sẽ được lưu");
    await screenshot(page, "21-phone-entry-typed", true);
    await page.getByTestId("entry-save").tap();
    await expect.poll(() => stored("crop_area_planted")).toBe(8.5);
    expect(await stored("mediation_cases")).toBe(4);
    expect(await stored("rice_sown_area", "rice_season=dong_xuan")).toBe(1250);
    // Shown back the Vietnamese way once saved.
    await expect
      .poll(() => page.getByTestId("value-rice_sown_area-rice_season=dong_xuan").inputValue())
      .toBe("1.250");
    expect(await sidewaysOverflow(page)).toBe(0);
  });

  it("a fraction in a count blocks only its own cell, with the reason beside it in Vietnamese", async () => {
    const { page } = await session("phuong1");
    await openEntry(page);
    await typeInto(page, "houses_damaged-total", "2,5");
    await typeInto(page, "rice_harvested_area-rice_season=he_thu", "130");
    const error = page.getByTestId("error-houses_damaged-total");
    await error.waitFor();
    const text = (await error.textContent()) ?? "";
    expect(text).toContain("nhận số nguyên: 2,5");
    expect(text).not.toContain("houses_damaged");
    await page.getByTestId("entry-save").tap();
    await expect.poll(() => stored("rice_harvested_area", "rice_season=he_thu")).toBe(130);
    expect(await stored("houses_damaged")).toBeNull();
    // The bad cell keeps what was typed and its message, in view.
    expect(await page.getByTestId("value-houses_damaged-total").inputValue()).toBe("2,5");
    await error.scrollIntoViewIfNeeded();
    expect(await error.isVisible()).toBe(true);
    expect(await page.getByTestId("save-bar").textContent()).toContain("1 ô chưa hợp lệ");
    await screenshot(page, "22-phone-entry-invalid");
  });

  it("asks before leaving unsaved figures, and keeps them on the device when left", async () => {
    const { page } = await session("phuong1", DESKTOP);
    await openEntry(page);
    await typeInto(page, "mediation_succeeded-total", "3", false);
    await page.getByTestId("menu-dashboard").click();
    await answerLeave(page, "leave-stay");
    expect(new URL(page.url()).pathname).toBe("/entry");
    expect(await page.getByTestId("value-mediation_succeeded-total").inputValue()).toBe("3");
    await page.getByTestId("menu-dashboard").click();
    await answerLeave(page, "leave-confirm");
    await expect.poll(() => new URL(page.url()).pathname, { timeout: 10_000 }).toBe("/");
    await openEntry(page);
    await page.getByTestId("entry-restored").waitFor();
    expect(await page.getByTestId("value-mediation_succeeded-total").inputValue()).toBe("3");
    expect(await stored("mediation_succeeded")).toBe(1);
  });

  it("asks before leaving an unsaved report template", async () => {
    const { page } = await session("vanphong", DESKTOP);
    await page.goto(`${server.url}/report?${TOWN}`);
    const template = page.getByTestId("report-template");
    await template.waitFor();
    await template.press("End");
    await template.type(" (sửa)");
    await page.getByTestId("menu-tasks").click();
    await answerLeave(page, "leave-stay");
    expect(new URL(page.url()).pathname).toBe("/report");
    expect(await template.inputValue()).toContain("(sửa)");
  });

  it("an expired session sends the clerk to sign in and gives the typed figures back", async () => {
    const { context, page } = await session("phuong1");
    await openEntry(page);
    await typeInto(page, "houses_damaged_eligible-house_damage=sap_hoan_toan", "2");
    await context.clearCookies();
    await page.getByTestId("entry-save").tap();
    await page.getByTestId("login-username").waitFor();
    await page.getByTestId("login-username").fill("phuong1");
    await page.getByTestId("login-password").fill(DEMO_PASSWORD);
    await page.getByTestId("login-submit").tap();
    const input = page.getByTestId("value-houses_damaged_eligible-house_damage=sap_hoan_toan");
    await input.waitFor();
    expect(await input.inputValue()).toBe("2");
    await page.getByTestId("entry-restored").waitFor();
    await screenshot(page, "23-phone-entry-restored");
    await page.getByTestId("entry-save").tap();
    await expect
      .poll(() => stored("houses_damaged_eligible", "house_damage=sap_hoan_toan"))
      .toBe(2);
  });

  it("a reload (or a crash) gives the typed figures back", async () => {
    const { page } = await session("phuong1");
    page.on("dialog", (dialog) => void dialog.accept());
    await openEntry(page);
    await typeInto(page, "crop_damage_households-total", "35");
    // The keystroke reaches IndexedDB a moment later; a reload within that moment (on a machine
    // loaded enough) would lose only what had not yet been written, as a real crash would.
    await expect.poll(() => draftsOnDevice(page)).toContain(`"input":"35"`);
    await page.reload();
    const input = page.getByTestId("value-crop_damage_households-total");
    await input.waitFor();
    await expect.poll(() => input.inputValue()).toBe("35");
    expect(await stored("crop_damage_households")).toBe(33);
  });

  it("figures typed without a connection are kept and sent when it returns", async () => {
    const { context, page } = await session("phuong1");
    await openEntry(page);
    await context.setOffline(true);
    await typeInto(page, "mediation_failed-total", "2");
    await page.getByTestId("entry-save").tap();
    await expect
      .poll(() => page.getByTestId("entry-offline").textContent())
      .toContain("sẽ tự gửi khi có mạng");
    await screenshot(page, "24-phone-entry-offline");
    expect(await stored("mediation_failed")).toBe(1);
    await context.setOffline(false);
    await expect.poll(() => stored("mediation_failed"), { timeout: 15_000 }).toBe(2);
    await expect
      .poll(() => page.getByTestId("save-bar").textContent())
      .toContain("Chưa có thay đổi");
  });

  it("reopened without a connection, the app opens the clerk's form, not the sign-in page", async () => {
    const { context, page } = await session("phuong1");
    await openEntry(page);
    // The service worker serves the app and the cached form once it is active and controls the
    // page: wait for it to be ready (installing takes a while on a loaded machine), then reload.
    await page.evaluate("navigator.serviceWorker.ready.then(() => true)");
    await page.reload();
    await page.getByTestId("value-mediation_succeeded-total").waitFor();
    await expect
      .poll(() => page.evaluate("Boolean(navigator.serviceWorker.controller)"), { timeout: 60_000 })
      .toBe(true);
    // A clerk who has used the app before: the form went through the worker once, so it is cached.
    await page.reload();
    await page.getByTestId("value-mediation_succeeded-total").waitFor();
    await context.setOffline(true);
    await page.reload();
    await page.getByTestId("value-mediation_succeeded-total").waitFor({ timeout: 30_000 });
    expect(new URL(page.url()).pathname).not.toBe("/login");
    await screenshot(page, "26-phone-reopened-offline");
    await context.setOffline(false);
  }, 120_000);

  it("after a conflict, “Nhận giá trị mới” shows the server's value", async () => {
    const first = await session("phuong1", DESKTOP);
    const second = await session("admin", DESKTOP);
    for (const { page } of [first, second]) await openEntry(page);
    await first.page.getByTestId("value-livestock_aquaculture_output-total").fill("50");
    await first.page.getByTestId("entry-save").click();
    await expect.poll(() => stored("livestock_aquaculture_output")).toBe(50);
    const input = second.page.getByTestId("value-livestock_aquaculture_output-total");
    await input.fill("55");
    await second.page.getByTestId("entry-save").click();
    await second.page.getByTestId("conflict-message").waitFor();
    await second.page.getByTestId("conflict-take").click();
    await expect.poll(() => input.inputValue()).toBe("50");
    expect(await second.page.getByTestId("entry-save").isDisabled()).toBe(true);
    expect(await stored("livestock_aquaculture_output")).toBe(50);
    await screenshot(second.page, "25-conflict-taken");
  });

  it("the keyboard reaches each value's status and note, and dashboard rows choose the chart", async () => {
    const { page } = await session("phuong1", DESKTOP);
    await openEntry(page);
    await page.getByTestId("value-jobs_created-total").focus();
    await page.keyboard.press("Tab");
    expect(
      await page.evaluate<boolean>(
        `!!document.activeElement?.closest('[data-testid="status-jobs_created-total"]')`,
      ),
    ).toBe(true);
    // Then Chính thức, then the note.
    const focused = [];
    for (let i = 0; i < 2; i++) {
      await page.keyboard.press("Tab");
      focused.push(
        await page.evaluate<string>(`document.activeElement?.getAttribute("data-testid")`),
      );
    }
    expect(focused).toContain("note-jobs_created-total");
    const office = await session("vanphong", DESKTOP);
    await office.page.goto(`${server.url}/?${TOWN}`);
    const row = office.page.getByTestId("line-jobs_created");
    await row.waitFor();
    await row.focus();
    await office.page.keyboard.press("Enter");
    await expect
      .poll(() => office.page.getByTestId("trend-chart").textContent())
      .toContain("Lao động được giải quyết việc làm");
  });

  it("the other screens fit a phone (screenshots)", async () => {
    const { page } = await session("vanphong");
    for (const [name, path, ready] of [
      ["26-phone-dashboard", `/?${TOWN}`, "line-rice_output"],
      ["27-phone-tasks", "/tasks?unit=NGA_NAM&period=2023-09", "task-counts"],
      ["28-phone-report", `/report?${TOWN}`, "report-template"],
      ["29-phone-projects", `/projects?${TOWN}`, "projects-table"],
    ] as const) {
      await page.goto(`${server.url}${path}`);
      await page.getByTestId(ready).waitFor();
      await settled(page);
      expect(await sidewaysOverflow(page), name).toBe(0);
      await screenshot(page, name);
    }
    await page.getByTestId("menu-open").tap();
    await page.getByTestId("menu-entry").waitFor();
    await screenshot(page, "30-phone-menu");
  }, 90_000);
});
