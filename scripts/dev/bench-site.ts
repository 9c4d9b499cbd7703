/**
 * Site benchmark on the built site (dist/), in headless Debian Chromium: bytes transferred before
 * the home map is interactive (gzip sizes, as a compressing server would send them), time to the
 * rendered map, that the home page never loads DuckDB, and Lighthouse on the home page and a
 * profile. Prints JSON; `scripts/bench.ts` merges it into the benchmark report.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { projectRoot } from "../lib/paths.ts";
import { CHROMIUM_FLAGS, chromiumPath, launchBrowser } from "../../tests/browser/browser.ts";
import { startSiteServer } from "../serve/site-server.ts";

export const SITE_BUDGETS = {
  home_bytes_before_interactive_gzip: 200 * 1024,
  lighthouse_performance_min: 0.95,
  lighthouse_accessibility_min: 1,
};

export async function benchSite() {
  const dist = join(projectRoot, "dist");
  const site = await startSiteServer(dist);
  const { baseUrl } = site;
  const browser = await launchBrowser();
  try {
    const runs: { bytes: number; rawBytes: number; ms: number; duckdb: boolean; requests: number }[] = [];
    for (let run = 0; run < 3; run++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const urls: string[] = [];
      page.on("request", (request) => urls.push(request.url()));
      const start = Date.now();
      await page.goto(`${baseUrl}/fr/`);
      await page.waitForSelector("[data-explorer][data-ready=true]");
      const ms = Date.now() - start;
      const local = urls.filter((url) => url.startsWith(baseUrl)).map((url) => new URL(url).pathname);
      const files = local.map((path) => readFileSync(join(dist, path.endsWith("/") ? `${path}index.html` : path)));
      runs.push({
        bytes: files.reduce((sum, file) => sum + gzipSync(file, { level: 9 }).length, 0),
        rawBytes: files.reduce((sum, file) => sum + file.length, 0),
        ms,
        duckdb: local.some((path) => /duckdb|\.wasm$/.test(path)),
        requests: local.length,
      });
      await context.close();
    }
    const lighthouse = await runLighthouse(baseUrl, ["/fr/", "/fr/quartier/58/"]);
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
    return {
      home_bytes_before_interactive_gzip: runs[0]!.bytes,
      home_bytes_before_interactive_raw: runs[0]!.rawBytes,
      home_requests_before_interactive: runs[0]!.requests,
      home_loads_duckdb: runs.some((r) => r.duckdb),
      home_time_to_rendered_map_ms: median(runs.map((r) => r.ms)),
      lighthouse,
    };
  } finally {
    await browser.close();
    await site.close();
  }
}

async function runLighthouse(baseUrl: string, paths: string[]) {
  const { default: lighthouse } = await import("lighthouse");
  const { launch } = await import("chrome-launcher");
  const results: Record<string, { performance: number; accessibility: number }> = {};
  for (const path of paths) {
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
      const categories = result!.lhr.categories;
      results[path] = {
        performance: categories.performance!.score ?? 0,
        accessibility: categories.accessibility!.score ?? 0,
      };
    } finally {
      chrome.kill();
    }
  }
  return results;
}
