/**
 * Every page type fits a 390 px phone in the three languages: the page never scrolls sideways
 * (a wide table scrolls inside its own labelled region), and no text in an SVG chart is drawn
 * smaller than 12 px once the chart is scaled to the screen.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser } from "./browser.ts";

const PHONE = { width: 390, height: 844 };
const MIN_CHART_TEXT_PX = 12;

const PAGE_TYPES: [string, (language: string) => string][] = [
  ["home (explorer)", (l) => `/${l}/`],
  ["explorer's ranked bar chart", (l) => `/${l}/?i=bim_share&l=commune&tab=chart`],
  ["explorer's lines over time", (l) => `/${l}/?i=bim_share&l=commune&tab=chart&chart=lines`],
  ["quartier profile", (l) => `/${l}/quartier/58/`],
  ["commune profile", (l) => `/${l}/commune/21004/`],
  ["commune profile (long name)", (l) => `/${l}/commune/21013/`],
  ["bassin profile", (l) => `/${l}/bassin/CO/`],
  ["bassin profile (south-east)", (l) => `/${l}/bassin/SE/`],
  ["indicator page", (l) => `/${l}/indicators/bim_share/`],
  ["indicators index", (l) => `/${l}/indicators/`],
  ["data page", (l) => `/${l}/data/`],
  ["URL scheme page", (l) => `/${l}/data/urls/`],
  ["GP page", (l) => `/${l}/gp/`],
  ["tools index", (l) => `/${l}/tools/`],
  ["allocator", (l) => `/${l}/tools/allocator/`],
  ["siting", (l) => `/${l}/tools/siting/`],
  ["GP register", (l) => `/${l}/tools/gp-register/`],
  ["query workspace", (l) => `/${l}/query/`],
  ["embedded map", (l) => `/${l}/embed/map/`],
  ["embedded map (path form)", (l) => `/${l}/embed/map/bim_share/commune/`],
  ["embedded indicator", (l) => `/${l}/embed/indicator/bim_share/`],
  ["embedded profile", (l) => `/${l}/embed/profile/commune/21001/`],
  ["glossary", (l) => `/${l}/glossary/`],
  ["comparison", (l) => `/${l}/compare/?a=quartier:58,commune:21004,bassin:CO,region`],
  ["embedded comparison", (l) => `/${l}/embed/compare/?a=quartier:58,commune:21004,region`],
  ["404", (l) => `/${l}/no-such-page/`],
];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

interface Fit {
  scrollWidth: number;
  /** The elements reaching past the window's right edge (for the failure message). */
  overflowing: string[];
  /** SVG texts drawn smaller than the minimum: "text (size px)". */
  smallTexts: string[];
}

async function measure(page: Page): Promise<Fit> {
  return page.evaluate(
    ({ width, min }) => {
      const describe = (element: Element) =>
        `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ""}${[...element.classList].map((c) => `.${c}`).join("")}`;
      const overflowing = [...document.querySelectorAll("body *")]
        .filter((element) => {
          const box = element.getBoundingClientRect();
          if (box.width === 0 || box.right <= width + 0.5) return false;
          // Inside a region that scrolls on its own, the overflow is that region's.
          for (let up = element.parentElement; up; up = up.parentElement) {
            const overflow = getComputedStyle(up).overflowX;
            if (overflow === "auto" || overflow === "scroll" || overflow === "hidden") return false;
          }
          return true;
        })
        .slice(0, 5)
        .map((element) => `${describe(element)} (right ${Math.round(element.getBoundingClientRect().right)})`);
      const smallTexts = [...document.querySelectorAll<SVGTextElement>("svg text")]
        .filter((text) => text.getClientRects().length > 0 && (text.textContent ?? "").trim() !== "")
        .map((text) => {
          const matrix = text.getScreenCTM();
          const scale = matrix ? Math.hypot(matrix.c, matrix.d) : 1;
          return { text: text.textContent!.trim(), size: parseFloat(getComputedStyle(text).fontSize) * scale };
        })
        .filter(({ size }) => size < min - 0.01)
        .slice(0, 5)
        .map(({ text, size }) => `${text.slice(0, 30)} (${size.toFixed(1)} px)`);
      return { scrollWidth: document.documentElement.scrollWidth, overflowing, smallTexts };
    },
    { width: PHONE.width, min: MIN_CHART_TEXT_PX },
  );
}

describe.each(["fr", "nl", "en"])("a 390 × 844 phone in %s", (language) => {
  it.each(PAGE_TYPES)("%s fits without sideways scrolling, chart text ≥ 12 px", async (_, path) => {
    const context = await browser.newContext({ viewport: PHONE, bypassCSP: true });
    const page = await context.newPage();
    await page.goto(`${inject("baseUrl")}${path(language)}`, { waitUntil: "networkidle" });
    // The tools draw their map and table once their data has loaded.
    if (
      path(language).includes("/tools/") &&
      !path(language).endsWith("/tools/") &&
      !path(language).includes("gp-register")
    )
      await page.waitForSelector("[data-results][data-ready]:not([hidden])", { timeout: 30_000 });
    const fit = await measure(page);
    await context.close();
    // Both checks are reported for every page, the second even when the first fails.
    expect.soft({ scrollWidth: fit.scrollWidth, overflowing: fit.overflowing }).toEqual({
      scrollWidth: Math.min(fit.scrollWidth, PHONE.width),
      overflowing: [],
    });
    expect.soft(fit.smallTexts).toEqual([]);
  });
});
