import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { DEMO_PASSWORD } from "../../src/cli/demo-accounts.ts";
import { formatNumber } from "../../src/core/numbers/index.ts";
import { Accounts } from "../../src/services/accounts/index.ts";
import { changeUnits, unitVersion } from "../../src/services/units-admin/index.ts";
import { chooseOptions } from "./antd-select.ts";
import {
  describeInBrowser,
  newContext,
  PHONE,
  screenshot,
  seriousAxeViolations,
  settled,
  sidewaysOverflow,
  typeDate,
  useDemoBrowser,
} from "./harness.ts";

describeInBrowser("units administration in Chromium, at phone width", () => {
  const demo = useDemoBrowser();

  // The reference town ends on 1 July 2025 (two-level local government): the wards that followed
  // lie under Cần Thơ, so the administrator here is Cần Thơ's.
  beforeAll(async () => {
    await new Accounts(demo.server.engine.store).ensure({
      username: "quantri_ct",
      displayName: "Quản trị Cần Thơ",
      password: DEMO_PASSWORD,
      grants: [{ role: "admin", unit: "CAN_THO" }],
    });
  });

  const contexts: BrowserContext[] = [];
  afterAll(async () => {
    for (const context of contexts) await context.close();
  });

  /** Signs Cần Thơ's administrator in at phone width (not a demo account, so not `session`). */
  async function signInCityAdmin(): Promise<Page> {
    const context = await newContext(demo.browser, PHONE);
    contexts.push(context);
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    await page.goto(`${demo.server.url}/login`);
    await page.getByTestId("login-username").fill("quantri_ct");
    await page.getByTestId("login-password").fill(DEMO_PASSWORD);
    await page.getByTestId("login-submit").click();
    await page.getByTestId("user-name").waitFor();
    return page;
  }

  async function showTree(page: Page, date: string): Promise<void> {
    await typeDate(page, "units-as-of", date);
    await settled(page);
  }

  async function act(page: Page, unit: string, name: string): Promise<void> {
    await page.getByTestId(`unit-${unit}`).click();
    await page.getByTestId(`unit-act-${name}`).click();
    await page.getByTestId("act-date").waitFor();
  }

  async function previewThenSave(page: Page): Promise<void> {
    await page.getByTestId("act-preview").click();
    await page.getByTestId("unit-act-preview").waitFor();
    await page.getByTestId("act-save").click();
    await page.getByTestId("unit-act-dialog").waitFor({ state: "detached" });
    await settled(page);
  }

  it("adds a commune, renames it and merges two wards, with a preview of the remapped figures", async () => {
    const page = await signInCityAdmin();
    await page.goto(`${demo.server.url}/units`);
    await page.getByTestId("units-as-of").waitFor();
    await showTree(page, "01/01/2026");

    // Thêm đơn vị trực thuộc Cần Thơ từ 01/01/2026.
    await act(page, "CAN_THO", "add");
    await typeDate(page, "act-date", "01/01/2026");
    await page.getByTestId("act-code").fill("xa_tan_moi");
    await page.getByTestId("act-name-vi").fill("Xã Tân Mới");
    await page.getByTestId("act-basis").fill("Nghị quyết số 1234/NQ-UBTVQH15");
    await page.getByTestId("act-comment").fill("Thành lập xã mới");
    await previewThenSave(page);
    await page.getByTestId("unit-XA_TAN_MOI").waitFor();

    // Đổi tên từ 01/03/2026.
    await act(page, "XA_TAN_MOI", "rename");
    await typeDate(page, "act-date", "01/03/2026");
    await page.getByTestId("act-name-vi").fill("Xã Tân Mới Ngã Năm");
    await page.getByTestId("act-name-en").fill("Tan Moi Nga Nam");
    await previewThenSave(page);
    await expect.poll(() => page.getByTestId("unit-audit").textContent()).toContain("Đổi tên");
    await showTree(page, "01/03/2026");
    expect(await page.getByTestId("unit-XA_TAN_MOI").textContent()).toContain("Xã Tân Mới Ngã Năm");

    // Sáp nhập Phường Mỹ Quới vào Phường Ngã Năm từ 01/07/2026: the preview reads the figures
    // of 2023 as reports will after the merge — the five wards and communes of 2023, summed.
    await act(page, "PHUONG_NGA_NAM", "merge");
    await typeDate(page, "act-date", "01/07/2026");
    await chooseOptions(page, "act-sources", ["PHUONG_MY_QUOI"]);
    await page.keyboard.press("Escape");
    await page.getByTestId("act-basis").fill("Nghị quyết số 1235/NQ-UBTVQH15");
    await page.getByTestId("act-comment").fill("Sáp nhập hai phường");
    await page.getByTestId("act-preview").click();
    const preview = page.getByTestId("unit-act-preview");
    await preview.waitFor();
    await settled(page);

    const table = preview.locator("[data-testid^='preview-figure-']").first();
    const indicator = ((await table.getAttribute("data-testid")) ?? "").replace(
      "preview-figure-",
      "",
    );
    const heading = (await preview.locator("h2").last().textContent()) ?? "";
    const [month, year] = (heading.match(/(\d{2})\/(\d{4})/) ?? []).slice(1);
    const period = `${year}-${month}`;
    const rows = await demo.server.engine.query({
      indicators: [indicator],
      units: ["PHUONG_1", "PHUONG_2", "PHUONG_3", "PHUONG_VINH_QUOI", "XA_MY_QUOI"],
      periods: [period],
      measures: ["value"],
    });
    const sum = rows.reduce((total, r) => total + (r.value?.value ?? 0), 0);
    const decimals = demo.server.engine.catalogue.byCode.get(indicator)?.decimals ?? 0;
    const merged = preview.getByTestId(`preview-row-${indicator}-PHUONG_NGA_NAM`);
    expect(await merged.locator("td").last().textContent()).toBe(
      formatNumber(sum, { decimals, minDecimals: 0, locale: "vi" }),
    );
    expect(
      await preview
        .getByTestId(`preview-row-${indicator}-PHUONG_MY_QUOI`)
        .locator("td")
        .last()
        .textContent(),
    ).toBe("không còn");
    await screenshot(page, "60-units-merge-preview");
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(await sidewaysOverflow(page)).toBe(0);

    await page.getByTestId("act-save").click();
    await page.getByTestId("unit-act-dialog").waitFor({ state: "detached" });
    await showTree(page, "01/07/2026");
    await page.getByTestId("unit-PHUONG_NGA_NAM").waitFor();
    expect(await page.getByTestId("unit-PHUONG_MY_QUOI").count()).toBe(0);
    await showTree(page, "30/06/2026");
    await page.getByTestId("unit-PHUONG_MY_QUOI").waitFor();

    await page.getByTestId("unit-PHUONG_NGA_NAM").click();
    await expect
      .poll(() => page.getByTestId("unit-audit").textContent())
      .toContain("Sáp nhập hai phường");
    await screenshot(page, "61-units-history");
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(await sidewaysOverflow(page)).toBe(0);
  });

  it("splits by weights: a wrong total is refused in words, a change made meanwhile offers Tải lại", async () => {
    const page = await signInCityAdmin();
    await page.goto(`${demo.server.url}/units`);
    await page.getByTestId("units-as-of").waitFor();
    await showTree(page, "01/01/2027");
    await act(page, "XA_TAN_LONG", "split");
    await typeDate(page, "act-date", "01/01/2027");
    await page.getByTestId("share-2-code").fill("XA_TAN_LONG_B");
    await page.getByTestId("share-2-name").fill("Xã Tân Long B");
    await page.getByTestId("share-2-weight").fill("0,4");
    await page.getByTestId("act-preview").click();
    await expect.poll(() => page.getByTestId("act-error").textContent()).toMatch(/phải bằng 1/);
    await screenshot(page, "62-units-split-refused");
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(await sidewaysOverflow(page)).toBe(0);

    await page.getByTestId("share-2-weight").fill("0,5");
    await page.getByTestId("act-preview").click();
    const preview = page.getByTestId("unit-act-preview");
    await preview.waitFor();
    expect(await preview.textContent()).toContain("Xã Tân Long B");

    // Someone renames the commune meanwhile: saving over the version shown is refused.
    const engine = demo.server.engine;
    await changeUnits(
      engine,
      { username: "khac", grants: [{ role: "admin", unit: "CAN_THO" }] },
      {
        act: "rename",
        date: "2026-09-01",
        unit: "XA_TAN_LONG",
        nameVi: "Xã Tân Long Mới",
        nameEn: "Tan Long",
        versions: {
          XA_TAN_LONG: unitVersion(engine.units.units, engine.units.events, "XA_TAN_LONG"),
        },
      },
    );
    await page.getByTestId("act-save").click();
    const error = page.getByTestId("act-error");
    await expect.poll(() => error.textContent()).toContain("vừa được người khác thay đổi");
    expect(await seriousAxeViolations(page)).toEqual([]);
    await error.getByRole("button", { name: "Tải lại" }).click();
    await settled(page);
    await page.getByTestId("act-preview").click();
    await preview.waitFor();
    await page.getByTestId("act-save").click();
    await page.getByTestId("unit-act-dialog").waitFor({ state: "detached" });
    await showTree(page, "01/01/2027");
    await page.getByTestId("unit-XA_TAN_LONG_B").waitFor();
  });

  it("shows no actions to a user who is not an administrator", async () => {
    const page = await demo.session("vanphong", PHONE);
    await page.goto(`${demo.server.url}/units`);
    await page.getByTestId("units-as-of").waitFor();
    await settled(page);
    await page.getByTestId("unit-PHUONG_1").click();
    await page.getByTestId("unit-history").waitFor();
    expect(await page.getByTestId("unit-actions").count()).toBe(0);
  });
});
