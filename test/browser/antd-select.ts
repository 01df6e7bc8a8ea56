import type { Page } from "playwright-core";
import { expect } from "vitest";

/** An antd Select's list once it has finished opening (no enter/appear motion class left). */
const OPEN_LIST =
  '.ant-select-dropdown:visible:not(.ant-select-dropdown-hidden):not([class*="-enter"]):not([class*="-appear"])';

/**
 * Picks options of the antd Select `testId` by their visible text, as a person would: opens it,
 * waits for the list to finish opening (a click during antd's opening motion can be lost on a
 * loaded machine), types into its search when `search` (the default), clicks the option, and
 * waits until the choice shows in the select. A multiple select stays open; Escape then closes it.
 */
export async function chooseOptions(
  page: Page,
  testId: string,
  choices: readonly (string | { readonly typed: string; readonly text: string })[],
  { search = true }: { readonly search?: boolean } = {},
): Promise<void> {
  await page.getByTestId(testId).click();
  const list = page.locator(OPEN_LIST);
  await list.waitFor();
  // What the select shows: the chosen label of a single select, the tags of a multiple one.
  const shown = page
    .getByTestId(testId)
    .locator(".ant-select-content-has-value, .ant-select-selection-item");
  for (const choice of choices) {
    const { typed, text } = typeof choice === "string" ? { typed: choice, text: choice } : choice;
    if (search) await page.keyboard.type(typed);
    await list.locator(".ant-select-item-option").filter({ hasText: text }).first().click();
    await expect.poll(() => shown.allTextContents()).toContainEqual(expect.stringContaining(text));
  }
}

/** Picks one option of a single antd Select (see `chooseOptions`). */
export async function chooseOption(
  page: Page,
  testId: string,
  text: string,
  options?: { readonly typed?: string; readonly search?: boolean },
): Promise<void> {
  await chooseOptions(page, testId, [{ typed: options?.typed ?? text, text }], options);
}
