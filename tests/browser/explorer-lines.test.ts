/**
 * Issue 14: the explorer's Chart tab offers the lines over time, in the manner of Our World in
 * Data's grapher, for an indicator with more than one year at the level shown: the region's line
 * and the first areas of the ranking (or the selected one), the choice kept in the URL, and a
 * plain sentence instead for an indicator with one year. In three languages, axe-clean.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { axeViolations, launchBrowser } from "./browser.ts";

const baseUrl = inject("baseUrl");
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function open(path: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, bypassCSP: true });
  await page.goto(`${baseUrl}${path}`);
  await page.locator("[data-explorer][data-ready=true]").waitFor();
  return page;
}

const TEXTS = {
  fr: {
    ranking: "Classement",
    overTime: "Dans le temps",
    regionLabel: "Région entière",
    regionName: "Région de Bruxelles-Capitale",
    breakLabel: "2025 : changement de méthode",
    noRegion: "La région n'a pas de valeur publiée pour ces années : pas de ligne régionale.",
    title: "Bénéficiaires de l'intervention majorée (BIM) dans le temps, 2010–2024, par commune",
    oneYear:
      "« Indice de fragilité sociale » n'a qu'une année publiée par commune (2025) : pas de lignes dans le temps, seulement le classement.",
  },
  nl: {
    ranking: "Rangschikking",
    overTime: "Door de tijd",
    regionLabel: "Hele gewest",
    regionName: "Brussels Hoofdstedelijk Gewest",
    breakLabel: "2025: gewijzigde methode",
    noRegion: "Het gewest heeft geen gepubliceerde waarde voor deze jaren: geen gewestlijn.",
    title: "Rechthebbenden op verhoogde tegemoetkoming (VT) door de tijd, 2010–2024, per gemeente",
    oneYear:
      "'Index van sociale kwetsbaarheid' heeft maar één gepubliceerd jaar per gemeente (2025): geen lijnen door de tijd, alleen de rangschikking.",
  },
  en: {
    ranking: "Ranking",
    overTime: "Over time",
    regionLabel: "Whole region",
    regionName: "Brussels-Capital Region",
    breakLabel: "2025: method change",
    noRegion: "The region has no published value for these years: no region line.",
    title: "Entitled to increased reimbursement (BIM) over time, 2010–2024, by municipality",
    oneYear:
      "'Social fragility index' has only one published year by municipality (2025): no lines over time, only the ranking.",
  },
} as const;

/** The lines drawn: their codes in drawing order (the region first). */
const lineCodes = (page: Page) =>
  page.locator("[data-chart] g[data-kind]").evaluateAll((gs) => gs.map((g) => g.getAttribute("data-code")));
/** The end labels of the region and the areas, without their values. */
const endLabels = (page: Page) =>
  page
    .locator('[data-chart] text[font-weight="700"]')
    .evaluateAll((texts) => texts.map((t) => [t.getAttribute("fill"), t.textContent]));
const rankedCodes = (page: Page) =>
  page
    .locator("[data-rows] tr")
    .evaluateAll((trs) =>
      trs.filter((tr) => tr.querySelector("td")!.textContent !== "–").map((tr) => tr.getAttribute("data-code")!),
    );

describe.each(["fr", "nl", "en"] as const)("the Chart tab's lines over time in %s", (language) => {
  const text = TEXTS[language];

  it("switches from the ranking to the lines by keyboard, the region and the first three areas, in the URL", async () => {
    const page = await open(`/${language}/?i=bim_share&l=commune&tab=chart`);
    const ranking = page.getByRole("radio", { name: text.ranking, exact: true });
    const overTime = page.getByRole("radio", { name: text.overTime, exact: true });
    expect(await ranking.isChecked()).toBe(true);
    expect(await page.locator("[data-chart] g[data-code]").count()).toBe(19);
    await ranking.focus();
    await page.keyboard.press("ArrowRight");
    await page.waitForURL(`${baseUrl}/${language}/?i=bim_share&l=commune&tab=chart&chart=lines`);
    await expect.poll(() => lineCodes(page)).toHaveLength(4);
    expect(await overTime.isChecked()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.getAttribute("value"))).toBe("lines");
    const ranked = await rankedCodes(page);
    expect(await lineCodes(page)).toEqual(["region", ...ranked.slice(0, 3)]);
    const labels = await endLabels(page);
    expect(labels[0]![0]).toBe("#1b1f24");
    expect(labels[0]![1]).toMatch(new RegExp(`^${text.regionLabel} \\d`));
    expect(await page.getByRole("img", { name: text.title, exact: true }).count()).toBe(1);
    expect((await page.locator("[data-chart-title]").textContent())!.trim()).toBe(text.title);
    // The table alternative: the region by its full name, then the three areas, a column per year.
    const table = page.locator("[data-lines-table]");
    await table.locator("summary").click();
    const rows = table.locator("tbody tr");
    expect(await rows.count()).toBe(4);
    expect(await rows.first().locator("th").textContent()).toBe(text.regionName);
    expect(await table.locator("thead th").count()).toBe(1 + 15);
    expect(await axeViolations(page)).toEqual([]);
    // Back returns to the ranking.
    await page.goBack();
    await expect.poll(() => ranking.isChecked()).toBe(true);
    expect(await page.locator("[data-chart] g[data-kind]").count()).toBe(0);
    expect(await page.locator("[data-lines-table]").isVisible()).toBe(false);
    await page.close();
  });

  it("restores the lines from the URL, the selected area's line first after the region", async () => {
    const page = await open(`/${language}/?i=bim_share&l=commune&a=21015&tab=chart&chart=lines`);
    await expect.poll(() => lineCodes(page)).toHaveLength(5);
    const ranked = (await rankedCodes(page)).filter((code) => code !== "21015");
    expect(await lineCodes(page)).toEqual(["region", "21015", ...ranked.slice(0, 3)]);
    expect(await page.getByRole("radio", { name: text.overTime, exact: true }).isChecked()).toBe(true);
    await page.close();
  });

  it("stops the lines at a comparability break and says when the region has no line", async () => {
    // The fragility index by neighbourhood: 2010–2022 and 2025, a method change in 2025, no region value.
    const page = await open(`/${language}/?tab=chart&chart=lines`);
    await expect.poll(() => lineCodes(page)).toHaveLength(3);
    expect((await lineCodes(page)).includes("region")).toBe(false);
    expect((await page.locator("[data-lines-which]").textContent())!.endsWith(text.noRegion)).toBe(true);
    const rule = page.locator('[data-chart] g[data-break="2025"]');
    expect(await rule.locator("text").textContent()).toBe(text.breakLabel);
    const ruleX = Number(await rule.locator("line").getAttribute("x1"));
    // No drawn run of a line has points on both sides of the rule.
    const runs = await page
      .locator("[data-chart] g[data-kind] path")
      .evaluateAll((paths) =>
        paths.map((p) => [...p.getAttribute("d")!.matchAll(/[ML]([\d.]+),/g)].map((m) => Number(m[1]))),
      );
    expect(runs.length).toBeGreaterThan(0);
    for (const xs of runs) expect(xs.every((x) => x < ruleX) || xs.every((x) => x > ruleX), xs.join(" ")).toBe(true);
    await page.close();
  });

  it("says plainly that an indicator with one year has no lines, and shows its ranking", async () => {
    const page = await open(`/${language}/?l=commune&tab=chart&chart=lines`);
    expect((await page.locator("[data-chart-one-year]").textContent())!.trim()).toBe(text.oneYear);
    expect(await page.getByRole("radio", { name: text.overTime, exact: true }).count()).toBe(0);
    expect(await page.locator("[data-chart] g[data-kind]").count()).toBe(0);
    expect(await page.locator("[data-chart] g[data-code]").count()).toBe(19);
    await page.close();
  });
});

describe("the lines' drawing code", () => {
  it("loads only when a visitor asks for lines, not with the explorer's first screen", async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const scripts: string[] = [];
    page.on("request", (request) => {
      if (request.resourceType() === "script") scripts.push(new URL(request.url()).pathname);
    });
    await page.goto(`${baseUrl}/fr/?i=bim_share&l=commune&tab=chart`);
    await page.locator("[data-explorer][data-ready=true]").waitFor();
    await page.waitForLoadState("networkidle");
    const linesCode = (path: string) => /\/_astro\/(chart-lines|line-chart|d3-scale)\.[^/]+\.js$/.test(path);
    expect(scripts.filter(linesCode)).toEqual([]);
    await page.getByRole("radio", { name: TEXTS.fr.overTime, exact: true }).check();
    await expect.poll(() => lineCodes(page)).toHaveLength(4);
    expect(scripts.filter(linesCode).length).toBeGreaterThan(0);
    await page.close();
  });
});
