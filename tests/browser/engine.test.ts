/**
 * Answers before the engine (issue 16): the explorer answers guided questions without DuckDB-WASM,
 * and the workspace's precomputed example results equal what DuckDB-WASM returns for the same SQL.
 */
import { readFileSync } from "node:fs";
import type { Browser, Page, Route } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import messages from "../../src/i18n/messages/query.json";
import explorerMessages from "../../src/i18n/messages/explorer.json";
import siteMessages from "../../src/i18n/messages/site.json";
import { examples } from "../../src/client/query/examples.ts";
import { formatMessage } from "../../src/i18n/format-message.ts";
import { launchBrowser, openPage } from "./browser.ts";

const baseUrl = inject("baseUrl");
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Requests of the query engine: its WebAssembly module, its worker, the database file. */
const engineRequests = (requests: string[]) =>
  requests.filter((url) => /\.wasm$|\.duckdb$|worker[^/]*\.js$/.test(new URL(url).pathname));

describe("guided questions on the explorer", () => {
  it.each([
    ["fr", "fragility_index:20:share_within_500m_pharmacy:lt:90"],
    ["nl", "fragility_index:10:share_within_500m_pharmacy:gt:50"],
    ["en", "share_within_500m_pharmacy:25:fragility_index:gt:0.5"],
    ["en", "share_within_500m_pharmacy:50:fragility_index:lt:0.5"],
    ["fr", "fragility_index:50:share_within_500m_pharmacy:lt:0"],
  ] as const)("answers in %s ?g=%s without requesting the engine", async (language, question) => {
    const { page, requests, errors } = await openPage(browser, `${baseUrl}/${language}/?g=${question}`, {
      bypassCSP: false,
    });
    const status = page.locator("[data-question-status]");
    await expect.poll(() => status.textContent(), { timeout: 10_000 }).not.toBe("");
    const text = (await status.textContent())!;
    const t = explorerMessages[language];
    const matched = await page.locator("[data-rows] tr.match").count();
    expect(text).toBe(
      matched === 0 ? t["explorer.question.none"] : formatMessage(t["explorer.question.result"], { count: matched }),
    );
    // The SQL and the workspace link stay.
    expect(await page.locator("[data-question-sql]").textContent()).toContain("percent_rank()");
    expect(await page.locator("[data-question-workspace]").getAttribute("href")).toMatch(
      new RegExp(`^/${language}/query/\\?q=WITH`),
    );
    await page.waitForLoadState("networkidle");
    expect(engineRequests(requests)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("answers the form's own question at once, still without the engine, and warms it only on intent", async () => {
    const { page, requests } = await openPage(browser, `${baseUrl}/en/`, { bypassCSP: false });
    await page.locator("[data-question-panel] summary").click();
    await page.getByLabel("Threshold").fill("95");
    await page.getByRole("button", { name: explorerMessages.en["explorer.question.run"] }).click();
    await page.waitForURL(/[?&]g=/);
    await expect.poll(() => page.locator("[data-question-status]").textContent()).toMatch(/answer the question/);
    await page.waitForLoadState("networkidle");
    expect(engineRequests(requests)).toEqual([]);
    expect(await page.locator("link[rel=prefetch]").count()).toBe(0);
    // Pointing at the workspace link prefetches the engine's worker and module (at low priority).
    await page.locator("[data-question-workspace]").hover();
    await expect.poll(() => page.locator("link[rel=prefetch]").count()).toBe(2);
    const prefetched = await page
      .locator("link[rel=prefetch]")
      .evaluateAll((links) => links.map((link) => (link as HTMLLinkElement).href));
    expect(prefetched.map((href) => new URL(href).pathname.replace(/\.[\w-]+\.(js|wasm)$/, ".$1"))).toEqual([
      "/_astro/duckdb-browser-eh.worker.js",
      "/_astro/duckdb-eh.wasm",
    ]);
    await page.close();
  });
});

describe("warming the engine on intent", () => {
  it("prefetches nothing on load, and the engine's worker and module when the workspace link is focused", async () => {
    const { page, requests } = await openPage(browser, `${baseUrl}/en/indicators/`, { bypassCSP: false });
    await page.waitForLoadState("networkidle");
    expect(await page.locator("link[rel=prefetch]").count()).toBe(0);
    expect(engineRequests(requests)).toEqual([]);
    const resourcesBefore = await page.evaluate(() => performance.getEntriesByType("resource").length);
    await page
      .getByRole("navigation", { name: siteMessages.en["nav.main"] })
      .getByRole("link", { name: siteMessages.en["nav.query"] })
      .focus();
    await expect.poll(() => page.locator("link[rel=prefetch]").count()).toBe(2);
    // Naming the engine's files loads a few kilobytes of script, not DuckDB's JavaScript (200 kB).
    await page.waitForLoadState("networkidle");
    const loadedOnIntent = await page.evaluate(
      (before) =>
        performance
          .getEntriesByType("resource")
          .slice(before)
          .filter((entry) => (entry as PerformanceResourceTiming).initiatorType !== "link")
          .map((entry) => ({ url: entry.name, bytes: (entry as PerformanceResourceTiming).decodedBodySize })),
      resourcesBefore,
    );
    expect(loadedOnIntent.filter((entry) => entry.bytes > 30_000)).toEqual([]);
    await page.close();
  });
});

/** The result the workspace shows: header cells, and every row as the CSV download gives it. */
async function shownResult(page: Page, language: "fr" | "nl" | "en") {
  const header = await page.locator("[data-query-table] thead th").allTextContents();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: messages[language]["query.download"] }).click(),
  ]);
  return { header, csv: readFileSync((await download.path())!, "utf8") };
}

describe("the workspace's precomputed results", () => {
  it.each(["fr", "en"] as const)(
    "in %s: each example shows the build's result before the engine, equal to DuckDB-WASM's for the same SQL",
    async (language) => {
      const t = messages[language] as Record<string, string>;
      const page = await browser.newPage({ acceptDownloads: true });
      // Hold the engine's module until every precomputed result has been read.
      const held: Route[] = [];
      await page.route(/\.wasm$/, (route) => void held.push(route));
      await page.goto(`${baseUrl}/${language}/query/`);
      const results = page.locator("[data-query-results]");
      // The editor's example shows at once, marked as computed when the site was built.
      await expect.poll(() => results.getAttribute("data-source"), { timeout: 10_000 }).toBe("precomputed");
      const built = new Map<string, Awaited<ReturnType<typeof shownResult>>>();
      for (const example of examples) {
        await page.getByRole("button", { name: t[`query.example.${example.id}`] }).click();
        expect(await page.locator("[data-query-summary]").textContent()).toContain(
          language === "fr"
            ? "résultat calculé lors de la construction du site"
            : "result computed when the site was built",
        );
        expect(await results.getAttribute("data-source")).toBe("precomputed");
        built.set(example.id, await shownResult(page, language));
      }
      expect(await page.locator("[data-query-workspace]").getAttribute("data-state")).toBe("starting");
      for (const route of held) await route.continue();
      await page.unroute(/\.wasm$/);
      await page.waitForFunction(() => performance.getEntriesByName("query-duckdb-ready").length > 0, null, {
        timeout: 30_000,
      });
      for (const example of examples) {
        const runs = Number(await page.locator("[data-query-workspace]").getAttribute("data-runs"));
        await page.getByRole("button", { name: t[`query.example.${example.id}`] }).click();
        await page.waitForFunction(
          (n) => Number(document.querySelector<HTMLElement>("[data-query-workspace]")!.dataset.runs) > n,
          runs,
        );
        expect(await results.getAttribute("data-source")).toBe("engine");
        expect(await shownResult(page, language), example.id).toEqual(built.get(example.id));
      }
      await page.close();
    },
  );
});
