/**
 * `npx tsx scripts/dev/lighthouse-accessibility.ts [--pages "/fr/ /nl/glossary/"] [--dist dist]`:
 * Lighthouse's accessibility category alone (no CPU-bound metric, so a busy machine gives the same
 * answer) on one page of every type in every language, served from the built site. Prints JSON
 * (score and failing audits per page) and exits non-zero when a page scores under 1.
 */
import { join } from "node:path";
import { parseArgs } from "node:util";
import { projectRoot } from "../lib/paths.ts";
import { CHROMIUM_FLAGS, chromiumPath } from "../../tests/browser/browser.ts";
import { startSiteServer } from "../serve/site-server.ts";
import { PAGE_TYPES } from "../../tests/browser/page-types.ts";

export const ACCESSIBILITY_PAGES = ["fr", "nl", "en"].flatMap((language) =>
  PAGE_TYPES.map((path) => `/${language}/${path}`),
);

export interface AccessibilityResult {
  score: number;
  failing: string[];
}

export async function lighthouseAccessibility(
  baseUrl: string,
  paths: readonly string[],
): Promise<Record<string, AccessibilityResult>> {
  const { default: lighthouse } = await import("lighthouse");
  const { launch } = await import("chrome-launcher");
  const chrome = await launch({
    chromePath: chromiumPath(),
    chromeFlags: ["--headless=new", ...CHROMIUM_FLAGS.filter((flag) => flag !== "--headless")],
  });
  const results: Record<string, AccessibilityResult> = {};
  try {
    for (const path of paths) {
      const result = await lighthouse(`${baseUrl}${path}`, {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        onlyCategories: ["accessibility"],
      });
      const { categories, audits } = result!.lhr;
      results[path] = {
        score: categories.accessibility!.score ?? 0,
        failing: Object.values(audits)
          .filter((audit) => audit.scoreDisplayMode === "binary" && audit.score === 0)
          .map((audit) => audit.id)
          .sort(),
      };
    }
  } finally {
    chrome.kill();
  }
  return results;
}

const { values: args } = parseArgs({ options: { pages: { type: "string" }, dist: { type: "string" } } });
const site = await startSiteServer(args.dist ?? join(projectRoot, "dist"));
try {
  const pages = args.pages ? args.pages.split(/\s+/).filter(Boolean) : ACCESSIBILITY_PAGES;
  const results = await lighthouseAccessibility(site.baseUrl, pages);
  const below = Object.entries(results).filter(([, result]) => result.score < 1);
  console.log(JSON.stringify({ pages: results, below_1: below.map(([path]) => path) }, null, 2));
  process.exitCode = below.length === 0 ? 0 : 1;
} finally {
  await site.close();
}
