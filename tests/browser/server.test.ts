import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import messages from "../../src/i18n/messages/query.json";
import { launchBrowser } from "./browser.ts";

const baseUrl = inject("baseUrl");
const t = messages.en;
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The HTTP statuses the database got: its gzipped copy, and the file's range requests if any. */
function databaseStatuses(page: Page): number[] {
  const statuses: number[] = [];
  page.on("response", (response) => {
    if (/^\/data\/observatory\.duckdb(\.gz)?$/.test(new URL(response.url()).pathname)) statuses.push(response.status());
  });
  return statuses;
}

/** Opens the workspace, runs a count of the quartiers with the Run button, returns the answer shown. */
async function countQuartiers(context: BrowserContext): Promise<{ answer: string | null; statuses: number[] }> {
  const page = await context.newPage();
  const statuses = databaseStatuses(page);
  await page.goto(`${baseUrl}/en/query/`);
  const workspace = page.locator("[data-query-workspace]");
  await page.waitForSelector("[data-query-workspace]:not([data-state=starting])", { timeout: 30_000 });
  if ((await workspace.getAttribute("data-state")) === "error") {
    const answer = await page.getByRole("alert").textContent();
    await page.close();
    return { answer, statuses };
  }
  const before = Number(await workspace.getAttribute("data-runs"));
  await page.getByLabel(t["query.editor.label"]).fill("SELECT count(*) AS n FROM quartiers");
  await page.getByRole("button", { name: t["query.run"], exact: true }).click();
  await page.waitForFunction(
    (n) => Number(document.querySelector<HTMLElement>("[data-query-workspace]")!.dataset.runs) > n,
    before,
    { timeout: 30_000 },
  );
  const answer =
    (await workspace.getAttribute("data-state")) === "done"
      ? await page.locator("[data-query-table] tbody td").textContent()
      : await page.getByRole("alert").textContent();
  await page.close();
  return { answer, statuses };
}

describe("the SQL workspace on the server of npm start", () => {
  it("opens twice in a row in one browser, then answers a guided question (astro preview answered 416)", async () => {
    const context = await browser.newContext();
    try {
      const first = await countQuartiers(context);
      const second = await countQuartiers(context);
      expect([first.answer, second.answer]).toEqual(["145", "145"]);
      // The second visit revalidates what the browser cached (304), or gets it again.
      expect(second.statuses.length).toBeGreaterThan(0);
      expect([...first.statuses, ...second.statuses].filter((status) => status >= 400)).toEqual([]);

      const page = await context.newPage();
      const statuses = databaseStatuses(page);
      await page.goto(`${baseUrl}/en/?g=fragility_index:20:share_within_500m_pharmacy:lt:90`);
      await expect
        .poll(() => page.locator("[data-question-status]").textContent(), { timeout: 30_000 })
        .toMatch(/^\d+ areas answer the question/);
      expect(statuses.filter((status) => status >= 400)).toEqual([]);
      await page.close();
    } finally {
      await context.close();
    }
  });

  it("opens in two browser sessions one after the other", async () => {
    for (let session = 0; session < 2; session++) {
      const context = await browser.newContext();
      try {
        expect((await countQuartiers(context)).answer, `session ${session + 1}`).toBe("145");
      } finally {
        await context.close();
      }
    }
  });
});

describe("an address that does not exist", () => {
  it("gets status 404 and a page in the three languages, each linking to its home page", async () => {
    const page = await browser.newPage();
    const response = await page.goto(`${baseUrl}/nl/nergens/`);
    expect(response?.status()).toBe(404);
    for (const [language, home] of [
      ["fr", "Aller à l'accueil en français"],
      ["nl", "Naar de startpagina in het Nederlands"],
      ["en", "Go to the home page in English"],
    ]) {
      const link = page.getByRole("link", { name: home });
      expect(await link.getAttribute("href")).toBe(`/${language}/`);
    }
    expect(await page.getByRole("heading", { level: 1 }).allTextContents()).toEqual([
      "Page introuvable",
      "Pagina niet gevonden",
      "Page not found",
    ]);
    expect(response?.headers()["content-security-policy"]).toContain("default-src 'self'");
    await page.close();
  });
});
