import type { Page } from "playwright-core";
import { expect, it } from "vitest";
import type { ReportingRegime } from "../../src/core/regimes/index.ts";
import {
  DESKTOP,
  describeInBrowser,
  PHONE,
  screenshot,
  seriousAxeViolations,
  settled,
  sidewaysOverflow,
  useDemoBrowser,
} from "./harness.ts";

// Phường 1 files a quarterly form besides its monthly one: in September, the third quarter's.
const QUARTERLY: ReportingRegime = {
  code: "ward_quarterly",
  nameVi: "Báo cáo quý của phường",
  frequency: "quarter",
  cutoff: "decree09",
  deadlineDay: 16,
  reportingUnits: ["PHUONG_1"],
  indicators: ["disaster_support_cases"],
};
const WARD = "unit=PHUONG_1&period=2023-09";
const CASES = "value-disaster_support_cases-total";
const JOBS = "value-jobs_created-total";

describeInBrowser("a quarterly form entered as its quarter, on a phone and a desktop", () => {
  // 14 September 2023, 9:00 in Vietnam: the quarter's form is due on the 16th.
  const demo = useDemoBrowser({ clock: () => "2023-09-14T02:00:00.000Z" });
  const url = (path: string) => `${demo.server.url}${path}`;
  const stored = async () =>
    (
      await demo.server.engine.storedValues({
        unitCodes: ["PHUONG_1"],
        periods: ["2023-09"],
        indicatorCodes: ["disaster_support_cases"],
      })
    )[0]?.value;
  let imported = false;
  const withQuarterlyForm = async () => {
    if (imported) return;
    await demo.server.engine.import({ regimes: [QUARTERLY] }, { by: "system", via: "system" });
    imported = true;
  };
  /** The quarter's block: its heading, its words, and the quarter's figure inside it. */
  const expectQuarterBlock = async (page: Page) => {
    const block = page.getByTestId("entry-period-2023-Q3");
    await block.waitFor();
    expect(await block.locator("h2").textContent()).toBe("Báo cáo quý III năm 2023");
    expect(await page.getByTestId("entry-period-intro-2023-Q3").textContent()).toBe(
      "Số liệu của cả quý III năm 2023 (tháng 7–9/2023), theo “Báo cáo quý của phường”: nhập số của cả kỳ, không phải số của riêng tháng 09/2023.",
    );
    expect(await block.getByTestId(CASES).count()).toBe(1);
    // The month's own figures stay under the month's heading.
    const month = page.getByTestId("entry-period-2023-09");
    expect(await month.locator("h2").first().textContent()).toBe("Báo cáo tháng 9 năm 2023");
    expect(await month.getByTestId(JOBS).count()).toBe(1);
    expect(await month.getByTestId(CASES).count()).toBe(0);
  };

  it("points August's form to September and shows the quarter's figures apart there on a desktop, axe-clean", async () => {
    await withQuarterlyForm();
    const page = await demo.session("phuong1", DESKTOP);
    await page.goto(url("/entry?unit=PHUONG_1&period=2023-08"));
    const later = page.getByTestId("entry-later-filings");
    await later.waitFor();
    expect(await later.textContent()).toBe(
      "Báo cáo quý của phường (quý III năm 2023) được nhập vào tháng 09/2023, tháng cuối kỳ. Mở tháng 09/2023",
    );
    expect(await page.getByTestId("entry-period-2023-Q3").count()).toBe(0);
    await page.getByTestId("entry-later-ward_quarterly").click();
    await expectQuarterBlock(page);
    expect(await page.getByTestId("period-picker").inputValue()).toBe("09/2023");
    await settled(page);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, "quarterly-1-entry-desktop");
  });

  it("on a phone, a ward opens its quarterly form from Việc cần làm, enters the quarter's figure, sends it, and sees it", async () => {
    await withQuarterlyForm();
    const page = await demo.session("phuong1", PHONE);
    await page.goto(url(`/todo?${WARD}`));
    const row = page.locator('tr[data-row-key="PHUONG_1|ward_quarterly"]');
    await row.waitFor();
    expect(await row.textContent()).toContain("Báo cáo quý của phường (quý III năm 2023)");
    await row.getByRole("link").click();

    await expectQuarterBlock(page);
    expect(page.url()).toContain("#period-2023-Q3");
    await page.getByTestId(CASES).fill("7");
    await page.getByTestId("entry-save").click();
    await expect.poll(stored).toBe(7);
    await page.reload();
    await page.getByTestId(CASES).waitFor();
    await settled(page);
    expect(await page.getByTestId(CASES).inputValue()).toBe("7");
    expect(await sidewaysOverflow(page)).toBe(0);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, "quarterly-2-entry-phone");

    // Sent, the quarter's figure is locked; the month's form is another form and stays open.
    await page.getByTestId("submit-PHUONG_1-ward_quarterly").click();
    await expect.poll(() => page.getByTestId(CASES).isDisabled()).toBe(true);
    expect(await page.getByTestId(JOBS).isDisabled()).toBe(false);
    await page.goto(url(`/todo?${WARD}`));
    await row.getByTestId("submission-state-submitted").waitFor();
    await screenshot(page, "quarterly-3-todo-sent-phone");
  });
});
