/**
 * `npx tsx scripts/dev/bench-query.ts`: the answers that need no engine and the SQL workspace's
 * engine start, on the built site (dist/), in headless Debian Chromium, against their budgets.
 * Prints JSON (also written to bench-results/bench-query.json) and exits non-zero over budget.
 *
 * - guided question: /fr/?g=… from navigation to the answer shown (the explorer's
 *   `question-answered` mark), and no engine file (WASM, worker, database) requested;
 * - example result: /fr/query/ from navigation to the paint of the build's result, which the
 *   page itself holds (Element Timing of its summary, `query-result-summary`), before DuckDB is
 *   ready;
 * - workspace: a query the visitor edited (not an example), opened cold from a link, phase by
 *   phase (the `engine-*` marks of src/client/duckdb-client.ts: worker, instantiate, open,
 *   attach, and whether the database came as its gzipped copy or by ranges; the module's fetch
 *   from the network log; the database's bytes and round trips) to its first result on screen;
 * - the floor: a bare page on the same server that only starts the same DuckDB-WASM build
 *   (instantiate, open, registerFileURL, ATTACH, one count), in the same run, alternating with
 *   the workspace so that both see the same machine; the budget is the workspace's ratio to it;
 * - the floor again with the database fetched whole in one compressed GET instead of by ranges.
 *
 * Each cold run uses a fresh browser (no HTTP cache, no compiled WebAssembly); times are read
 * inside the page (performance.now() from navigation start), so Playwright's latency is not counted.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import type { Browser, Page } from "playwright-core";
import { exampleSql, examples } from "../../src/client/query/examples.ts";
import messages from "../../src/i18n/messages/query.json";
import { startSiteServer } from "../serve/site-server.ts";
import { launchBrowser } from "../../tests/browser/browser.ts";
import { projectRoot } from "../lib/paths.ts";

export const QUERY_BUDGETS = {
  guided_question_ms: 1000,
  example_result_visible_ms: 500,
  workspace_to_floor_ratio: 1.15,
  warm_query_ms: 100,
};
// Five: on a shared two-core machine one cold start in three can be a second off.
const COLD_RUNS = 5;
const WARM_RUNS = 7;
const QUESTION_PATH = "/fr/?g=fragility_index:20:share_within_500m_pharmacy:lt:90";

/** The `elementtiming` of the workspace's result summary (src/components/query/QueryResults.astro). */
const EXAMPLE_RESULT_ELEMENT = "query-result-summary";

const typical = examples.find((example) => example.id === "fragilePharmacy")!;
/** An edited example: no precomputed result matches it, so the engine must answer. */
const editedSql = exampleSql(typical, "en", messages.en["query.example.fragilePharmacy"]).replace(
  "LIMIT 20",
  "LIMIT 19",
);

/** The database file (read by ranges) or its gzipped copy (downloaded whole). */
const isDatabase = (url: string) => /\.duckdb(\.gz)?$/.test(new URL(url).pathname);
const isEngineFile = (url: string) => isDatabase(url) || /\.wasm$|worker[^/]*\.js$/.test(new URL(url).pathname);

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

const markTime = (page: Page, name: string) =>
  page.evaluate((mark) => performance.getEntriesByName(mark)[0]?.startTime ?? null, name);

interface NetworkLog {
  /** When the module's download ended, in ms from navigation (Playwright's request timing). */
  wasmFetchMs: number | null;
  databaseRequests: number;
  databaseBytes: number;
  engineRequests: string[];
}

/** Logs the engine's requests: the module's download time, the database's round trips and bytes. */
function watchNetwork(page: Page): () => Promise<NetworkLog> {
  const pending: Promise<{ url: string; bytes: number; end: number | null; wasm: boolean }>[] = [];
  page.on("requestfinished", (request) => {
    pending.push(
      (async () => {
        const [sizes, response] = await Promise.all([request.sizes(), request.response()]);
        const fallback = request.method() === "GET" ? Number(response?.headers()["content-length"] ?? 0) : 0;
        const timing = request.timing();
        const wasm = request.url().endsWith(".wasm");
        return {
          url: request.url(),
          bytes: (sizes.responseBodySize || fallback) + sizes.responseHeadersSize,
          end: wasm ? timing.startTime + timing.responseEnd : null,
          wasm,
        };
      })(),
    );
  });
  return async () => {
    const done = await Promise.all(pending);
    // Playwright's request times are epoch milliseconds: from the page's navigation start instead.
    const origin = await page.evaluate(() => performance.timeOrigin);
    const database = done.filter((r) => isDatabase(r.url));
    const wasm = done.find((r) => r.wasm);
    return {
      wasmFetchMs: wasm?.end == null ? null : wasm.end - origin,
      databaseRequests: database.length,
      databaseBytes: database.reduce((sum, r) => sum + r.bytes, 0),
      engineRequests: done.filter((r) => isEngineFile(r.url)).map((r) => r.url),
    };
  };
}

async function withBrowser<T>(task: (browser: Browser) => Promise<T>): Promise<T> {
  const browser = await launchBrowser();
  try {
    return await task(browser);
  } finally {
    await browser.close();
  }
}

/** The workspace, cold, on an edited query: its phases and first result (ms from navigation). */
async function workspaceRun(browser: Browser, baseUrl: string) {
  const page = await browser.newPage();
  const network = watchNetwork(page);
  await page.addInitScript(recordRunEnds);
  await page.goto(`${baseUrl}/en/query/?q=${encodeURIComponent(editedSql)}`);
  await waitForRuns(page, 1);
  const first = await page.evaluate(() => (window as unknown as { __runEnds: number[] }).__runEnds[0]!);
  const databaseRead = await page.evaluate(
    () => (performance.getEntriesByName("engine-attached")[0] as PerformanceMark | undefined)?.detail as string,
  );
  const phases = {
    worker: await markTime(page, "engine-worker"),
    instantiate: await markTime(page, "engine-instantiated"),
    open: await markTime(page, "engine-opened"),
    attach: await markTime(page, "engine-attached"),
    ready: await markTime(page, "query-duckdb-ready"),
    first_query: first,
  };
  const log = await network();
  await page.close();
  return { first, phases, log, databaseRead };
}

/** The bare page: only DuckDB-WASM's start, from the site's own bundle, worker and module. */
function floorPage(files: { module: string; worker: string; wasm: string }, full: boolean): string {
  return `<!doctype html><meta charset="utf-8"><title>floor</title><script type="module">
const t = {};
const m = await import(${JSON.stringify(files.module)});
// The site's bundle wraps its modules in functions that run them on first use (rolldown's strict
// execution order) and exports DuckDB-WASM's namespace: run them, then take AsyncDuckDB.
const isEngine = (v) => typeof v === "function" && v.prototype && "registerFileURL" in v.prototype;
for (const v of Object.values(m)) if (typeof v === "function" && v.length === 0 && !isEngine(v)) v();
const AsyncDuckDB = Object.values(m).find(isEngine) ?? Object.values(m).find((v) => v && isEngine(v.AsyncDuckDB))?.AsyncDuckDB;
const worker = new Worker(${JSON.stringify(files.worker)});
const db = new AsyncDuckDB({ log() {} }, worker);
t.worker = performance.now();
await db.instantiate(${JSON.stringify(files.wasm)});
t.instantiate = performance.now();
await db.open({ query: { castDecimalToDouble: true }, filesystem: { reliableHeadRequests: true, allowFullHTTPReads: true, forceFullHTTPReads: false } });
t.open = performance.now();
const url = new URL(${JSON.stringify(full ? "/__floor/observatory.duckdb" : "/data/observatory.duckdb")}, location.href).href;
${
  full
    ? `const body = (await fetch(url)).body.pipeThrough(new DecompressionStream("gzip"));
await db.registerFileBuffer("observatory.duckdb", new Uint8Array(await new Response(body).arrayBuffer()));`
    : `await db.registerFileURL("observatory.duckdb", url, 4, false);`
}
const c = await db.connect();
await c.query("ATTACH 'observatory.duckdb' AS obs (READ_ONLY)");
t.attach = performance.now();
const n = await c.query("SELECT count(*) AS n FROM obs.indicators");
t.first_query = performance.now();
window.__floor = { ...t, rows: Number(n.toArray()[0].n) };
</script>`;
}

/** The site's DuckDB-WASM files in dist/_astro (hashed names). */
function engineFiles(dist: string) {
  const names = readdirSync(join(dist, "_astro"));
  const find = (pattern: RegExp) => {
    const name = names.find((n) => pattern.test(n));
    if (!name) throw new Error(`dist/_astro has no file matching ${pattern}`);
    return `/_astro/${name}`;
  };
  return {
    // DuckDB-WASM's JavaScript, in its own chunk (astro.config.mjs)
    module: find(/^duckdb(-browser)?\.[\w-]+\.js$/),
    worker: find(/^duckdb-browser-eh\.worker\.[\w-]+\.js$/),
    wasm: find(/^duckdb-eh\.[\w-]+\.wasm$/),
  };
}

async function floorRun(browser: Browser, baseUrl: string, dist: string, full: boolean) {
  const page = await browser.newPage();
  const network = watchNetwork(page);
  const html = floorPage(engineFiles(dist), full);
  await page.route(`${baseUrl}/__floor/`, (route) => route.fulfill({ contentType: "text/html", body: html }));
  // One compressed GET of the whole file. Playwright hands a fulfilled body to the page as is
  // (no Content-Encoding decoding), so the page inflates it with DecompressionStream, natively,
  // as the network stack would.
  const gzipped = full ? gzipSync(readFileSync(join(dist, "data", "observatory.duckdb"))) : null;
  if (gzipped)
    await page.route(`${baseUrl}/__floor/observatory.duckdb`, (route) =>
      route.fulfill({
        body: gzipped,
        headers: { "content-type": "application/gzip" },
      }),
    );
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(String(error)));
  page.on("console", (message) => void (message.type() === "error" && errors.push(message.text())));
  await page.goto(`${baseUrl}/__floor/`);
  await page
    .waitForFunction(() => "__floor" in window, null, { timeout: 60_000 })
    .catch((error: unknown) =>
      Promise.reject(new Error(`the bare engine page failed: ${errors.join("; ")}`, { cause: error })),
    );
  const phases = (await page.evaluate(() => (window as unknown as { __floor: Record<string, number> }).__floor))!;
  const log = await network();
  await page.close();
  return { first: phases.first_query!, phases, log, compressedBytes: gzipped?.length ?? null };
}

/** The guided question on the explorer: ms from navigation to the answer, and any engine request. */
async function questionRun(browser: Browser, baseUrl: string) {
  const page = await browser.newPage();
  const network = watchNetwork(page);
  await page.goto(`${baseUrl}${QUESTION_PATH}`);
  await page.waitForFunction(() => performance.getEntriesByName("question-answered").length > 0, null, {
    timeout: 30_000,
  });
  const ms = (await markTime(page, "question-answered"))!;
  await page.waitForLoadState("networkidle");
  const log = await network();
  await page.close();
  return { ms, engineRequests: log.engineRequests };
}

/** The workspace's first example: ms from navigation to its result painted, and whether DuckDB was ready. */
async function exampleRun(browser: Browser, baseUrl: string) {
  const page = await browser.newPage();
  await page.goto(`${baseUrl}/fr/query/`);
  const ms = await page.evaluate(
    (identifier) =>
      new Promise<number>((resolve, reject) => {
        // Element Timing (not in TypeScript's DOM types): when the summary's text was first painted.
        type ElementTiming = PerformanceEntry & { identifier: string; renderTime: number; loadTime: number };
        new PerformanceObserver((list) => {
          const painted = (list.getEntries() as ElementTiming[]).find((entry) => entry.identifier === identifier);
          if (painted) resolve(painted.renderTime || painted.loadTime);
        }).observe({ type: "element", buffered: true });
        setTimeout(() => reject(new Error(`no paint of ${identifier} within 30 s`)), 30_000);
      }),
    EXAMPLE_RESULT_ELEMENT,
  );
  const ready = await markTime(page, "query-duckdb-ready");
  await page.close();
  return { ms, beforeEngine: ready === null || ready > ms };
}

async function warmRuns(browser: Browser, baseUrl: string): Promise<number[]> {
  const page = await browser.newPage();
  await page.addInitScript(recordRunEnds);
  await page.goto(`${baseUrl}/en/query/?q=${encodeURIComponent(editedSql)}`);
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

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const round = (value: number | null) => (value === null ? null : Math.round(value));
const roundAll = (record: Record<string, number | null>) =>
  Object.fromEntries(Object.entries(record).map(([k, v]) => [k, round(v)]));

export async function benchQuery() {
  // OBS_DIST_DIR points at another build folder, as for the browser tests.
  const dist = resolve(projectRoot, process.env.OBS_DIST_DIR ?? "dist");
  if (!existsSync(join(dist, "en", "query", "index.html")))
    throw new Error("dist/ has no SQL workspace: run `npm run build` first");
  const site = await startSiteServer(dist);
  const { baseUrl } = site;
  try {
    const workspace: Awaited<ReturnType<typeof workspaceRun>>[] = [];
    const floor: Awaited<ReturnType<typeof floorRun>>[] = [];
    const floorFull: Awaited<ReturnType<typeof floorRun>>[] = [];
    const questions: Awaited<ReturnType<typeof questionRun>>[] = [];
    const exampleResults: Awaited<ReturnType<typeof exampleRun>>[] = [];
    // Alternating, each in a fresh browser: the floor and the workspace see the same machine.
    for (let run = 0; run < COLD_RUNS; run++) {
      floor.push(await withBrowser((b) => floorRun(b, baseUrl, dist, false)));
      workspace.push(await withBrowser((b) => workspaceRun(b, baseUrl)));
      floorFull.push(await withBrowser((b) => floorRun(b, baseUrl, dist, true)));
      questions.push(await withBrowser((b) => questionRun(b, baseUrl)));
      exampleResults.push(await withBrowser((b) => exampleRun(b, baseUrl)));
    }
    const warm = await withBrowser((b) => warmRuns(b, baseUrl));

    const workspaceMs = median(workspace.map((w) => w.first));
    const floorMs = median(floor.map((f) => f.first));
    const medianRun = <T extends { first: number }>(runs: T[]) =>
      [...runs].sort((a, b) => a.first - b.first)[Math.floor(runs.length / 2)]!;
    const phasesOf = (run: { phases: Record<string, number | null>; log: NetworkLog }) => ({
      ...roundAll(run.phases),
      fetch_wasm_end: round(run.log.wasmFetchMs),
      database_round_trips: run.log.databaseRequests,
      database_bytes: run.log.databaseBytes,
    });
    const measurements = {
      guided_question_ms: round(median(questions.map((q) => q.ms)))!,
      guided_question_runs_ms: questions.map((q) => round(q.ms)),
      guided_question_engine_requests: [...new Set(questions.flatMap((q) => q.engineRequests))],
      example_result_visible_ms: round(median(exampleResults.map((e) => e.ms)))!,
      example_result_runs_ms: exampleResults.map((e) => round(e.ms)),
      example_result_before_engine: exampleResults.every((e) => e.beforeEngine),
      workspace_first_result_ms: round(workspaceMs),
      workspace_runs_ms: workspace.map((w) => round(w.first)),
      workspace_phases_ms: phasesOf(medianRun(workspace)),
      workspace_database_read: [...new Set(workspace.map((w) => w.databaseRead))].join(", "),
      floor_first_result_ms: round(floorMs),
      floor_runs_ms: floor.map((f) => round(f.first)),
      floor_phases_ms: phasesOf(medianRun(floor)),
      workspace_to_floor_ratio: Math.round((workspaceMs / floorMs) * 100) / 100,
      floor_one_compressed_get_ms: round(median(floorFull.map((f) => f.first))),
      floor_one_compressed_get_runs_ms: floorFull.map((f) => round(f.first)),
      floor_one_compressed_get_phases_ms: phasesOf(medianRun(floorFull)),
      floor_one_compressed_get_bytes: floorFull[0]!.compressedBytes,
      warm_query_ms: round(median(warm))!,
      warm_runs_ms: warm.map(round),
    };
    const budgets = Object.entries(QUERY_BUDGETS).map(([name, budget]) => {
      const value = measurements[name as keyof typeof QUERY_BUDGETS];
      return { name, value, budget, ok: value <= budget };
    });
    budgets.push({
      name: "guided_question_engine_requests",
      value: measurements.guided_question_engine_requests.length,
      budget: 0,
      ok: measurements.guided_question_engine_requests.length === 0,
    });
    budgets.push({
      name: "example_result_before_engine",
      value: Number(measurements.example_result_before_engine),
      budget: 1,
      ok: measurements.example_result_before_engine,
    });
    return {
      benchmark: "query-workspace",
      query: `${typical.id} (edited)`,
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
  if (report.budgets.some((b) => !b.ok)) process.exitCode = 1;
}
