import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_SIGN_IN_HINT } from "../../src/cli/demo-accounts.ts";
import { ensureDemoReport } from "../../src/cli/demo-report.ts";
import { Engine } from "../../src/engine/index.ts";
import { buildApp } from "../../src/server/index.ts";
import { type AccountSpec, Accounts } from "../../src/services/accounts/index.ts";
import { migrateToLatest, openStore } from "../../src/store/index.ts";
import { loadReferenceDataset } from "../dataset/load-dataset.ts";

const ROOT = join(import.meta.dirname, "../..");
/** The built web app; `npm test` builds it before the tests run. */
export const WEB_DIST = join(ROOT, "web/dist");
/** Where the screenshots of the main screens go (kept by CI as artifacts; not committed). */
export const SCREENSHOTS = join(ROOT, "test-artifacts/screens");
/** Debian's Chromium, which `.ci/run` installs. */
export const CHROMIUM = process.env.BAOCAO_CHROMIUM ?? "/usr/bin/chromium";

/** Why the browser tests cannot run here, or undefined when they can. */
export const browserSkipReason = existsSync(CHROMIUM)
  ? undefined
  : `Browser tests skipped: no Chromium at ${CHROMIUM} (bash .ci/run installs it: apt-get install -y chromium)`;

/**
 * A browser test's time: a page signs in (argon2), loads the app and waits for the server; in CI
 * the other suites share the machine's two cores, so a 10 s test there has taken over 30 s.
 */
const BROWSER_TEST_TIMEOUT = 120_000;

/** Runs a browser suite, or says in one line why it cannot (never passes silently). */
export function describeInBrowser(name: string, suite: () => void): void {
  if (browserSkipReason) {
    describe(name, () => it.skip(browserSkipReason, () => {}));
    return;
  }
  describe(name, { timeout: BROWSER_TEST_TIMEOUT }, suite);
}

/** The demo as `npm run demo` serves it — reference dataset, accounts, report — on a free port. */
export interface DemoServer {
  readonly url: string;
  readonly engine: Engine;
  close(): Promise<void>;
}

/** What a suite may change in the demo it runs against. */
export interface DemoOptions {
  /**
   * The engine's clock (ISO instants): when forms are sent, how late they are, reminders — so a
   * story can be told in the dataset's months. The HTTP server keeps the real clock: a session
   * cookie carries an absolute expiry date, which the browser checks against the real time.
   */
  readonly clock?: () => string;
  /** More accounts (with the demo password) for the suite's people. */
  readonly accounts?: readonly Omit<AccountSpec, "password">[];
}

/** Starts the demo server on a fresh SQLite file, serving the built web app. */
export async function startDemoServer(options: DemoOptions = {}): Promise<DemoServer> {
  if (!existsSync(join(WEB_DIST, "index.html")))
    throw new Error(`${WEB_DIST} is missing: run \`npm run build -w web\` (npm test does it)`);
  const dir = mkdtempSync(join(tmpdir(), "baocao-browser-"));
  const store = await openStore({ engine: "sqlite", path: join(dir, "demo.db") });
  await migrateToLatest(store);
  const engine = await Engine.open(store, options.clock ? { clock: options.clock } : {});
  await loadReferenceDataset(engine);
  const accounts = new Accounts(store);
  for (const spec of DEMO_ACCOUNTS) await accounts.ensure(spec);
  for (const spec of options.accounts ?? [])
    await accounts.ensure({ ...spec, password: DEMO_PASSWORD });
  await ensureDemoReport(engine, new Date().toISOString());
  return serve(engine, true, () => rmSync(dir, { recursive: true, force: true }));
}

/**
 * Serves an existing SQLite database as `baocao serve` does (no demo, no sign-in hint): for a
 * suite that prepared the database itself, e.g. with the real `baocao init`. Closing it leaves
 * the file.
 */
export async function startServerOn(path: string): Promise<DemoServer> {
  if (!existsSync(join(WEB_DIST, "index.html")))
    throw new Error(`${WEB_DIST} is missing: run \`npm run build -w web\` (npm test does it)`);
  const store = await openStore({ engine: "sqlite", path });
  await migrateToLatest(store);
  return serve(await Engine.open(store), false, () => {});
}

async function serve(engine: Engine, demo: boolean, cleanUp: () => void): Promise<DemoServer> {
  const app = await buildApp({
    store: engine.store,
    engine,
    version: "browser-test",
    webRoot: WEB_DIST,
    validateResponses: true,
    warmUp: true,
    ...(demo ? { demoHint: DEMO_SIGN_IN_HINT } : {}),
  });
  const url = await app.listen({ port: 0, host: "127.0.0.1" });
  return {
    url,
    engine,
    async close() {
      await app.close();
      await engine.store.close();
      cleanUp();
    },
  };
}

/** A suite's demo server and browser, and signed-in sessions in it at a screen size. */
export interface DemoBrowser {
  readonly server: DemoServer;
  readonly browser: Browser;
  /** A new browser session (its own cookies and storage) signed in as a demo account. */
  session(username: string, screen?: { width: number; height: number }): Promise<Page>;
}

/**
 * Starts the demo server and Chromium before the suite's tests and closes both (and every session
 * opened) after them. Call it inside `describeInBrowser`.
 */
export function useDemoBrowser(options: DemoOptions = {}): DemoBrowser {
  let server: DemoServer | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    server = await startDemoServer(options);
    browser = await launchBrowser();
  }, 120_000);
  const known = [...DEMO_ACCOUNTS, ...(options.accounts ?? [])].map((a) => a.username);
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.close();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error("useDemoBrowser: the suite has not started yet");
    return value;
  };
  return {
    get server() {
      return started(server);
    },
    get browser() {
      return started(browser);
    },
    async session(username, screen = DESKTOP) {
      const context = await newContext(started(browser), screen);
      contexts.push(context);
      const page = await context.newPage();
      await signIn(page, started(server).url, username, known);
      return page;
    },
  };
}

/** Headless Debian Chromium with the flags this machine needs (no sandbox as root, no network). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/** Signs in through the login page as a demo account (or one of `known`) and waits for the app's shell. */
export async function signIn(
  page: Page,
  baseUrl: string,
  username: string,
  known: readonly string[] = DEMO_ACCOUNTS.map((a) => a.username),
): Promise<void> {
  if (!known.includes(username)) throw new Error(`no demo account ${username}`);
  await page.goto(`${baseUrl}/login`);
  await page.getByTestId("login-username").fill(username);
  await page.getByTestId("login-password").fill(DEMO_PASSWORD);
  await page.getByTestId("login-submit").click();
  await page.getByTestId("user-name").waitFor();
}

/** Saves a screenshot of a main screen under test-artifacts/screens/ (the window, or the page). */
export async function screenshot(page: Page, name: string, fullPage = false): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage });
}

/** A phone held upright (an iPhone 12–15 class screen), with touch. */
export const PHONE = { width: 390, height: 844 } as const;
/** A laptop screen. */
export const DESKTOP = { width: 1440, height: 900 } as const;

/** A new browser context (its own cookies, storage and service worker) at a screen size. */
export function newContext(
  browser: Browser,
  screen: { width: number; height: number },
): Promise<BrowserContext> {
  const phone = screen.width < 800;
  return browser.newContext({
    viewport: screen,
    locale: "vi-VN",
    ...(phone ? { hasTouch: true, isMobile: true, deviceScaleFactor: 2 } : {}),
  });
}

/**
 * Waits until the screen has settled: no spinner left and the fonts loaded. (Not "network
 * idle": the service worker's precache and other tests' servers on the same cores keep the
 * line busy for a while.)
 */
export async function settled(page: Page): Promise<void> {
  // Page-side code as strings: the tests' TypeScript has no DOM types. Polled with `evaluate`
  // rather than `waitForFunction`, whose string predicate is an eval the app's CSP refuses.
  await expect
    .poll(() => page.evaluate<number>("document.querySelectorAll('.ant-spin-spinning').length"), {
      timeout: 30_000,
    })
    .toBe(0);
  await page.evaluate("document.fonts.ready.then(() => true)");
  await page.waitForTimeout(300);
}

/** Types a date into an antd DatePicker (DD/MM/YYYY) and confirms it. */
export async function typeDate(page: Page, testId: string, date: string): Promise<void> {
  const input = page.getByTestId(testId);
  await input.click();
  await input.fill(date);
  await input.press("Enter");
}

/** How far the page itself scrolls sideways (0 when it fits the window's width). */
export function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate<number>(
    "document.documentElement.scrollWidth - document.documentElement.clientWidth",
  );
}

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve("axe-core/axe.min.js"),
  "utf8",
);

/** The rules run: WCAG 2.0 and 2.1, levels A and AA, and axe's best practices. */
const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"];

/** An accessibility violation found by axe-core: the rule, its impact and where. */
export interface AxeViolation {
  readonly id: string;
  readonly impact: string;
  readonly help: string;
  readonly targets: readonly string[];
}

/**
 * Waits until no finite animation runs (antd's drawers, dialogs and lists fading in): during one,
 * colours are part-way and axe reports contrast failures of text that ends up readable. Endless
 * ones (spinners) are not waited for.
 */
async function motionless(page: Page): Promise<void> {
  await expect
    .poll(
      () =>
        page.evaluate<number>(
          `document.getAnimations().filter((a) => a.playState === "running" && a.effect?.getTiming().iterations !== Infinity).length`,
        ),
      { timeout: 15_000 },
    )
    .toBe(0);
}

/**
 * Runs axe-core (WCAG 2.0/2.1 A and AA, and best practices) in the page as it is and gives the
 * critical and serious violations. axe is evaluated through the DevTools protocol, not added
 * as a <script>, so the app's content security policy is not in its way.
 */
export async function seriousAxeViolations(page: Page): Promise<AxeViolation[]> {
  await motionless(page);
  await page.evaluate(axeSource);
  const violations = await page.evaluate<AxeViolation[]>(`
    axe.run(document, {
      runOnly: { type: "tag", values: ${JSON.stringify(AXE_TAGS)} },
    }).then((result) => result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.slice(0, 5).map((n) => n.target.join(" ")),
    })))
  `);
  return violations.filter((v) => v.impact === "critical" || v.impact === "serious");
}
