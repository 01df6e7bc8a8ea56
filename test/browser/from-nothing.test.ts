import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, expect, it, onTestFailed } from "vitest";
import { vietnamDate } from "../../src/core/time/index.ts";
import { chooseOption, chooseOptions } from "./antd-select.ts";
import {
  DESKTOP,
  type DemoServer,
  describeInBrowser,
  launchBrowser,
  newContext,
  screenshot,
  seriousAxeViolations,
  settled,
  startServerOn,
  typeDate,
} from "./harness.ts";

const BIN = join(import.meta.dirname, "../../bin/baocao.js");
const ADMIN_PASSWORD = "mat-khau-quan-tri-xa";

// The month being reported: this one, in Vietnam's calendar, so the commune (which exists from the
// first of January) and the form are both in force, and the deadline (the 10th of next month) is
// still ahead.
const TODAY = vietnamDate(new Date().toISOString());
const YEAR = TODAY.slice(0, 4);
const PERIOD = TODAY.slice(0, 7);
const MONTH = String(Number(PERIOD.slice(5, 7)));
const COMMUNE = `unit=XA_MOI&period=${PERIOD}`;
const OFFICE = `unit=PHONG_KINH_TE&period=${PERIOD}`;

/** The ten indicators: code, Vietnamese name, measure unit as the picker lists it, formula. */
const INDICATORS: readonly [string, string, string, string?][] = [
  ["lua_dt", "Diện tích lúa gieo trồng", "ha (ha)"],
  ["lua_sl", "Sản lượng lúa", "tấn (tan)"],
  ["ngo_dt", "Diện tích ngô", "ha (ha)"],
  ["rau_dt", "Diện tích rau màu", "ha (ha)"],
  ["gieo_trong_dt", "Tổng diện tích gieo trồng", "ha (ha)", "lua_dt + ngo_dt + rau_dt"],
  ["dan_heo", "Tổng đàn heo", "con (con)"],
  ["dan_bo", "Tổng đàn bò", "con (con)"],
  ["ho_ngheo", "Số hộ nghèo", "hộ (ho)"],
  ["lao_dong_moi", "Lao động có việc làm mới", "người (nguoi)"],
  ["ho_so_giai_quyet", "Hồ sơ hành chính đã giải quyết", "hồ sơ (ho_so)"],
];
/** What the reporter types, as a Vietnamese clerk writes numbers. */
const ENTERED: Readonly<Record<string, string>> = {
  lua_dt: "420",
  lua_sl: "2.310",
  ngo_dt: "35",
  rau_dt: "60,5",
  dan_heo: "1.250",
  dan_bo: "310",
  ho_ngheo: "42",
  lao_dong_moi: "18",
  ho_so_giai_quyet: "96",
};

/** Runs the real `baocao` executable with the password on standard input; resolves its output. */
function baocao(args: readonly string[], env: Record<string, string>, stdin = "") {
  return new Promise<{ code: number | null; out: string; err: string }>((resolve, reject) => {
    const child = spawn("node", [BIN, ...args], { env: { ...process.env, ...env } });
    let out = "";
    let err = "";
    child.stdout.on("data", (d: Buffer) => {
      out += d.toString();
    });
    child.stderr.on("data", (d: Buffer) => {
      err += d.toString();
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, out, err }));
    child.stdin.end(stdin);
  });
}

describeInBrowser("a new commune from nothing, in the web app only (after baocao init)", () => {
  let dir: string;
  let server: DemoServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "baocao-from-nothing-"));
    const env = { DATABASE_URL: `sqlite:${join(dir, "xa-moi.db")}` };
    const migrated = await baocao(["migrate"], env);
    expect(migrated.err).toBe("");
    const init = await baocao(
      [
        "init",
        "--unit",
        "XA_MOI",
        "--unit-name",
        "Xã Mới",
        "--unit-kind",
        "xa",
        "--from",
        `${YEAR}-01-01`,
        "--password-stdin",
      ],
      env,
      `${ADMIN_PASSWORD}\n`,
    );
    expect(init.err).toBe("");
    expect(init.code).toBe(0);
    expect(init.out).toContain('Đã tạo quản trị viên "quantri" trên đơn vị gốc mới XA_MOI');
    server = await startServerOn(join(dir, "xa-moi.db"));
    browser = await launchBrowser();
  }, 120_000);
  afterAll(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /**
   * `inside` once its dialog has finished opening: a click during antd's zoom-in can be lost on a
   * loaded machine (the one-time password's "Đã ghi lại" was, once).
   */
  function openedModal(page: Page, inside: Locator): Locator {
    return page
      .locator('.ant-modal:not([class*="-enter"]):not([class*="-appear"])', { has: inside })
      .locator(inside);
  }

  async function open(): Promise<Page> {
    const context = await newContext(browser, DESKTOP);
    contexts.push(context);
    const page = await context.newPage();
    page.setDefaultTimeout(30_000);
    return page;
  }

  async function signIn(username: string, password: string): Promise<Page> {
    const page = await open();
    await page.goto(`${server.url}/login`);
    await page.getByTestId("login-username").fill(username);
    await page.getByTestId("login-password").fill(password);
    await page.getByTestId("login-submit").click();
    return page;
  }

  /** Signs in with a one-time password and sets the account's own, as the screen demands. */
  async function firstSignIn(username: string, code: string, password: string): Promise<Page> {
    const page = await signIn(username, code);
    await page.getByTestId("password-current").fill(code);
    await page.getByTestId("password-new").fill(password);
    await page.getByTestId("password-confirm").fill(password);
    await page.getByTestId("password-submit").click();
    await page.getByTestId("user-name").waitFor();
    return page;
  }

  /** Saves a catalogue drawer and waits for it to close (a change rebuilds the roll-ups). */
  async function saveDrawer(page: Page, editor: string): Promise<void> {
    await page.getByTestId(`${editor}-save`).click();
    await page.getByTestId(editor).waitFor({ state: "hidden", timeout: 90_000 });
  }

  /** Creates an account with one grant on the Accounts screen; returns its one-time password. */
  async function createAccount(
    page: Page,
    username: string,
    name: string,
    role: string,
    unit: string,
  ): Promise<string> {
    await page.getByTestId("user-add").click();
    await page.getByTestId("user-username").fill(username);
    await page.getByTestId("user-display-name").fill(name);
    await chooseOption(page, "grant-role", role, { search: false });
    await chooseOption(page, "grant-unit", unit);
    await page.getByTestId("user-create-submit").click();
    const code = (await page.getByTestId("one-time-password").textContent())?.trim() ?? "";
    expect(code).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/);
    await openedModal(page, page.getByRole("button", { name: "Đã ghi lại" })).click();
    await page.getByTestId("one-time-password").waitFor({ state: "hidden" });
    await expect.poll(() => page.getByTestId(`user-${username}`).textContent()).toContain(name);
    return code;
  }

  it("the administrator sets up units, accounts, catalogue, form and targets; a clerk enters the month; the office writes the report", {
    timeout: 900_000,
  }, async () => {
    // Where each session stood when a step failed, for the artifacts.
    onTestFailed(async () => {
      for (const [i, context] of contexts.entries())
        for (const page of context.pages()) await screenshot(page, `from-nothing-failed-${i}`);
    });
    // The first administrator, made by baocao init, chose their password: no change is asked.
    const admin = await signIn("quantri", ADMIN_PASSWORD);
    await admin.getByTestId("user-name").waitFor();
    // A real server opens on this month (the demo on its data's month), with the commune picked.
    await expect.poll(() => admin.url()).toContain(`?unit=XA_MOI&period=${PERIOD}`);

    // Đơn vị: two offices of the commune (under a xã only phòng, ban, ngành may sit).
    await admin.goto(`${server.url}/units?${COMMUNE}`);
    await admin.getByTestId("unit-XA_MOI").waitFor();
    await settled(admin);
    for (const [code, name] of [
      ["phong_kinh_te", "Phòng Kinh tế"],
      ["phong_vhxh", "Phòng Văn hóa - Xã hội"],
    ] as const) {
      // The commune stays picked after an act: a second click would put it down again.
      await settled(admin);
      if (!(await admin.getByTestId("unit-act-add").isVisible()))
        await admin.getByTestId("unit-XA_MOI").click();
      await admin.getByTestId("unit-act-add").click();
      await openedModal(admin, admin.getByTestId("act-date")).waitFor();
      await typeDate(admin, "act-date", `01/01/${YEAR}`);
      await admin.getByTestId("act-code").fill(code);
      await admin.getByTestId("act-name-vi").fill(name);
      await chooseOption(admin, "act-kind", "Phòng, ban, ngành", { search: false });
      await admin.getByTestId("act-comment").fill("Tổ chức bộ máy xã mới");
      await admin.getByTestId("act-preview").click();
      await admin.getByTestId("unit-act-preview").waitFor();
      await admin.getByTestId("act-save").click();
      await admin.getByTestId("unit-act-dialog").waitFor({ state: "detached" });
      // The commune's branch opens as a person opens it, once it has a child to show.
      const closed = admin
        .locator(".ant-tree-treenode", { has: admin.getByTestId("unit-XA_MOI") })
        .locator(".ant-tree-switcher_close");
      await expect
        .poll(async () => {
          if (await closed.count()) await closed.click();
          return admin.getByTestId(`unit-${code.toUpperCase()}`).count();
        })
        .toBe(1);
    }
    await settled(admin);
    await screenshot(admin, "from-nothing-1-units");

    // Tài khoản: the commune's office, and a clerk of the economic office.
    await admin.goto(`${server.url}/users?${COMMUNE}`);
    await admin.getByTestId("users-table").waitFor();
    await settled(admin);
    const officeCode = await createAccount(
      admin,
      "vanphong",
      "Lê Thị Văn Phòng",
      "Văn phòng",
      "XA_MOI",
    );
    const clerkCode = await createAccount(
      admin,
      "kinhte",
      "Trần Văn Kinh Tế",
      "Báo cáo viên",
      "PHONG_KINH_TE",
    );
    expect(await admin.getByTestId("user-kinhte").textContent()).toContain(
      "Báo cáo viên · Phòng Kinh tế",
    );
    await screenshot(admin, "from-nothing-2-accounts");

    // Danh mục: ten indicators (one derived by a formula), a rule, a monthly form.
    await admin.goto(`${server.url}/catalogue?${COMMUNE}`);
    await admin.getByTestId("indicator-add").waitFor();
    await settled(admin);
    for (const [code, name, unit, formula] of INDICATORS) {
      await admin.getByTestId("indicator-add").click();
      await admin.getByTestId("indicator-code").waitFor();
      expect(await admin.getByTestId("indicator-code").inputValue()).toBe("");
      await admin.getByTestId("indicator-code").fill(code);
      await admin.getByTestId("indicator-name-vi").fill(name);
      await admin.getByTestId("indicator-name-en").fill(code);
      await chooseOption(admin, "indicator-unit", unit);
      if (formula) {
        await admin.getByTestId("indicator-formula").fill(formula);
        await expect
          .poll(() => admin.getByTestId("indicator-formula-status").getAttribute("data-status"))
          .toBe("success");
      }
      await saveDrawer(admin, "indicator-editor");
      await admin.getByTestId(`indicator-edit-${code}`).waitFor();
    }
    await screenshot(admin, "from-nothing-3-indicators");

    await admin.getByRole("tab", { name: "Quy tắc kiểm tra" }).click();
    await admin.getByTestId("rules-table-add").click();
    await admin.getByTestId("rule-code").fill("trong_trot.nang_suat_lua");
    await admin.getByTestId("rule-left").fill("lua_sl");
    await chooseOption(admin, "rule-operator", "<=", { search: false });
    await admin.getByTestId("rule-right").fill("lua_dt * 8");
    await expect
      .poll(() => admin.getByTestId("rule-right-status").getAttribute("data-status"))
      .toBe("success");
    await admin.getByTestId("rule-message").fill("Sản lượng lúa ({left}) quá 8 tấn/ha ({right})");
    await saveDrawer(admin, "rule-editor");
    await admin.getByTestId("rules-table-edit-trong_trot.nang_suat_lua").waitFor();

    await admin.getByRole("tab", { name: "Biểu mẫu báo cáo" }).click();
    await admin.getByTestId("regimes-table-add").click();
    await admin.getByTestId("regime-code").fill("kinh_te_thang");
    await admin.getByTestId("regime-name").fill("Biểu kinh tế - xã hội hằng tháng");
    await admin.getByTestId("regime-deadline").fill("10");
    await chooseOptions(admin, "regime-units", ["Phòng Kinh tế"]);
    await admin.keyboard.press("Escape");
    await chooseOptions(
      admin,
      "regime-indicators",
      INDICATORS.filter(([, , , formula]) => !formula).map(([code]) => code),
    );
    await admin.keyboard.press("Escape");
    await saveDrawer(admin, "regime-editor");
    const form = admin.getByTestId("regimes-table").locator("tr", { hasText: "kinh_te_thang" });
    await form.waitFor();
    expect(await form.textContent()).toContain("Biểu kinh tế - xã hội hằng tháng");
    await settled(admin);
    await screenshot(admin, "from-nothing-4-form");

    // Chỉ tiêu kế hoạch: the seeded kinds; the year's plan and the province's target for rice.
    await admin.goto(`${server.url}/targets?${COMMUNE}`);
    await admin.getByTestId("targets-table").waitFor();
    await settled(admin);
    for (const [kind, code, value] of [
      ["Kế hoạch năm", "plan", "500"],
      ["Chỉ tiêu tỉnh giao", "assigned", "600"],
    ] as const) {
      await admin.getByTestId("target-add").click();
      await chooseOption(admin, "target-indicator", "Diện tích lúa gieo trồng");
      await chooseOption(admin, "target-kind", kind);
      await admin.getByTestId("target-value").fill(value);
      await admin.getByTestId("target-source").fill("Nghị quyết số 01/NQ-HĐND");
      await admin.getByTestId("target-save").click();
      const cell = admin.getByTestId(`target-lua_dt--${code}`);
      await expect.poll(() => cell.textContent()).toContain(value);
    }
    await settled(admin);
    await screenshot(admin, "from-nothing-5-targets");

    // The clerk: first sign-in, the month's figures, saved, then sent from Việc cần làm.
    const clerk = await firstSignIn("kinhte", clerkCode, "mat-khau-kinh-te");
    await clerk.goto(`${server.url}/entry?${OFFICE}`);
    await clerk.getByTestId("value-lua_dt-total").waitFor();
    await settled(clerk);
    for (const [code, text] of Object.entries(ENTERED)) {
      const input = clerk.getByTestId(`value-${code}-total`);
      await input.click();
      await input.fill(text);
    }
    expect(await clerk.getByTestId("save-bar").textContent()).toContain("9 số liệu sẽ được lưu");
    await screenshot(clerk, "from-nothing-6-entry");
    await clerk.getByTestId("entry-save").click();
    await expect
      .poll(() => clerk.getByTestId("save-bar").textContent())
      .not.toContain("sẽ được lưu");
    await clerk.reload();
    await expect.poll(() => clerk.getByTestId("value-dan_heo-total").inputValue()).toBe("1.250");
    expect(await clerk.getByTestId("value-rau_dt-total").inputValue()).toBe("60,5");

    await clerk.goto(`${server.url}/todo?${OFFICE}`);
    const row = clerk.locator('tr[data-row-key="PHONG_KINH_TE|kinh_te_thang"]');
    await row.waitFor();
    await clerk.getByTestId("submit-PHONG_KINH_TE-kinh_te_thang").click();
    await row.getByTestId("submission-state-submitted").waitFor();
    // The twelve months' history below follows the send at once: this month, 1 of 1 sent.
    const thisMonth = clerk.locator(`[data-testid="todo-history"] tr[data-row-key="${PERIOD}"]`);
    await expect
      .poll(() => thisMonth.locator("td").nth(2).textContent(), { timeout: 30_000 })
      .toBe("1");
    await settled(clerk);
    await screenshot(clerk, "from-nothing-7-sent");

    // The office: first sign-in, the commune's first report from a blank skeleton.
    const office = await firstSignIn("vanphong", officeCode, "mat-khau-van-phong");
    await office.goto(`${server.url}/report?${COMMUNE}`);
    await office.getByTestId("report-start-blank").click();
    const template = office.getByTestId("report-template");
    await template.waitFor();
    await settled(office);
    await template.click();
    await office.keyboard.press("Control+End");
    await office.keyboard.type(
      "\n## 1. Nông nghiệp\n\nDiện tích lúa gieo trồng {{ ytd(lua_dt) | number:0 }} ha, đạt {{ pct_of(ytd(lua_dt), plan) | percent:1 }} kế hoạch năm và {{ pct_of(ytd(lua_dt), assigned) | percent:1 }} chỉ tiêu tỉnh giao; tổng diện tích gieo trồng {{ gieo_trong_dt | number:1 }} ha; tổng đàn heo {{ dan_heo | number:0 }} con.",
    );
    const preview = office.frameLocator('[data-testid="report-preview"]');
    await expect
      .poll(() => preview.locator("body").textContent(), { timeout: 60_000 })
      .toContain("Diện tích lúa gieo trồng 420 ha, đạt 84,0% kế hoạch năm và 70,0% chỉ tiêu");
    const body = (await preview.locator("body").textContent()) ?? "";
    expect(body).toContain("tổng diện tích gieo trồng 515,5 ha; tổng đàn heo 1.250 con.");
    expect(body).toContain("ỦY BAN NHÂN DÂN XÃ MỚI");
    expect(body).toContain(`TÌNH HÌNH KINH TẾ - XÃ HỘI THÁNG ${MONTH} NĂM ${YEAR}`);
    expect(await seriousAxeViolations(office)).toEqual([]);

    await office.getByTestId("report-save").click();
    await expect
      .poll(() => office.getByTestId("report-save").isDisabled(), { timeout: 30_000 })
      .toBe(true);
    // Issuing is the leader's (report.issue): the office's draft is kept, figures and all.
    expect(await office.getByTestId("report-issue").count()).toBe(0);
    await office.reload();
    await expect
      .poll(() => office.getByTestId("report-template").inputValue())
      .toContain("Diện tích lúa gieo trồng {{ ytd(lua_dt) | number:0 }} ha");
    expect(await office.getByTestId("report-status").textContent()).toBe("v1 · Nháp");
    await settled(office);
    await screenshot(office, "from-nothing-8-report");
  });
});
