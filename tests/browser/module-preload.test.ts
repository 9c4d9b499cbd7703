/**
 * Every page names in its HTML each script it needs at start (its module scripts and, as module
 * preloads, all they import: src/integrations/module-preload.ts), so that the browser requests
 * them at once instead of level by level.
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser } from "./browser.ts";
import { PAGE_TYPES } from "./page-types.ts";

const baseUrl = inject("baseUrl");
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe("module preloads", () => {
  it.each(PAGE_TYPES)("/fr/%s: every script fetched before DOMContentLoaded is named in the HTML", async (path) => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}/fr/${path}`, { waitUntil: "load" });
    const { named, fetched, preloads } = await page.evaluate(() => {
      const pathOf = (url: string) => new URL(url, location.href).pathname;
      const scripts = [...document.querySelectorAll<HTMLScriptElement>("script[type=module][src]")].map((s) =>
        pathOf(s.src),
      );
      const preloaded = [...document.querySelectorAll<HTMLLinkElement>("link[rel=modulepreload]")].map((l) =>
        pathOf(l.href),
      );
      const started = (performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming)
        .domContentLoadedEventStart;
      const early = performance
        .getEntriesByType("resource")
        .filter((entry) => entry.startTime < started && /^\/_astro\/.*\.js$/.test(pathOf(entry.name)))
        .map((entry) => pathOf(entry.name));
      return { named: [...scripts, ...preloaded], fetched: early, preloads: preloaded.length };
    });
    expect(fetched.length).toBeGreaterThan(0);
    expect(fetched.filter((script) => !named.includes(script))).toEqual([]);
    // Nothing preloaded that the page does not load.
    expect(named.filter((script) => !fetched.includes(script))).toEqual([]);
    expect(preloads).toBeGreaterThan(0);
    await page.close();
  });
});
