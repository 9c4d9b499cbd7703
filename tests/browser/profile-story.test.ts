/**
 * Issue 15: a profile reads like a story. Its first viewport answers (name, locator map, summary,
 * key figures) on a desktop and on a phone, in every language, and the summary says what the
 * published figures say.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readCsvTable } from "../../src/data/observatory-data.ts";
import { axeViolations, launchBrowser, openOk } from "./browser.ts";
import { createTranslator } from "../../src/i18n/translate.ts";
import { GLOSSARY_TERMS } from "../../src/lib/glossary.ts";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const fragility = readCsvTable("fragility");
const standing = (level: string, code: string) => {
  const row = fragility.find((r) => r.level === level && r.territory_code === code)!;
  return { rank: Number(row.rank), pool: Number(row.pool_size) };
};

const viewports = [
  { width: 1400, height: 900 },
  { width: 390, height: 844 },
];
const pages = (["fr", "nl", "en"] as const).flatMap((language) =>
  (
    [
      ["quartier", "58"],
      ["commune", "21004"],
      ["bassin", "CO"],
    ] as const
  ).flatMap(([level, code]) => viewports.map((viewport) => ({ language, level, code, ...viewport }))),
);

/** The element's box, after layout, in viewport coordinates. */
async function box(page: Page, selector: string) {
  expect(await page.locator(selector).count(), selector).toBeGreaterThan(0);
  const found = await page.locator(selector).first().boundingBox();
  expect(found, selector).not.toBeNull();
  return found!;
}

describe.each(pages)("$level $code in $language at $width×$height", ({ language, level, code, width, height }) => {
  let page: Page;
  beforeAll(async () => {
    ({ page } = await openOk(browser, `/${language}/${level}/${code}/`));
    await page.setViewportSize({ width, height });
  });
  afterAll(() => page.close());

  it("shows the name, the locator map, the summary and the key figures in the first viewport", async () => {
    // On a phone the site's header takes a third of the screen: the key figures start in view
    // (their first figure whole) and continue below; on a desktop they are all in view.
    const figures = width <= 600 ? "[data-glance-figures] dl > div:first-child" : "[data-glance-figures] dl";
    for (const selector of ["h1", "[data-locator] svg", "[data-summary]", figures]) {
      const { y, height: h } = await box(page, selector);
      expect(y, `${selector} starts in view`).toBeGreaterThanOrEqual(0);
      expect(y + h, `${selector} ends in view`).toBeLessThanOrEqual(height);
    }
    expect(
      await page
        .getByRole("img", { name: /Bruxelles-Capitale|Brussels Hoofdstedelijk Gewest|Brussels-Capital Region/ })
        .count(),
    ).toBe(1);
  });

  it("reads the fragility index as a rank, never as a bare percentile", async () => {
    const { rank, pool } = standing(level, code);
    const text = (await page.locator("[data-glance-rank]").textContent())!.trim();
    expect(text.replace(/\D+/g, " ").trim()).toBe(`${rank} ${pool}`);
    expect(await page.locator("[data-key-rank]").textContent()).toContain(String(pool));
  });

  it("shows the spine chart on a wide screen and its table instead on a phone", async () => {
    const phone = width <= 600;
    expect(await page.locator(".spine-frame").isVisible()).toBe(!phone);
    expect(await page.locator("[data-spine-phone-note]").isVisible()).toBe(phone);
    expect(await page.locator("#spine-table").isVisible()).toBe(true);
  });
});

describe.each(["fr", "nl", "en"] as const)("folded sections in %s", (language) => {
  it("open and close from the keyboard, each with a one-line source note in the page's language", async () => {
    const { page } = await openOk(browser, `/${language}/quartier/58/`);
    for (const fold of ["fragility", "gp", "services", "clss", "neighbours"]) {
      const details = page.locator(`[data-fold="${fold}"] > details`);
      expect(await details.getAttribute("open"), fold).toBeNull();
      await page.locator(`[data-fold="${fold}"] > details > summary`).focus();
      await page.keyboard.press("Enter");
      expect(await details.getAttribute("open"), fold).toBe("");
      await page.keyboard.press("Space");
      expect(await details.getAttribute("open"), fold).toBeNull();
    }
    const lines = await page.locator("[data-section-sources]").allTextContents();
    expect(lines).toHaveLength(4);
    const word = { fr: "Sources : ", nl: "Bronnen: ", en: "Sources: " }[language];
    for (const line of lines) expect(line.startsWith(word), line).toBe(true);
    // The full references are one click away, in the open sources section.
    expect(await page.locator('[data-fold="sources"] > details').getAttribute("open")).toBe("");
    await page.close();
  });
});

/**
 * English texts of the published sources table and catalogue that a French or Dutch page must not
 * show: titles, licences, caveats, comments in publishers ("data from …") and worded reference
 * dates ("varies by indicator"), and the catalogue's English method notes.
 */
function englishDataTexts(language: "fr" | "nl"): string[] {
  const texts = new Set<string>();
  for (const source of readCsvTable("sources")) {
    for (const field of ["title", "licence"]) texts.add(source[field]!);
    for (const caveat of (source.caveats ?? "").split(" | ")) texts.add(caveat);
    for (const comment of source.publisher!.match(/\(([^)]*)\)/g) ?? []) texts.add(comment);
    if (/[a-z]{3}/.test(source.reference_date!)) texts.add(source.reference_date!);
  }
  for (const entry of readCsvTable("indicator_catalog"))
    if (entry.method_en !== entry[`method_${language}`]) texts.add(entry.method_en!);
  return [...texts].filter((text) => text.includes(" "));
}

describe.each(["fr", "nl"] as const)("the story parts of a profile in %s", (language) => {
  it("show no English text of the data: summary, key figures, source notes", async () => {
    const { page } = await openOk(browser, `/${language}/quartier/58/`);
    const shown = (
      await page
        .locator('[data-glance], section[aria-labelledby="key-heading"] .source-line, [data-section-sources]')
        .allTextContents()
    ).join("\n");
    expect(shown.length).toBeGreaterThan(500);
    expect(englishDataTexts(language).filter((text) => shown.includes(text))).toEqual([]);
    const region = { fr: "Région de Bruxelles-Capitale", nl: "Brussels Hoofdstedelijk Gewest" }[language];
    expect(await page.getByRole("img", { name: new RegExp(region) }).count()).toBe(1);
    await page.close();
  });
});

/** Pages of a PDF: its /Type /Page objects (not the /Type /Pages tree). */
const pdfPages = (pdf: Buffer) => pdf.toString("latin1").match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;

describe.each([
  ["quartier", "58"],
  ["commune", "21004"],
  ["bassin", "CO"],
] as const)("the printed %s %s", (level, code) => {
  it("fits on at most two A4 pages, with the summary, key figures, locator map and sources", async () => {
    const { page } = await openOk(browser, `/fr/${level}/${code}/`);
    await page.emulateMedia({ media: "print" });
    for (const selector of [
      "[data-summary]",
      "[data-glance-figures]",
      "[data-locator] svg",
      '[data-fold="sources"] ul',
    ])
      expect(await page.locator(selector).isVisible(), selector).toBe(true);
    const pages = pdfPages(await page.pdf({ format: "A4" }));
    expect(pages).toBeGreaterThan(0);
    expect(pages).toBeLessThanOrEqual(2);
    await page.close();
  });
});

describe("the summary of a worst-decile quartier", () => {
  it("calls it one of the 10 % most fragile, with its published rank", async () => {
    const worst = fragility
      .filter((r) => r.level === "quartier" && r.status === "ranked")
      .find((r) => Number(r.rank) === 2)!;
    const { page } = await openOk(browser, `/en/quartier/${worst.territory_code}/`);
    const first = await page.locator("[data-summary] li").first().textContent();
    expect(first).toContain(
      `among the 10% most socially fragile neighbourhoods of the region (2nd of ${worst.pool_size})`,
    );
    await page.close();
  });

  it("does not call a mid-ranked quartier so", async () => {
    const middle = fragility
      .filter((r) => r.level === "quartier" && r.status === "ranked")
      .find((r) => Number(r.rank) === Math.round(Number(r.pool_size) / 2))!;
    const { page } = await openOk(browser, `/en/quartier/${middle.territory_code}/`);
    const first = await page.locator("[data-summary] li").first().textContent();
    expect(first).not.toContain("10%");
    expect(first).toContain(`${Math.round(Number(middle.pool_size) / 2)}`);
    await page.close();
  });
});

describe.each(["fr", "nl", "en"] as const)("the glossary in %s", (language) => {
  it("defines every term, passes axe, and the profile's first use of a term links to it", async () => {
    const t = createTranslator(language);
    const { page } = await openOk(browser, `/${language}/glossary/`);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(t("glossary.title"));
    expect(await page.locator("[data-term]").evaluateAll((nodes) => nodes.map((n) => n.id))).toEqual([
      ...GLOSSARY_TERMS,
    ]);
    expect(await page.locator("#cpas dt").textContent()).toBe(t("glossary.term.cpas"));
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
    const profile = (await openOk(browser, `/${language}/commune/21004/`)).page;
    const links = await profile
      .locator("[data-summary] a")
      .evaluateAll((nodes) => nodes.map((n) => n.getAttribute("href")));
    expect(links.length).toBeGreaterThan(0);
    for (const href of links)
      expect(href).toMatch(new RegExp(`^/${language}/glossary/#(${GLOSSARY_TERMS.join("|")})$`));
    // Each term linked once only.
    expect(new Set(links).size).toBe(links.length);
    await profile.close();
  });
});
