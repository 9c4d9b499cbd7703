/**
 * Sortable tables tell the truth: the header's aria-sort matches the order of the values in the
 * rows, and the first click on a value column puts the worst areas first as the polarity says.
 */
import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, openOk } from "./browser.ts";
import { showExplorerTab } from "./explorer-tabs.ts";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Numbers read from cells ("12.5%", "€1,234", "–"): null for a cell without a value. */
function numbers(texts: string[]): (number | null)[] {
  return texts.map((text) => {
    const digits = text.replace(/[^0-9.\-−]/g, "").replace("−", "-");
    return digits === "" || digits === "-" ? null : Number(digits);
  });
}

/** Whether the values (those present) run in `direction`, and there are enough of them to say. */
function runs(values: (number | null)[], direction: string | null): boolean {
  const present = values.filter((v): v is number => v !== null);
  if (present.length < 10 || direction === null) return false;
  return present.every((v, i) => i === 0 || (direction === "ascending" ? v >= present[i - 1]! : v <= present[i - 1]!));
}

async function clickHeader(page: Page, header: Locator): Promise<string | null> {
  const before = await header.getAttribute("aria-sort");
  await header.getByRole("button").click();
  await expect.poll(async () => (await header.getAttribute("aria-sort")) !== before || before === null).toBe(true);
  return header.getAttribute("aria-sort");
}

describe("explorer table", () => {
  it("sorts the value column worst first on the first click, and aria-sort says how the values run", async () => {
    // The fragility index: higher is worse, so the worst first means the values downwards.
    const { page } = await openOk(browser, "/en/");
    await showExplorerTab(page, "table");
    const table = page.locator("[data-table]");
    const header = table.locator("thead th").filter({ has: page.getByRole("button", { name: "Value", exact: true }) });
    const values = () => table.locator("tbody tr td:nth-child(3)").allTextContents();
    expect(await clickHeader(page, header)).toBe("descending");
    expect(runs(numbers(await values()), "descending")).toBe(true);
    expect(await clickHeader(page, header)).toBe("ascending");
    expect(runs(numbers(await values()), "ascending")).toBe(true);
    await page.context().close();
  });
});

describe("indicator page's table of values", () => {
  it.each([
    ["bim_share", "descending"],
    ["median_income", "ascending"],
  ])("%s: the value column starts worst first (%s) after another column was sorted", async (indicator, first) => {
    const { page } = await openOk(browser, `/en/indicators/${indicator}/`);
    const table = page.locator("table[data-values-table]");
    await table.locator("th .sort-button").first().waitFor();
    const value = table.locator("thead th").nth(2);
    const values = async () =>
      numbers(
        await table
          .locator("tbody tr td.number[data-sort-value]")
          .evaluateAll((cells) => cells.map((c) => (c as HTMLElement).dataset.sortValue!)),
      );
    expect(await value.getAttribute("aria-sort")).toBe(first);
    await clickHeader(page, table.locator("thead th").first());
    expect(await value.getAttribute("aria-sort")).toBeNull();
    expect(await clickHeader(page, value)).toBe(first);
    expect(runs(await values(), first)).toBe(true);
    const second = await clickHeader(page, value);
    expect(second).toBe(first === "ascending" ? "descending" : "ascending");
    expect(runs(await values(), second)).toBe(true);
    await page.context().close();
  });
});
