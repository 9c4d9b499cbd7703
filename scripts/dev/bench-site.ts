/**
 * Site benchmark on the built site (dist/), served as a host serves it: the precompressed Brotli
 * and gzip copies of compress-assets.ts (written here when missing; cached by content), sent by
 * scripts/serve/site-server.ts when the browser accepts them. Measures, in headless Debian
 * Chromium, the bytes transferred before the home map is interactive, the time to the rendered
 * map, that the home page never loads DuckDB, and Lighthouse (three runs per page type, medians,
 * default mobile settings with the 4× CPU slowdown). Prints JSON; `scripts/bench.ts` merges it
 * into the benchmark report.
 */
import { join } from "node:path";
import type { Request } from "playwright-core";
import { projectRoot } from "../lib/paths.ts";
import { CHROMIUM_FLAGS, chromiumPath, launchBrowser } from "../../tests/browser/browser.ts";
import { startSiteServer } from "../serve/site-server.ts";
import { compressAssets } from "./compress-assets.ts";
import { median, summarizeRuns, type LighthouseRun, type LighthouseSummary } from "./lighthouse-summary.ts";

export const SITE_BUDGETS = {
  /** Bytes on the wire (compressed as served, headers included) until the map is interactive. */
  home_bytes_before_interactive: 100 * 1024,
};

/** One page of each type; the workspace is measured as it loads (before the engine is ready). */
export const LIGHTHOUSE_PAGES = [
  "/fr/",
  "/fr/quartier/58/",
  "/fr/indicators/fragility_index/",
  "/fr/data/",
  "/fr/tools/",
  "/fr/tools/allocator/",
  "/fr/query/",
  "/fr/embed/map/",
];
const LIGHTHOUSE_RUNS = 3;
const HOME_RUNS = 3;

export interface SiteBenchOptions {
  dist?: string;
  pages?: readonly string[];
  runs?: number;
}

export async function benchSite(options: SiteBenchOptions = {}) {
  const dist = options.dist ?? join(projectRoot, "dist");
  const compressStart = performance.now();
  const compressed = await compressAssets(dist);
  const compressMs = Math.round(performance.now() - compressStart);
  const site = await startSiteServer(dist);
  const { baseUrl } = site;
  try {
    const home = await benchHome(baseUrl);
    const lighthouse = await runLighthouse(baseUrl, options.pages ?? LIGHTHOUSE_PAGES, options.runs ?? LIGHTHOUSE_RUNS);
    return { compress_assets_ms: compressMs, compressed_files: compressed.length, ...home, lighthouse };
  } finally {
    await site.close();
  }
}

/** The home page in a fresh context, three times: bytes as transferred, requests, time to the map. */
async function benchHome(baseUrl: string) {
  const browser = await launchBrowser();
  try {
    const runs: { bytes: number; bodyBytes: number; ms: number; duckdb: boolean; requests: number }[] = [];
    for (let run = 0; run < HOME_RUNS; run++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const finished: Promise<{ url: string; body: number; headers: number }>[] = [];
      const local = (request: Request) => request.url().startsWith(baseUrl);
      page.on("requestfinished", (request) => {
        if (!local(request)) return;
        finished.push(
          request.sizes().then((sizes) => ({
            url: request.url(),
            body: sizes.responseBodySize,
            headers: sizes.responseHeadersSize,
          })),
        );
      });
      const start = Date.now();
      await page.goto(`${baseUrl}/fr/`);
      await page.waitForSelector("[data-explorer][data-ready=true]");
      const ms = Date.now() - start;
      const sizes = await Promise.all([...finished]);
      runs.push({
        bytes: sizes.reduce((sum, s) => sum + s.body + s.headers, 0),
        bodyBytes: sizes.reduce((sum, s) => sum + s.body, 0),
        ms,
        duckdb: sizes.some((s) => /duckdb|\.wasm$/.test(new URL(s.url).pathname)),
        requests: sizes.length,
      });
      await context.close();
    }
    return {
      home_bytes_before_interactive: median(runs.map((r) => r.bytes)),
      home_body_bytes_before_interactive: median(runs.map((r) => r.bodyBytes)),
      home_requests_before_interactive: median(runs.map((r) => r.requests)),
      home_loads_duckdb: runs.some((r) => r.duckdb),
      home_time_to_rendered_map_ms: median(runs.map((r) => r.ms)),
    };
  } finally {
    await browser.close();
  }
}

/** Lighthouse `runs` times per page, each in a fresh Chromium; the medians per page. */
export async function runLighthouse(
  baseUrl: string,
  paths: readonly string[],
  runs: number,
): Promise<Record<string, LighthouseSummary>> {
  const { default: lighthouse } = await import("lighthouse");
  const { launch } = await import("chrome-launcher");
  const results: Record<string, LighthouseSummary> = {};
  for (const path of paths) {
    const pageRuns: LighthouseRun[] = [];
    for (let run = 0; run < runs; run++) {
      const chrome = await launch({
        chromePath: chromiumPath(),
        chromeFlags: ["--headless=new", ...CHROMIUM_FLAGS.filter((flag) => flag !== "--headless")],
      });
      try {
        const result = await lighthouse(`${baseUrl}${path}`, {
          port: chrome.port,
          output: "json",
          logLevel: "error",
          onlyCategories: ["performance", "accessibility"],
        });
        const { categories, audits } = result!.lhr;
        const numeric = (id: string) => Math.round((audits[id]?.numericValue ?? Number.NaN) * 1000) / 1000;
        pageRuns.push({
          performance: categories.performance!.score ?? 0,
          accessibility: categories.accessibility!.score ?? 0,
          total_blocking_time_ms: Math.round(numeric("total-blocking-time")),
          largest_contentful_paint_ms: Math.round(numeric("largest-contentful-paint")),
          cumulative_layout_shift: numeric("cumulative-layout-shift"),
          first_contentful_paint_ms: Math.round(numeric("first-contentful-paint")),
        });
      } finally {
        chrome.kill();
      }
    }
    results[path] = summarizeRuns(pageRuns);
  }
  return results;
}
