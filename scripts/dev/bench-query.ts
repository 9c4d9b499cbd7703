/**
 * `npx tsx scripts/bench-query.ts`: the SQL workspace on the built site (dist/), in headless
 * Debian Chromium, against its budgets. Prints JSON (also written to
 * bench-results/bench-query.json) and exits non-zero over budget.
 *
 * - cold: from opening /en/query/?q=<typical query> to its result on screen, in a fresh browser
 *   (empty cache: DuckDB-WASM is downloaded, compiled, started and the database ATTACHed);
 * - warm: the same query run again on the started database, click to result on screen;
 * - the bytes the workspace transfers, as sent here (scripts/serve/site-server.ts sends the
 *   precompressed copies of scripts/compress-assets.ts only where dist/ has them) and as a
 *   server sending those copies for every file that has one would send them.
 *
 * Times are measured inside the page (performance.now() from navigation start, result =
 * the workspace's `data-runs` counter ticking), so Playwright's own latency is not counted.
 */
import { existsSync, mkdirSync, statSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser, Page } from "playwright-core";
import { exampleSql, examples } from "../../src/client/query/examples.ts";
import messages from "../../src/i18n/messages/query.json";
import { startSiteServer } from "../serve/site-server.ts";
import { launchBrowser } from "../../tests/browser/browser.ts";
import { projectRoot } from "../lib/paths.ts";

export const QUERY_BUDGETS = {
  cold_first_result_ms: 2000,
  warm_query_ms: 100,
};
const COLD_RUNS = 5;
const WARM_RUNS = 7;

const typical = examples.find((example) => example.id === "fragilePharmacy")!;
const typicalSql = exampleSql(typical, "en", messages.en["query.example.fragilePharmacy"]);

/** Records, in the page, when each run of the workspace ends (performance.now()). */
function recordRunEnds(): void {
  const ends: number[] = [];
  Object.assign(window, { __runEnds: ends });
  new MutationObserver(() => {
    const root = document.querySelector<HTMLElement>("[data-query-workspace]");
    if (root && Number(root.dataset.runs) > ends.length) ends.push(performance.now());
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ["data-runs"] });
}

async function waitForRuns(page: Page, count: number): Promise<void> {
  await page.waitForFunction((n) => (window as unknown as { __runEnds: number[] }).__runEnds.length >= n, count, {
    timeout: 60_000,
  });
  const state = await page.getAttribute("[data-query-workspace]", "data-state");
  if (state !== "done")
    throw new Error(`the query ended in state ${state}: ${await page.textContent("[data-query-error]")}`);
}

interface Transfer {
  url: string;
  status: number;
  bytes: number;
  /** Sent compressed already (the server sends the .br/.gz copies when they exist). */
  encoded: boolean;
}

async function coldRun(
  browser: Browser,
  baseUrl: string,
): Promise<{ ms: number; duckdbReadyMs: number | null; transfers: Transfer[] }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const pending: Promise<Transfer>[] = [];
  // Worker requests (the WASM bundle, the database's range requests) are reported here too.
  page.on("requestfinished", (request) => {
    pending.push(
      (async () => {
        const [sizes, response] = await Promise.all([request.sizes(), request.response()]);
        // Chromium reports no body size for a worker's own script: its Content-Length says it
        // (not for HEAD, whose Content-Length is the file's).
        const fallback = request.method() === "GET" ? Number(response?.headers()["content-length"] ?? 0) : 0;
        const body = sizes.responseBodySize || fallback;
        return {
          url: request.url(),
          status: response?.status() ?? 0,
          bytes: body + sizes.responseHeadersSize,
          encoded: Boolean(response?.headers()["content-encoding"]),
        };
      })(),
    );
  });
  await page.addInitScript(recordRunEnds);
  await page.goto(`${baseUrl}/en/query/?q=${encodeURIComponent(typicalSql)}`);
  await waitForRuns(page, 1);
  const ms = await page.evaluate(() => (window as unknown as { __runEnds: number[] }).__runEnds[0]!);
  const duckdbReadyMs = await page.evaluate(
    () => performance.getEntriesByName("query-duckdb-ready")[0]?.startTime ?? null,
  );
  // Let the chart and the schema panel finish loading: they belong to the workspace's bytes.
  await page.waitForSelector("[data-query-schema] details", { timeout: 30_000 });
  await page.waitForLoadState("networkidle");
  const transfers = await Promise.all(pending);
  await context.close();
  return { ms, duckdbReadyMs, transfers };
}

async function warmRuns(browser: Browser, baseUrl: string): Promise<number[]> {
  const page = await browser.newPage();
  await page.addInitScript(recordRunEnds);
  await page.goto(`${baseUrl}/en/query/?q=${encodeURIComponent(typicalSql)}`);
  await waitForRuns(page, 1);
  const times: number[] = [];
  for (let run = 1; run <= WARM_RUNS; run++) {
    const started = await page.evaluate(() => {
      const start = performance.now();
      document.querySelector<HTMLButtonElement>("[data-query-run]")!.click();
      return start;
    });
    await waitForRuns(page, run + 1);
    times.push(
      (await page.evaluate((n) => (window as unknown as { __runEnds: number[] }).__runEnds[n]!, run)) - started,
    );
  }
  await page.close();
  return times;
}

/** The bytes a server sending the .br copies would send for the same requests. */
function precompressedBytes(dist: string, transfers: Transfer[]): number | null {
  let total = 0;
  let found = false;
  for (const { url, status, bytes, encoded } of transfers) {
    const path = new URL(url).pathname;
    const file = join(dist, path.endsWith("/") ? `${path}index.html` : path);
    if (encoded) found = true;
    if (status === 200 && !encoded && existsSync(`${file}.br`)) {
      found = true;
      total += bytes - statSync(file).size + statSync(`${file}.br`).size;
    } else total += bytes;
  }
  return found ? total : null;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const round = (value: number) => Math.round(value);

export async function benchQuery() {
  const dist = join(projectRoot, "dist");
  if (!existsSync(join(dist, "en", "query", "index.html")))
    throw new Error("dist/ has no SQL workspace: run `npm run build` first");
  const site = await startSiteServer(dist);
  const { baseUrl } = site;
  try {
    const cold: Awaited<ReturnType<typeof coldRun>>[] = [];
    // A fresh browser for each cold run: no HTTP cache, no compiled WebAssembly kept in memory.
    for (let run = 0; run < COLD_RUNS; run++) {
      const browser = await launchBrowser();
      try {
        cold.push(await coldRun(browser, baseUrl));
      } finally {
        await browser.close();
      }
    }
    const browser = await launchBrowser();
    const warm = await warmRuns(browser, baseUrl).finally(() => browser.close());

    const transfers = cold[0]!.transfers;
    const byKind = (pattern: RegExp) =>
      transfers.filter((t) => pattern.test(new URL(t.url).pathname)).reduce((sum, t) => sum + t.bytes, 0);
    const measurements = {
      cold_first_result_ms: round(median(cold.map((c) => c.ms))),
      cold_runs_ms: cold.map((c) => round(c.ms)),
      cold_duckdb_ready_ms: cold.map((c) => (c.duckdbReadyMs === null ? null : round(c.duckdbReadyMs))),
      warm_query_ms: round(median(warm)),
      warm_runs_ms: warm.map(round),
      transferred_bytes: transfers.reduce((sum, t) => sum + t.bytes, 0),
      transferred_bytes_precompressed: precompressedBytes(dist, transfers),
      transferred_bytes_by_kind: {
        wasm: byKind(/\.wasm$/),
        duckdb_worker: byKind(/duckdb-browser-.*\.worker.*\.js$/),
        database_ranges: byKind(/\.duckdb$/),
        other: byKind(/^(?!.*(\.wasm|\.duckdb|duckdb-browser-.*\.worker.*\.js)$)/),
      },
      requests: transfers.length,
      external_requests: transfers.filter((t) => !t.url.startsWith(baseUrl)).map((t) => t.url),
    };
    const budgets = Object.entries(QUERY_BUDGETS).map(([name, budget]) => {
      const value = measurements[name as keyof typeof QUERY_BUDGETS];
      return { name, value, budget, ok: value <= budget };
    });
    return {
      benchmark: "query-workspace",
      query: typical.id,
      machine: { cpus: availableParallelism(), node: process.version },
      measurements,
      budgets,
    };
  } finally {
    await site.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const report = await benchQuery();
  mkdirSync(join(projectRoot, "bench-results"), { recursive: true });
  writeFileSync(join(projectRoot, "bench-results", "bench-query.json"), `${JSON.stringify(report, null, 2)}\n`);
  console.log(JSON.stringify(report, null, 2));
  if (report.budgets.some((b) => !b.ok) || report.measurements.external_requests.length > 0) process.exitCode = 1;
}
