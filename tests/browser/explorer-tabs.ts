/**
 * The explorer shows one view at a time (Map, Chart, Table, Sources, Download tabs over one
 * state): a test that reads or clicks the table or the downloads opens their tab first, as a
 * visitor would.
 */
import type { Page } from "playwright-core";
import type { ExplorerTab } from "../../src/lib/explorer/state.ts";

/** Selects the explorer's tab (by its id: its name is in the page's language) and waits for its panel. */
export async function showExplorerTab(page: Page, tab: ExplorerTab): Promise<void> {
  await page.locator(`#explorer-tab-${tab}`).click();
  await page.locator(`#explorer-panel-${tab}`).waitFor({ state: "visible" });
}
