import { execFileSync } from "node:child_process";
import Papa from "papaparse";
import { createRequire } from "node:module";
import { chromium, type Browser, type Page } from "playwright-core";
import { expect, inject } from "vitest";

/** Debian's chromium: browsers cannot be downloaded here, so Playwright drives the system one. */
export function chromiumPath(): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    return execFileSync("sh", ["-c", "command -v chromium"], { encoding: "utf8" }).trim();
  } catch {
    throw new Error("chromium not found: install Debian's package (apt-get install -y chromium) or set CHROMIUM_PATH");
  }
}

// Without the background-networking flags Chromium floods the closed network with requests.
export const CHROMIUM_FLAGS: readonly string[] = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: [...CHROMIUM_FLAGS], headless: true });
}

/** Records every URL the page requests, so a test can assert that none leaves the local server. */
export function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on("request", (request) => urls.push(request.url()));
  return urls;
}

/**
 * The requests that did not go to the local server serving the built site (inject("baseUrl")).
 * data: and blob: URLs never leave the machine, so they are not counted.
 */
export function outsideRequests(requests: readonly string[]): string[] {
  const baseUrl = inject("baseUrl");
  return requests.filter((url) => !url.startsWith(baseUrl) && !url.startsWith("data:") && !url.startsWith("blob:"));
}

/** The rows of a CSV file the site serves or downloads (UTF-8, with or without a BOM). */
export function parseCsv(text: string): Record<string, string>[] {
  return Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ""), { header: true, skipEmptyLines: true }).data;
}

const axeSource: string = (createRequire(import.meta.url)("axe-core") as { source: string }).source;

export interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core in the page against WCAG 2.0–2.2 A and AA. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
    });
    return result.violations.map(({ id, impact, help, nodes }) => ({
      id,
      impact,
      help,
      nodes: nodes.slice(0, 3).map((n) => ({ target: n.target })),
    }));
  });
}

export interface OpenedPage {
  page: Page;
  /** Every URL the page requested. */
  requests: string[];
  /** Every response the page received, with its HTTP status. */
  responses: { url: string; status: number }[];
  /** Uncaught exceptions and console errors. */
  errors: string[];
  /** HTTP status of the page itself. */
  status: number | undefined;
}

export interface OpenOptions {
  /** Default true, only so that axe can be injected; tests of the policy itself pass false. */
  bypassCSP?: boolean;
  javaScriptEnabled?: boolean;
}

/** Opens a page recording its requests, responses and script errors. */
export async function openPage(browser: Browser, url: string, options: OpenOptions = {}): Promise<OpenedPage> {
  const page = await browser.newPage({
    bypassCSP: options.bypassCSP ?? true,
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    acceptDownloads: true,
  });
  const requests = recordRequests(page);
  const responses: OpenedPage["responses"] = [];
  page.on("response", (response) => responses.push({ url: response.url(), status: response.status() }));
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(String(error)));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  const response = await page.goto(url);
  return { page, requests, responses, errors, status: response?.status() };
}

/** Opens a path of the built site (served at inject("baseUrl")) with openPage, expecting HTTP 200. */
export async function openOk(browser: Browser, path: string, options: OpenOptions = {}): Promise<OpenedPage> {
  const opened = await openPage(browser, `${inject("baseUrl")}${path}`, options);
  expect(opened.status, path).toBe(200);
  return opened;
}

/** An element's markup with each element's attributes in name order (serializers differ only in that order). */
export function markupOf(element: Element): string {
  const write = (node: Node): string => {
    if (node.nodeType === Node.TEXT_NODE) return node.textContent!;
    const element = node as Element;
    const attributes = [...element.attributes]
      .map((attribute) => ` ${attribute.name}="${attribute.value}"`)
      .sort()
      .join("");
    const tag = element.localName;
    return `<${tag}${attributes}>${[...element.childNodes].map(write).join("")}</${tag}>`;
  };
  return write(element);
}
