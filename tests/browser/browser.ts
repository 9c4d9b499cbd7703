import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import { projectRoot } from "../../scripts/lib/paths.ts";
import { createRequire } from "node:module";
import { chromium, type Browser, type Page } from "playwright-core";

/** Debian's chromium: browsers cannot be downloaded here, so Playwright drives the system one. */
function chromiumPath(): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    return execFileSync("sh", ["-c", "command -v chromium"], { encoding: "utf8" }).trim();
  } catch {
    throw new Error("chromium not found: install Debian's package (apt-get install -y chromium) or set CHROMIUM_PATH");
  }
}

// Without the background-networking flags Chromium floods the closed network with requests.
const flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: flags, headless: true });
}

/** Records every URL the page requests, so a test can assert that none leaves the local server. */
export function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on("request", (request) => urls.push(request.url()));
  return urls;
}

const axeSource: string = (createRequire(import.meta.url)("axe-core") as { source: string }).source;

export interface AxeViolation { id: string; impact: string; help: string; nodes: { target: string[] }[] }

/** Runs axe-core in the page against WCAG 2.0–2.2 A and AA. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] } });
    return result.violations.map(({ id, impact, help, nodes }) => ({ id, impact, help, nodes: nodes.slice(0, 3).map((n) => ({ target: n.target })) }));
  });
}

/** A table as the pipeline published it (public/data/tables/<name>.csv), to compare pages with. */
export function publishedTable(name: string): Record<string, string>[] {
  return Papa.parse<Record<string, string>>(readFileSync(join(projectRoot, "public/data/tables", `${name}.csv`), "utf8"), { header: true, skipEmptyLines: true }).data;
}

export interface OpenedPage {
  page: Page;
  /** Every URL the page requested. */
  requests: string[];
  /** Uncaught exceptions and console errors. */
  errors: string[];
  /** HTTP status of the page itself. */
  status: number | undefined;
}

/**
 * Opens a page recording its requests and script errors. `bypassCSP` (default true) only lets axe
 * be injected; tests of the policy itself pass false.
 */
export async function openPage(browser: Browser, url: string, options: { bypassCSP?: boolean; javaScriptEnabled?: boolean } = {}): Promise<OpenedPage> {
  const page = await browser.newPage({ bypassCSP: options.bypassCSP ?? true, javaScriptEnabled: options.javaScriptEnabled ?? true, acceptDownloads: true });
  const requests = recordRequests(page);
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(String(error)));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  const response = await page.goto(url);
  return { page, requests, errors, status: response?.status() };
}
