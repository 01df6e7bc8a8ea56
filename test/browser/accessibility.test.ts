import type { Browser } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import {
  DESKTOP,
  type DemoServer,
  describeInBrowser,
  launchBrowser,
  newContext,
  PHONE,
  seriousAxeViolations,
  settled,
  sidewaysOverflow,
  signIn,
  startDemoServer,
} from "./harness.ts";

const TOWN = "unit=NGA_NAM&period=2023-08";
const WARD = "unit=PHUONG_1&period=2023-08";

/** The main screens: who looks, where, and what shows the screen has loaded. */
const SCREENS = [
  { name: "dashboard", user: "vanphong", path: `/?${TOWN}`, ready: "line-rice_output" },
  { name: "to do", user: "vanphong", path: `/todo?${TOWN}`, ready: "todo-table" },
  { name: "entry", user: "phuong1", path: `/entry?${WARD}`, ready: "value-jobs_created-total" },
  { name: "report", user: "vanphong", path: `/report?${TOWN}`, ready: "report-template" },
  {
    name: "report section",
    user: "tckh",
    path: `/section?${TOWN}&owner=NN_TCKH`,
    ready: "report-template",
  },
  { name: "projects", user: "vanphong", path: `/projects?${TOWN}`, ready: "projects-table" },
  {
    name: "site clearance",
    user: "vanphong",
    path: `/site-clearance?${TOWN}`,
    ready: "clearance-table",
  },
  {
    name: "tasks",
    user: "vanphong",
    path: "/tasks?unit=NGA_NAM&period=2023-09",
    ready: "task-counts",
  },
  { name: "catalogue", user: "vanphong", path: `/catalogue?${TOWN}`, ready: "catalogue-search" },
  { name: "units", user: "vanphong", path: `/units?${TOWN}`, ready: "units-as-of" },
  { name: "users", user: "admin", path: `/users?${TOWN}`, ready: "users-table" },
  { name: "my account", user: "xa1", path: `/account?${TOWN}`, ready: "account-roles" },
] as const;

describeInBrowser("accessibility (axe-core) and fit of every main screen", () => {
  let server: DemoServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startDemoServer();
    browser = await launchBrowser();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const [size, screen] of [
    ["phone", PHONE],
    ["desktop", DESKTOP],
  ] as const) {
    it(`the sign-in screen: no critical or serious violation (${size})`, async () => {
      const context = await newContext(browser, screen);
      const page = await context.newPage();
      await page.goto(`${server.url}/login`);
      await page.getByTestId("login-username").waitFor();
      expect(await seriousAxeViolations(page)).toEqual([]);
      expect(await sidewaysOverflow(page)).toBe(0);
      expect(await page.title()).toMatch(/Đăng nhập/);
      await context.close();
    });

    it(`every main screen: one h1, a main landmark, no critical or serious violation, no sideways scroll (${size})`, async () => {
      const context = await newContext(browser, screen);
      const page = await context.newPage();
      let signedIn = "";
      const found: Record<string, unknown> = {};
      for (const s of SCREENS) {
        if (signedIn !== s.user) {
          await context.clearCookies();
          await signIn(page, server.url, s.user);
          signedIn = s.user;
        }
        await page.goto(`${server.url}${s.path}`);
        await page.getByTestId(s.ready).first().waitFor();
        await settled(page);
        expect(await page.locator("h1").count(), s.name).toBe(1);
        expect(await page.locator("main, [role=main]").count(), s.name).toBe(1);
        expect(await page.title(), s.name).toMatch(/ · baocao$/);
        const violations = await seriousAxeViolations(page);
        if (violations.length > 0) found[s.name] = violations;
        expect(await sidewaysOverflow(page), s.name).toBe(0);
      }
      expect(JSON.stringify(found, null, 1)).toBe("{}");
      await context.close();
    }, 120_000);
  }
});
