import { readFileSync } from "node:fs";
import Papa from "papaparse";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import messages from "../../src/i18n/messages/query.json";
import { LINK_MAX_NUMBER, QUERY_TIME_LIMIT_MS, RESULT_BYTE_LIMIT } from "../../src/client/query/limits.ts";
import { readCsvTable } from "../../src/data/observatory-data.ts";
import { formatMessage } from "../../src/i18n/format-message.ts";
import { formatBytes, formatters } from "../../src/lib/format.ts";
import {
  axeViolations,
  launchBrowser,
  markupOf,
  openPage,
  outsideRequests,
  recordRequests,
  type OpenedPage,
} from "./browser.ts";

const baseUrl = inject("baseUrl");
let browser: Browser;

const codebook = readCsvTable("codebook");
const tableNames = [...new Set(codebook.map((row) => row.table_name!))].sort();

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Opens the workspace and waits until DuckDB is ready and the schema listed. */
async function openWorkspace(path: string): Promise<OpenedPage> {
  // bypassCSP (openPage's default) only so that axe can be injected; one test runs under the real policy.
  const opened = await openPage(browser, `${baseUrl}${path}`);
  await opened.page.waitForSelector("[data-query-schema] details", { timeout: 30_000 });
  // The schema comes from the build at once: DuckDB's readiness is its own signal.
  await opened.page.waitForFunction(() => performance.getEntriesByName("query-duckdb-ready").length > 0, null, {
    timeout: 30_000,
  });
  return opened;
}

const workspace = (page: Page) => page.locator("[data-query-workspace]");
const runs = async (page: Page) => Number(await workspace(page).getAttribute("data-runs"));

/** Waits for the run after `before` ended runs to end; returns the workspace's state. */
async function nextRunEnd(page: Page, before: number, timeout = 30_000): Promise<string> {
  await page.waitForFunction(
    (n) => Number(document.querySelector<HTMLElement>("[data-query-workspace]")!.dataset.runs) > n,
    before,
    { timeout },
  );
  return (await workspace(page).getAttribute("data-state"))!;
}

/** Types `sql` into the editor, runs it with the button and waits for the run to end. */
async function run(page: Page, sql: string): Promise<string> {
  const before = await runs(page);
  await page.fill("#query-sql", sql);
  await page.click("[data-query-run]");
  return nextRunEnd(page, before);
}

/** How the database reached DuckDB: "download" (its gzipped copy) or "ranges" (the engine-attached mark's detail). */
const attachedBy = (page: Page) =>
  page.evaluate(() => (performance.getEntriesByName("engine-attached")[0] as PerformanceMark | undefined)?.detail);

const status = (page: Page) => page.locator("[data-query-status]").textContent();
const alertText = async (page: Page) => (await page.getByRole("alert").textContent()) ?? "";

describe.each(["fr", "nl", "en"] as const)("SQL workspace in %s", (language) => {
  let opened: OpenedPage;
  const t = messages[language];
  beforeAll(async () => {
    opened = await openWorkspace(`/${language}/query/`);
  });
  afterAll(() => opened.page.close());

  it("is in its language, with its heading", async () => {
    expect(await opened.page.getAttribute("html", "lang")).toBe(language);
    expect(await opened.page.getByRole("heading", { level: 1 }).textContent()).toBe(t["query.heading"]);
  });

  it("lists every table and column, described in the page's language from the codebook", async () => {
    const { page } = opened;
    expect((await page.locator("[data-query-schema] summary code").allTextContents()).sort()).toEqual(tableNames);
    // A table's columns are written when it is opened, not the 696 of them at the page's start.
    expect(await page.locator("[data-query-schema] details:not([open]) dt").count()).toBe(0);
    await page.locator("[data-query-schema] summary", { hasText: "fragility_robustness" }).click();
    const described = codebook.find((row) => row.table_name === "fragility_robustness" && row.column_name)!;
    const details = page.locator("[data-query-schema] details[open]");
    expect(await details.locator("dt code").allTextContents()).toEqual(
      codebook
        .filter((row) => row.table_name === "fragility_robustness" && row.column_name)
        .map((row) => row.column_name),
    );
    expect(await details.textContent()).toContain(described[`description_${language}`]);
  });

  it("runs an example in one click: typed columns, row count, time and a bar chart", async () => {
    const { page } = opened;
    const before = await runs(page);
    await page.getByRole("button", { name: t["query.example.communePopulation"] }).click();
    expect(await nextRunEnd(page, before)).toBe("done");
    expect(await page.locator("[data-query-table] tbody tr").count()).toBe(19);
    expect(await page.locator("[data-query-table] thead th").allTextContents()).toEqual([
      "commune VARCHAR",
      "population INTEGER",
    ]);
    expect(await page.locator("[data-query-summary]").textContent()).toMatch(/19.*2.*\d+\s?(ms|s)/);
    const chart = page.locator("[data-query-chart] [role=img]");
    await chart.waitFor();
    expect(await chart.getAttribute("aria-label")).toContain("population");
    expect(await page.locator("[data-query-chart] rect").count()).toBeGreaterThanOrEqual(19);
    expect(new URL(page.url()).searchParams.get("q")).toContain("FROM communes");
  });

  it("has no WCAG 2.2 A/AA violation (axe), with a result and with an error", async () => {
    const { page } = opened;
    expect(await axeViolations(page)).toEqual([]);
    expect(await run(page, "SELEC 1")).toBe("error");
    expect(await axeViolations(page)).toEqual([]);
  });

  it("downloads the gzipped database once, whole, and never reads the 16 MB file by ranges", async () => {
    const copies = opened.responses.filter((r) => r.url.endsWith("/data/observatory.duckdb.gz"));
    expect(copies.map((r) => r.status)).toEqual([200]);
    expect(opened.responses.filter((r) => r.url.endsWith("/data/observatory.duckdb"))).toEqual([]);
    expect(await attachedBy(opened.page)).toBe("download");
  });

  it("loads nothing from outside 127.0.0.1", () => {
    expect(opened.requests.some((url) => /duckdb-eh.*\.wasm|duckdb-mvp.*\.wasm/.test(url))).toBe(true);
    expect(outsideRequests(opened.requests)).toEqual([]);
  });
});

describe("SQL workspace", () => {
  let opened: OpenedPage;
  const t = messages.en;
  beforeAll(async () => {
    opened = await openWorkspace("/en/query/");
  });
  afterAll(() => opened.page.close());

  it("lets the keyboard alone write and run a query", async () => {
    const { page } = opened;
    for (let presses = 0; presses < 40; presses++) {
      await page.keyboard.press("Tab");
      if (await page.evaluate(() => document.activeElement?.id === "query-sql")) break;
    }
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("query-sql");
    await page.keyboard.press("ControlOrMeta+A");
    await page.keyboard.type("SELECT name_en AS bassin, population FROM bassins ORDER BY population DESC");
    let before = await runs(page);
    await page.keyboard.press("Control+Enter");
    expect(await nextRunEnd(page, before)).toBe("done");
    expect(await page.locator("[data-query-table] tbody tr").count()).toBe(5);
    // Tab leaves the editor for the Run button, which Enter presses.
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(t["query.run"]);
    before = await runs(page);
    await page.keyboard.press("Enter");
    expect(await nextRunEnd(page, before)).toBe("done");
    // The highlighted copy behind the textarea shows what was typed.
    expect(await page.locator("[data-editor-overlay] .tok-keyword").first().textContent()).toBe("SELECT");
  });

  it("keeps the query in the address, so that a link reproduces it", async () => {
    const link = opened.page.url();
    expect(new URL(link).searchParams.get("q")).toBe(
      "SELECT name_en AS bassin, population FROM bassins ORDER BY population DESC",
    );
    const page = await browser.newPage();
    await page.goto(link);
    await page.waitForSelector("[data-query-workspace][data-state=done]", { timeout: 30_000 });
    expect(await page.inputValue("#query-sql")).toBe(
      "SELECT name_en AS bassin, population FROM bassins ORDER BY population DESC",
    );
    expect(
      await page
        .locator("[data-query-table] tbody tr th, [data-query-table] tbody tr td:first-child")
        .allTextContents(),
    ).toEqual(["South", "Centre-West", "North", "North-East", "South-East"]);
    await page.close();
  });

  it("keeps the query when switching language", async () => {
    const page = await browser.newPage();
    await page.goto(opened.page.url());
    await page.waitForSelector("[data-query-workspace][data-state=done]", { timeout: 30_000 });
    await page.getByRole("link", { name: "Nederlands" }).click();
    await page.waitForURL(/\/nl\/query\/\?q=/);
    // The page's script fills the editor from the address: wait until it has run the query.
    await page.waitForSelector("[data-query-workspace][data-state=done]", { timeout: 30_000 });
    expect(await page.inputValue("#query-sql")).toBe(
      "SELECT name_en AS bassin, population FROM bassins ORDER BY population DESC",
    );
    await page.close();
  });

  it("shows DuckDB's error in plain words next to the editor and stays usable", async () => {
    const { page } = opened;
    expect(await run(page, "SELECT nom FROM quartiers")).toBe("error");
    const alert = await alertText(page);
    expect(alert).toContain(t["query.error.column"]);
    expect(alert).toContain('Referenced column "nom" not found');
    expect(await run(page, "SELECT count(*) AS n FROM quartiers")).toBe("done");
    expect(await alertText(page)).toBe("");
  });

  it("cannot write to the database: INSERT fails with a clear message", async () => {
    const { page } = opened;
    expect(await run(page, "INSERT INTO quartiers (quartier_code) VALUES ('999')")).toBe("error");
    expect(await alertText(page)).toContain(t["query.error.readOnly"]);
    expect(await alertText(page)).toMatch(/read-only mode/);
    expect(await run(page, "CREATE TABLE scratch AS SELECT 1 AS x")).toBe("error");
    expect(await run(page, "SELECT count(*) AS n FROM quartiers")).toBe("done");
    expect(await page.locator("[data-query-table] tbody td").textContent()).toBe("145");
  });

  it("runs scripts: a temporary table, then a query on it", async () => {
    const { page } = opened;
    expect(
      await run(
        page,
        "CREATE TEMP TABLE big AS SELECT * FROM communes WHERE population > 100000;\nSELECT count(*) AS n FROM big;",
      ),
    ).toBe("done");
    expect(await page.locator("[data-query-table] tbody td").textContent()).toBe("3");
  });

  it("reads no file or URL and fetches no extension", async () => {
    const { page } = opened;
    expect(await run(page, `SELECT * FROM read_csv('${baseUrl}/data/tables/bassins.csv')`)).toBe("error");
    expect(await alertText(page)).toContain(t["query.error.files"]);
    expect(await run(page, "SELECT * FROM read_parquet('x.parquet')")).toBe("error");
    expect(await alertText(page)).toContain(t["query.error.extension"]);
    expect(outsideRequests(opened.requests)).toEqual([]);
  });

  it.each([
    [
      "the Cancel button",
      "SELECT count(*) FROM range(1000000000000) AS a, range(1000000000000) AS b",
      "button",
      "bassins",
    ],
    [
      "Escape in the editor",
      "SELECT count(*) FROM indicators AS a, indicators AS b, indicators AS c",
      "escape",
      "communes",
    ],
  ])("cancels a runaway query with %s and stays responsive", async (_, sql, how, table) => {
    const { page } = opened;
    const before = await runs(page);
    await page.fill("#query-sql", sql);
    await page.click("[data-query-run]");
    await page.waitForSelector("[data-query-workspace][data-state=running]");
    await page.waitForTimeout(1000);
    expect(await workspace(page).getAttribute("data-state")).toBe("running");
    // The page answers while DuckDB works in its worker.
    const started = Date.now();
    await page.locator("[data-query-schema] summary", { hasText: table }).click();
    expect(await page.locator("[data-query-schema] details[open] summary code").allTextContents()).toContain(table);
    expect(Date.now() - started).toBeLessThan(1000);
    if (how === "button") await page.getByRole("button", { name: t["query.cancel"] }).click();
    else {
      await page.focus("#query-sql");
      await page.keyboard.press("Escape");
    }
    expect(await nextRunEnd(page, before, 5000)).toBe("cancelled");
    expect(await status(page)).toMatch(/^Query cancelled after/);
    expect(await run(page, "SELECT 42 AS answer")).toBe("done");
    expect(await page.locator("[data-query-table] tbody td").textContent()).toBe("42");
  });

  it("shows the first 10,000 rows in pages and downloads the whole result as international CSV (UTF-8 without BOM, comma, decimal point)", async () => {
    const { page } = opened;
    // Every year of every indicator: the published table's own length, more than the 10,000 shown.
    const published = readCsvTable("indicators").length;
    expect(published).toBeGreaterThan(10_000);
    expect(
      await run(
        page,
        "SELECT i.*, 'a,b \"c\"' AS tricky, 'Molenbeek-Saint-Jean — Sint-Jans-Molenbeek' AS accents FROM indicators AS i ORDER BY ALL",
      ),
    ).toBe("done");
    expect(await page.locator("[data-query-summary]").textContent()).toContain(published.toLocaleString("en"));
    expect(await page.locator("[data-query-notes]").textContent()).toContain("10,000");
    expect(await page.locator("[data-query-table] tbody tr").count()).toBe(50);
    expect(await page.locator(".pager-position").textContent()).toBe("Rows 1 to 50 of 10,000");
    await page.getByRole("button", { name: t["query.pager.next"] }).click();
    expect(await page.locator(".pager-position").textContent()).toBe("Rows 51 to 100 of 10,000");

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: t["query.download"] }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(t["query.download.filename"]);
    const bytes = readFileSync((await download.path())!);
    expect(bytes[0]).not.toBe(0xef);
    const text = bytes.toString("utf8");
    const lines = text.split("\r\n");
    expect(lines[0]).toBe(
      "level,territory_code,indicator_id,year,value,numerator,denominator,flag,ci_low,ci_high,region_comparison,series_break,tricky,accents",
    );
    expect(lines.at(-1)).toBe("");
    const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toHaveLength(published);
    expect(parsed.data[0]!.tricky).toBe('a,b "c"');
    expect(parsed.data[0]!.accents).toBe("Molenbeek-Saint-Jean — Sint-Jans-Molenbeek");
  });

  it("draws two number columns as a scatter plot", async () => {
    const { page } = opened;
    const before = await runs(page);
    await page.getByRole("button", { name: t["query.example.fragilityGpNeed"] }).click();
    expect(await nextRunEnd(page, before)).toBe("done");
    await page.locator("[data-query-chart] [role=img]").waitFor();
    expect(await page.locator("[data-query-chart] circle").count()).toBe(
      await page
        .locator("[data-query-summary]")
        .textContent()
        .then((s) => Number(/\d+/.exec(s!)![0])),
    );
  });

  it("runs under the site's Content-Security-Policy", async () => {
    const { page, errors } = await openPage(
      browser,
      `${baseUrl}/en/query/?q=${encodeURIComponent("SELECT count(*) AS n FROM sectors")}`,
      { bypassCSP: false },
    );
    await page.waitForSelector("[data-query-workspace][data-state=done]", { timeout: 30_000 });
    expect(await page.locator("[data-query-table] tbody td").textContent()).toBe("724");
    expect(errors).toEqual([]);
    // The policy lets the download worker fetch and inflate the gzipped database.
    expect(await attachedBy(page)).toBe("download");
    await page.close();
  });
});

describe("SQL workspace against hostile links and statements", () => {
  let opened: OpenedPage;
  const t = messages.en;
  const held = (reason: string) => formatMessage(t["query.link.held"], { reason, run: t["query.run"] });
  const linkNotice = (page: Page) => page.getByRole("note");
  const answers = async (page: Page) => {
    expect(await run(page, "SELECT count(*) AS n FROM quartiers")).toBe("done");
    expect(await page.locator("[data-query-table] tbody td").textContent()).toBe("145");
    expect(await alertText(page)).toBe("");
  };
  beforeAll(async () => {
    opened = await openWorkspace("/en/query/");
  });
  afterAll(() => opened.page.close());

  it("shows a shared link's SELECT repeat('x', 500000000) without running it, ends it on Run with the size limit, and answers the next query", async () => {
    const sql = "SELECT repeat('x', 500000000)";
    // Before: the link ran on open and the tab crashed while the schema waited for it.
    const { page } = await openWorkspace(`/en/query/?q=${encodeURIComponent(sql)}`);
    expect(await page.inputValue("#query-sql")).toBe(sql);
    expect(await runs(page)).toBe(0);
    expect(await workspace(page).getAttribute("data-state")).toBe("ready");
    expect(await linkNotice(page).textContent()).toBe(
      held(formatMessage(t["query.link.number"], { max: formatters("en").count(LINK_MAX_NUMBER) })),
    );
    await page.getByRole("button", { name: t["query.run"] }).click();
    expect(await nextRunEnd(page, 0, 90_000)).toBe("error");
    expect(await alertText(page)).toBe(
      formatMessage(t["query.error.resultSize"], { size: formatBytes(RESULT_BYTE_LIMIT, "en") }),
    );
    expect(await linkNotice(page).count()).toBe(0);
    await answers(page);
    await page.close();
  }, 150_000);

  it("does not run `USE memory; DETACH obs` from a link, refuses it on Run, and still answers after a reload", async () => {
    const sql = "USE memory; DETACH obs";
    const { page } = await openWorkspace(`/en/query/?q=${encodeURIComponent(sql)}`);
    expect(await runs(page)).toBe(0);
    expect(await linkNotice(page).textContent()).toBe(held(t["query.link.statements"]));
    await page.getByRole("button", { name: t["query.run"] }).click();
    expect(await nextRunEnd(page, 0)).toBe("error");
    expect(await alertText(page)).toBe(`${t["query.error.refusedDatabase"]}USE memory`);
    await page.reload();
    await page.waitForSelector("[data-query-schema] details", { timeout: 30_000 });
    expect(await runs(page)).toBe(0);
    expect(await page.inputValue("#query-sql")).toBe(sql);
    await answers(page);
    await page.close();
  });

  it.each([
    ["USE memory", "refusedDatabase"],
    ["DETACH obs", "refusedDatabase"],
    ["ATTACH ':memory:' AS scratch", "refusedDatabase"],
    ["SET search_path = 'memory'", "refusedDatabase"],
    ["RESET search_path", "refusedDatabase"],
    ["INSTALL httpfs", "refusedExtension"],
    ["LOAD httpfs", "refusedExtension"],
    ["FORCE INSTALL httpfs", "refusedExtension"],
  ] as const)("refuses `%s` before it reaches DuckDB, with a clear message", async (sql, hint) => {
    const { page } = opened;
    expect(await run(page, `SELECT 1 AS first;\n${sql};`)).toBe("error");
    expect(await alertText(page)).toBe(`${t[`query.error.${hint}`]}${sql}`);
    expect(await status(page)).toBe(t["query.status.failed"]);
    await answers(page);
  });

  it("runs the first query after Cancel, on the restarted DuckDB when a step did not stop", async () => {
    const { page } = opened;
    const before = await runs(page);
    await page.fill("#query-sql", "SELECT repeat('x', 500000000)");
    await page.click("[data-query-run]");
    await page.waitForSelector("[data-query-workspace][data-state=running]");
    // DuckDB builds the string in one long step, which no cancel reaches: the worker is replaced.
    await page.waitForTimeout(1000);
    await page.getByRole("button", { name: t["query.cancel"] }).click();
    expect(await nextRunEnd(page, before, 10_000)).toBe("cancelled");
    expect(await run(page, "SELECT 42 AS answer")).toBe("done");
    expect(await page.locator("[data-query-table] tbody td").textContent()).toBe("42");
    expect(await alertText(page)).toBe("");
  });

  it("stops a query at the time limit with a clear message, and answers the next query", async () => {
    const page = await browser.newPage();
    // The page's clock, moved forward on demand: the limit is reached without waiting for it.
    await page.clock.install();
    await page.goto(`${baseUrl}/en/query/`);
    // The time limit counts from DuckDB's readiness (the schema shows before it, from the build).
    await page.waitForSelector("[data-query-workspace][data-state=ready]", { timeout: 30_000 });
    const before = await runs(page);
    // Endless but flat in memory: it runs until it is stopped.
    await page.fill("#query-sql", "SELECT sum(hash(i)) AS h FROM range(1000000000000) AS t(i)");
    await page.click("[data-query-run]");
    await page.waitForSelector("[data-query-workspace][data-state=running]");
    await page.clock.fastForward(QUERY_TIME_LIMIT_MS);
    expect(await nextRunEnd(page, before, 10_000)).toBe("error");
    expect(await alertText(page)).toBe(
      formatMessage(t["query.error.timeLimit"], { time: formatters("en").duration(QUERY_TIME_LIMIT_MS) }),
    );
    await answers(page);
    await page.close();
  });
});

describe("the workspace's start", () => {
  it("says the download's progress a few times a second, not once per network chunk", async () => {
    const page = await browser.newPage();
    // Every rewrite of the status line is main-thread work while the page loads.
    await page.addInitScript(() => {
      const counted = window as unknown as { statusChanges: number };
      counted.statusChanges = 0;
      document.addEventListener("DOMContentLoaded", () => {
        const line = document.querySelector("[data-query-status]")!;
        new MutationObserver((changes) => (counted.statusChanges += changes.length)).observe(line, {
          childList: true,
          characterData: true,
          subtree: true,
        });
      });
    });
    await page.goto(`${baseUrl}/en/query/`);
    await page.waitForFunction(() => performance.getEntriesByName("query-duckdb-ready").length > 0, null, {
      timeout: 30_000,
    });
    const changes = await page.evaluate(() => (window as unknown as { statusChanges: number }).statusChanges);
    const ms = await page.evaluate(() => performance.getEntriesByName("query-duckdb-ready")[0]!.startTime);
    // One download report per 250 ms, plus the phases (start, compile, open, attach, ready).
    expect(changes).toBeLessThanOrEqual(Math.ceil(ms / 250) + 8);
    await page.close();
  });

  it("holds the first example's result in the page itself: shown without scripts, and the same table once the workspace took it over", async () => {
    const t = messages.fr;
    const caption = /^Résultat de la requête \(lignes : 20, colonnes : 5\)$/;
    const noScript = await browser.newContext({ javaScriptEnabled: false });
    const still = await noScript.newPage();
    await still.goto(`${baseUrl}/fr/query/`);
    const builtTable = still.getByRole("table", { name: caption });
    await expect.poll(() => builtTable.isVisible()).toBe(true);
    expect(await builtTable.locator("tbody tr").count()).toBe(20);
    expect(await still.locator("[data-query-summary]").textContent()).toContain(
      "résultat calculé lors de la construction du site",
    );
    expect(await still.getByRole("button", { name: t["query.download"] }).isDisabled()).toBe(true);
    const served = await builtTable.evaluate(markupOf);
    await noScript.close();

    const page = await browser.newPage();
    // The engine's module held back: what shows comes from the page and the build's JSON only.
    await page.route(/\.wasm$/, () => undefined);
    const jsonRequests: string[] = [];
    page.on("request", (request) => {
      if (request.url().endsWith("/site-data/query-fr.json")) jsonRequests.push(request.url());
    });
    await page.goto(`${baseUrl}/fr/query/`);
    const download = page.getByRole("button", { name: t["query.download"] });
    await expect.poll(() => download.isEnabled(), { timeout: 10_000 }).toBe(true);
    const results = page.locator("[data-query-results]");
    expect(await results.getAttribute("data-source")).toBe("precomputed");
    expect(await results.getAttribute("data-prerendered")).toBeNull();
    expect(await page.getByRole("table", { name: caption }).evaluate(markupOf)).toBe(served);
    expect(await workspace(page).getAttribute("data-state")).toBe("starting");
    // Preloaded by the page's head, and that one request is the one the workspace reads.
    expect(await page.locator('link[rel=preload][href="/site-data/query-fr.json"]').count()).toBe(1);
    expect(jsonRequests).toHaveLength(1);
    await page.close();
  });

  it("does not show the example's result under a shared link's other query", async () => {
    const page = await browser.newPage();
    await page.route(/\.wasm$/, () => undefined);
    await page.goto(`${baseUrl}/en/query/?q=${encodeURIComponent("SELECT 42 AS answer")}`);
    await page.waitForFunction(() => document.querySelector("[data-query-workspace]")?.getAttribute("data-state"));
    expect(await page.locator("#query-sql").inputValue()).toBe("SELECT 42 AS answer");
    expect(await page.locator("[data-query-results]").isHidden()).toBe(true);
    expect(await page.locator("[data-query-results]").getAttribute("data-prerendered")).toBeNull();
    await page.close();
  });

  it("reads the database by HTTP ranges when its gzipped copy cannot be had, and answers", async () => {
    const page = await browser.newPage();
    await page.route("**/data/observatory.duckdb.gz", (route) => route.fulfill({ status: 404, body: "missing" }));
    const statuses: number[] = [];
    page.on("response", (response) => {
      if (new URL(response.url()).pathname === "/data/observatory.duckdb") statuses.push(response.status());
    });
    await page.goto(`${baseUrl}/en/query/?q=${encodeURIComponent("SELECT count(*) AS n FROM quartiers")}`);
    await page.waitForSelector("[data-query-workspace][data-state=done]", { timeout: 30_000 });
    expect(await page.locator("[data-query-table] tbody td").textContent()).toBe("145");
    expect(await attachedBy(page)).toBe("ranges");
    expect(statuses.length).toBeGreaterThan(1);
    expect(statuses.every((status) => status === 206)).toBe(true);
    await page.close();
  });
});

describe("the home page", () => {
  it("never loads DuckDB", async () => {
    const page = await browser.newPage();
    const requests = recordRequests(page);
    await page.goto(`${baseUrl}/en/`, { waitUntil: "networkidle" });
    expect(requests.filter((url) => /duckdb|\.wasm/.test(url))).toEqual([]);
    await page.close();
  });
});
