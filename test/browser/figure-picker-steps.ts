import type { Page } from "playwright-core";
import { expect } from "vitest";
import { chooseOption } from "./antd-select.ts";

/**
 * Picks rice output and one measure in "Chèn số liệu" (the report editor's or a department
 * section's), and inserts it at the cursor; returns the figure the picker showed.
 */
export async function pickRiceOutput(page: Page, measure: string): Promise<string> {
  await page.getByTestId("picker-open").click();
  await page.getByTestId("figure-picker").waitFor();
  await chooseOption(page, "picker-indicator", "Sản lượng lúa (tấn)", { typed: "Sản lượng lúa" });
  await page.getByTestId("picker-measure").getByText(measure, { exact: true }).click();
  const preview = page.getByTestId("picker-preview");
  await expect.poll(() => preview.textContent(), { timeout: 30_000 }).toMatch(/\d/);
  const shown = (await preview.textContent()) ?? "";
  await page.getByTestId("picker-insert").click();
  await page.getByTestId("figure-picker").waitFor({ state: "hidden" });
  return shown;
}
