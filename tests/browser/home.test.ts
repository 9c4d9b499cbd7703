import { readFileSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { projectRoot } from "../../scripts/lib/paths.ts";
import { axeViolations, launchBrowser, recordRequests } from "./browser.ts";

const baseUrl = inject("baseUrl");
let browser: Browser;
let page: Page;
let requests: string[];

const quartiers = Papa.parse<Record<string, string>>(readFileSync(join(projectRoot, "public/data/tables/quartiers.csv"), "utf8"), { header: true, skipEmptyLines: true }).data;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function open(path: string): Promise<void> {
  // bypassCSP only so that axe can be injected; the CSP itself is checked in csp.test.ts.
  page = await browser.newPage({ bypassCSP: true });
  requests = recordRequests(page);
  await page.goto(`${baseUrl}${path}`);
}

describe.each([
  ["fr", "Les 145 quartiers de Bruxelles et leur population", "Population par quartier, 1er janvier 2024", "1 246 136"],
  ["nl", "De 145 Brusselse wijken en hun bevolking", "Bevolking per wijk, 1 januari 2024", "1.246.136"],
  ["en", "Brussels' 145 neighbourhoods and their population", "Population by neighbourhood, 1 January 2024", "1,246,136"],
])("home page in %s", (language, heading, mapTitle, regionTotal) => {
  beforeAll(() => open(`/${language}/`));
  afterAll(() => page.close());

  it("is in its language, with its heading", async () => {
    expect(await page.getAttribute("html", "lang")).toBe(language);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(heading);
  });

  it("shows the 145 quartiers on a map titled for screen readers", async () => {
    const map = page.getByRole("img", { name: mapTitle });
    await expect(map.count()).resolves.toBe(1);
    expect(await map.locator("path[data-code]").count()).toBe(145);
  });

  it("gives the map's table alternative with the published 2024 populations", async () => {
    const rows = page.locator("#quartier-table tbody tr");
    expect(await rows.count()).toBe(145);
    const dansaert = quartiers.find((q) => q.quartier_code === "2")!;
    expect(dansaert.population).toBe("8942");
    const cells = await page.locator('#quartier-table tr[data-code="2"] td').allTextContents();
    expect(cells.at(-1)!.replace(/\D/g, "")).toBe("8942");
    // Intl groups digits with (narrow) no-break spaces in French.
    expect((await page.locator("[data-region-total]").textContent())!.replace(/\s/g, " ")).toContain(regionTotal);
  });

  it("has no WCAG 2.2 A/AA violation (axe)", async () => {
    expect(await axeViolations(page)).toEqual([]);
  });

  it("loads nothing from outside 127.0.0.1", () => {
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((url) => !url.startsWith(baseUrl) && !url.startsWith("data:"))).toEqual([]);
  });
});

describe("navigation", () => {
  beforeAll(() => open("/fr/"));
  afterAll(() => page.close());

  it("switches language and keeps the page", async () => {
    await page.getByRole("link", { name: "Nederlands" }).click();
    await page.waitForURL(`${baseUrl}/nl/`);
    expect(await page.getAttribute("html", "lang")).toBe("nl");
  });

  it("reaches the content first from the keyboard through the skip link", async () => {
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => ({ text: document.activeElement?.textContent, href: document.activeElement?.getAttribute("href") }));
    expect(focused).toEqual({ text: "Naar de inhoud", href: "#main" });
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("main");
  });

  it("offers the three languages at the root and sends others to French", async () => {
    const root = await browser.newPage();
    await root.goto(`${baseUrl}/`);
    await root.waitForURL(`${baseUrl}/fr/`);
    expect(await root.getAttribute("html", "lang")).toBe("fr");
    await root.close();
  });
});
