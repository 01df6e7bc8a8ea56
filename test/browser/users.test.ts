import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { chooseOption } from "./antd-select.ts";
import {
  DESKTOP,
  type DemoServer,
  describeInBrowser,
  launchBrowser,
  newContext,
  screenshot,
  seriousAxeViolations,
  settled,
  signIn,
  startDemoServer,
} from "./harness.ts";

describeInBrowser("account administration in Chromium", () => {
  let server: DemoServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const open = async (): Promise<Page> => {
    const context = await newContext(browser, DESKTOP);
    contexts.push(context);
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    return page;
  };

  beforeAll(async () => {
    server = await startDemoServer();
    browser = await launchBrowser();
  }, 120_000);
  afterAll(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
    await server?.close();
  });

  it("an admin creates an account; its user signs in with the one-time password and must change it", async () => {
    const admin = await open();
    await signIn(admin, server.url, "admin");
    await admin.getByTestId("menu-users").click();
    await admin.getByTestId("users-table").waitFor();
    await settled(admin);
    await screenshot(admin, "20-users");

    await admin.getByTestId("user-add").click();
    await admin.getByTestId("user-username").fill("lan");
    await admin.getByTestId("user-display-name").fill("Trần Thị Lan");
    await chooseOption(admin, "grant-role", "Báo cáo viên");
    await chooseOption(admin, "grant-unit", "PHUONG_1");
    await admin.getByTestId("user-create-submit").click();
    const code = (await admin.getByTestId("one-time-password").textContent())?.trim() ?? "";
    expect(code).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/);
    await screenshot(admin, "21-one-time-password");
    await admin.getByRole("button", { name: "Đã ghi lại" }).click();
    const row = admin.getByTestId("user-lan");
    await expect.poll(() => row.textContent()).toContain("Chờ đổi mật khẩu");
    expect(await row.textContent()).toContain("Báo cáo viên · Phường 1");

    const lan = await open();
    await lan.goto(`${server.url}/login`);
    await lan.getByTestId("login-username").fill("lan");
    await lan.getByTestId("login-password").fill(code);
    await lan.getByTestId("login-submit").click();
    await lan.getByTestId("password-current").waitFor();
    expect(await lan.locator("main h1").textContent()).toBe("Đặt mật khẩu mới");
    await screenshot(lan, "22-change-password");
    expect(await seriousAxeViolations(lan)).toEqual([]);
    expect(await lan.locator("main").count()).toBe(1);
    await lan.getByTestId("password-current").fill(code);
    await lan.getByTestId("password-new").fill("mat-khau-cua-lan");
    await lan.getByTestId("password-confirm").fill("mat-khau-cua-lan");
    await lan.getByTestId("password-submit").click();
    await lan.getByTestId("user-name").waitFor();
    expect(await lan.getByTestId("user-name").textContent()).toContain("Trần Thị Lan");
    // A reporter sees no administration menu.
    expect(await lan.getByTestId("menu-users").count()).toBe(0);

    // Back on the admin's list the account no longer waits for a password change.
    await admin.reload();
    await expect
      .poll(() => admin.getByTestId("user-lan").textContent())
      .not.toContain("Chờ đổi mật khẩu");
  }, 120_000);

  it("the login page shows the demo accounts (this server runs the demo)", async () => {
    const page = await open();
    await page.goto(`${server.url}/login`);
    await page.getByTestId("login-demo").waitFor();
    expect(await page.getByTestId("login-demo").textContent()).toContain("mật khẩu baocao2023");
  });
});
