import { expect, it } from "vitest";
import { chooseOption } from "./antd-select.ts";
import {
  describeInBrowser,
  PHONE,
  screenshot,
  seriousAxeViolations,
  settled,
  sidewaysOverflow,
  useDemoBrowser,
} from "./harness.ts";

const TOWN = "unit=NGA_NAM&period=2023-08";

describeInBrowser("targets and target kinds in Chromium", () => {
  const demo = useDemoBrowser();

  it("the admin adds a kind, sets a target of it, and the dashboard shows its column", async () => {
    const admin = await demo.session("admin");
    await admin.goto(`${demo.server.url}/targets?${TOWN}`);
    await admin.getByTestId("targets-table").waitFor();
    await settled(admin);
    await screenshot(admin, "60-targets");

    await admin.getByTestId("tab-kinds").click();
    await admin.getByTestId("kind-add").click();
    await admin.getByTestId("kind-name-vi").fill("Dự toán HĐND xã giao");
    await admin.getByTestId("kind-code").fill("du_toan_hdnd");
    await admin.getByTestId("kind-phrase").fill("dự toán HĐND xã giao");
    await admin.getByTestId("kind-name-en").fill("Budget estimate set by the council");
    await admin.getByTestId("kind-save").click();
    await expect
      .poll(() => admin.getByTestId("kinds-table").textContent())
      .toContain("Dự toán HĐND xã giao");
    await screenshot(admin, "61-target-kinds");

    await admin.getByRole("tab", { name: "Chỉ tiêu", exact: true }).click();
    await admin.getByTestId("target-add").click();
    await chooseOption(admin, "target-indicator", "Thu ngân sách các nguồn");
    await chooseOption(admin, "target-kind", "Dự toán HĐND xã giao", { typed: "Dự toán" });
    await admin.getByTestId("target-value").fill("40000");
    await admin.getByTestId("target-source").fill("Nghị quyết số 45/NQ-HĐND");
    await admin.getByTestId("target-save").click();
    const cell = admin.getByTestId("target-budget_revenue--du_toan_hdnd");
    await cell.waitFor();
    expect(await cell.textContent()).toContain("40.000");

    await admin.goto(`${demo.server.url}/?${TOWN}`);
    const column = admin.getByTestId("target-budget_revenue-du_toan_hdnd");
    await column.waitFor();
    expect(await column.textContent()).toMatch(/%/);
    expect(await admin.locator("th").filter({ hasText: "Dự toán HĐND xã giao" }).count()).toBe(1);
    await screenshot(admin, "62-dashboard-target-kind");
  });

  it("shows the targets at phone width without sideways scrolling, axe-clean", async () => {
    const viewer = await demo.session("admin", PHONE);
    await viewer.goto(`${demo.server.url}/targets?${TOWN}`);
    await viewer.getByTestId("targets-table").waitFor();
    await settled(viewer);
    expect(await viewer.locator("main h1").textContent()).toBe("Chỉ tiêu kế hoạch");
    expect(await sidewaysOverflow(viewer)).toBe(0);
    expect(await seriousAxeViolations(viewer)).toEqual([]);
    await screenshot(viewer, "63-targets-phone");
    await viewer.getByTestId("tab-kinds").click();
    await viewer.getByTestId("kinds-table").waitFor();
    expect(await seriousAxeViolations(viewer)).toEqual([]);
    expect(await sidewaysOverflow(viewer)).toBe(0);
  });
});
