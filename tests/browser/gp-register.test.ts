/**
 * The bring-your-own GP register page (issue 12's "Done when"): the example register gives, per
 * quartier, the numbers the pipeline publishes for the same file; each bad file shows its error
 * with row and column in the page's language; the radius in the URL changes the 2SFCA results and
 * survives a shared link and a language switch; nothing leaves the page's origin while a file is
 * processed; a what-if edit made with the keyboard changes a quartier's access; axe in three
 * languages; a snapshot of the result map on the example file.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { axeViolations, launchBrowser, openPage, outsideRequests, parseCsv, type OpenedPage } from "./browser.ts";
import { expectSnapshot } from "../helpers/snapshot.ts";

const baseUrl = inject("baseUrl");
const root = join(import.meta.dirname, "..", "..");
const EXAMPLE = join(root, "public", "downloads", "gp-register", "example-register.csv");
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const open = (path: string) => openPage(browser, `${baseUrl}${path}`);
const close = (opened: OpenedPage | undefined) => opened?.page.context().close();

const text = {
  fr: {
    h1: "Pénurie de généralistes à partir de votre registre",
    example: "Charger le fichier d'exemple",
    file: "Fichier du registre (CSV ou XLSX)",
    radius: "Rayon de la zone de desserte (mètres)",
    level: "Niveau",
    indicator: "Indicateur",
    access: "Accès spatial aux généralistes (2SFCA, pour 1 000)",
    keyboard: "Déplacer au clavier",
    practice: "Cabinet",
    locale: "fr-BE",
  },
  nl: {
    h1: "Huisartsentekort op basis van uw register",
    example: "Het voorbeeldbestand laden",
    file: "Registerbestand (CSV of XLSX)",
    radius: "Straal van het verzorgingsgebied (meter)",
    level: "Niveau",
    indicator: "Indicator",
    access: "Ruimtelijke toegang tot huisartsen (2SFCA, per 1 000)",
    keyboard: "Verplaatsen met het toetsenbord",
    practice: "Praktijk",
    locale: "nl-BE",
  },
  en: {
    h1: "GP shortage from your own register",
    example: "Load the example file",
    file: "Register file (CSV or XLSX)",
    radius: "Catchment radius (metres)",
    level: "Level",
    indicator: "Indicator",
    access: "Spatial access to GPs (2SFCA, per 1,000)",
    keyboard: "Move with the keyboard",
    practice: "Practice",
    locale: "en-GB",
  },
} as const;
type Language = keyof typeof text;

/** Waits for the results of the current parameters and register. */
async function results(page: Page): Promise<string> {
  await page.waitForSelector("[data-results][data-ready]:not([hidden])", { timeout: 30_000 });
  return (await page.locator("[data-results]").getAttribute("data-ready"))!;
}

async function loadExample(page: Page, language: Language): Promise<void> {
  await page.getByRole("button", { name: text[language].example }).click();
  await results(page);
}

/** The results table as name → the indicator's cell text, read through its roles. */
async function tableValues(page: Page): Promise<Map<string, string>> {
  const rows = page.locator("#gpr-table tbody").getByRole("row");
  const cells = await rows.evaluateAll((trs) =>
    trs.map((tr) => [tr.querySelector("th")!.textContent!, tr.querySelector("td:last-child")!.textContent!]),
  );
  return new Map(cells as [string, string][]);
}

describe.each(["fr", "nl", "en"] as const)("the GP register page in %s", (language) => {
  let opened: OpenedPage;
  beforeAll(async () => {
    opened = await open(`/${language}/tools/gp-register/`);
  });
  afterAll(() => close(opened));

  it("explains the columns and offers the template and the example, and has no WCAG 2.2 A/AA violation", async () => {
    const { page } = opened;
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(text[language].h1);
    expect(await page.getByRole("table").first().getByRole("row").count()).toBe(13);
    for (const file of ["template.csv", "example-register.csv", "example-register.xlsx"])
      expect(await page.locator(`a[href="/downloads/gp-register/${file}"]`).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
  });

  it("shows the example's results on the map, the table and an area card, still without an axe violation", async () => {
    const { page } = opened;
    await loadExample(page, language);
    expect(await page.locator("[data-map] path[data-code]").count()).toBe(145);
    expect(await page.locator("#gpr-table tbody tr").count()).toBe(145);
    await page.locator("#gpr-table tbody").getByRole("button").first().click();
    await page.locator("[data-area-card]:not([hidden])").waitFor();
    expect(await page.locator("[data-area-card] tbody tr").count()).toBe(6);
    expect(await axeViolations(page)).toEqual([]);
    expect(outsideRequests(opened.requests)).toEqual([]);
    expect(opened.errors).toEqual([]);
  });
});

describe("the radius in the URL", () => {
  it("changes the 2SFCA results and survives the shared link and a language switch", async () => {
    const opened = await open("/en/tools/gp-register/");
    const { page } = opened;
    await loadExample(page, "en");
    const defaults = await tableValues(page);

    const shared = await open("/en/tools/gp-register/?r=1500");
    await loadExample(shared.page, "en");
    expect(await shared.page.getByLabel(text.en.radius).inputValue()).toBe("1500");
    expect(await results(shared.page)).toContain("r=1500");
    const wide = await tableValues(shared.page);
    expect(wide.size).toBe(145);
    const changed = [...wide].filter(([name, value]) => defaults.get(name) !== value);
    expect(changed.length).toBeGreaterThan(10);

    // Reloading the shared link keeps the radius.
    await shared.page.reload();
    expect(await shared.page.getByLabel(text.en.radius).inputValue()).toBe("1500");
    await loadExample(shared.page, "en");
    expect(await tableValues(shared.page)).toEqual(wide);

    // The language selector carries the parameters.
    await shared.page.getByRole("link", { name: "Nederlands" }).click();
    await shared.page.waitForURL(/\/nl\/tools\/gp-register\/\?r=1500$/);
    expect(await shared.page.getByLabel(text.nl.radius).inputValue()).toBe("1500");
    await loadExample(shared.page, "nl");
    const dutch = await tableValues(shared.page);
    const asNumber = (value: string) => Number(value.replace(/\s/g, "").replace(",", "."));
    // Same numbers, written the Dutch way.
    expect([...dutch.values()].map(asNumber)).toEqual([...wide.values()].map(asNumber));
    await close(opened);
    await close(shared);
  });

  it("changing the radius in the form rewrites the URL and the language links", async () => {
    const opened = await open("/fr/tools/gp-register/");
    const { page } = opened;
    await loadExample(page, "fr");
    await page.getByLabel(text.fr.radius).fill("900");
    await page.getByLabel(text.fr.radius).press("Enter");
    await page.waitForURL(/\?r=900$/);
    expect(await results(page)).toContain("r=900");
    expect(await page.getByRole("link", { name: "English" }).getAttribute("href")).toBe(
      `${baseUrl}/en/tools/gp-register/?r=900`,
    );
    await close(opened);
  });

  it("falls back to the default for a radius it does not accept, with a notice", async () => {
    const opened = await open("/fr/tools/gp-register/?r=abc");
    const { page } = opened;
    const notice = page.locator("[data-param-notice]");
    await notice.waitFor();
    expect(await notice.locator("li").allTextContents()).toEqual(["r = « abc »"]);
    expect(await page.getByLabel(text.fr.radius).inputValue()).toBe("600");
    expect(new URL(page.url()).search).toBe("");
    await close(opened);
  });
});

describe("privacy", () => {
  it("sends no request outside the page's origin while a file is read and computed", async () => {
    const opened = await open("/en/tools/gp-register/");
    const { page, requests } = opened;
    await page.waitForLoadState("networkidle");
    const before = requests.length;
    await page.getByLabel(text.en.file).setInputFiles(EXAMPLE);
    await results(page);
    await page.waitForLoadState("networkidle");
    const during = requests.slice(before);
    const origin = new URL(baseUrl).origin;
    expect(during.filter((url) => !url.startsWith("blob:") && new URL(url).origin !== origin)).toEqual([]);
    // The file itself is never requested nor posted: only the site's own maps may load.
    expect(during.every((url) => url.startsWith(`${origin}/site-data/`) || url.startsWith(`${origin}/_astro/`))).toBe(
      true,
    );
    expect(outsideRequests(requests)).toEqual([]);
    await close(opened);
  });
});

describe("what-if with the keyboard", () => {
  it("moving a practice with the arrow keys changes a quartier's access, shown before and after", async () => {
    const opened = await open("/en/tools/gp-register/");
    const { page } = opened;
    await loadExample(page, "en");
    const practice = page.getByLabel(text.en.practice, { exact: true });
    await practice.focus();
    const first = await practice.inputValue();
    await page.getByRole("button", { name: text.en.keyboard }).focus();
    for (let i = 0; i < 8; i++) {
      const shown = await results(page);
      await page.keyboard.press("ArrowRight");
      await page.waitForFunction(
        (previous) => document.querySelector("[data-results]")?.getAttribute("data-ready") !== previous,
        shown,
      );
    }
    expect(await results(page)).toMatch(/\|edited$/);
    const headers = await page.locator("#gpr-table thead").getByRole("columnheader").allTextContents();
    expect(headers).toEqual([
      "Quartier",
      "Residents",
      "GPs",
      `Before: ${text.en.access}`,
      `After: ${text.en.access}`,
      "Change",
    ]);
    const changes = await page
      .locator("#gpr-table tbody tr td:last-child")
      .allTextContents()
      .then((cells) => cells.filter((c) => c.startsWith("+") || c.startsWith("−")));
    expect(changes.length).toBeGreaterThan(0);
    expect(await page.locator("[data-whatif-status]").textContent()).toContain(`${first} moved east`);

    // Delete removes it; undo brings the file's register back.
    await page.keyboard.press("Delete");
    await page.waitForFunction((id) => !document.querySelector(`[data-map] circle[data-practice="${id}"]`), first);
    await page.getByRole("button", { name: "Undo all edits" }).click();
    await page.waitForSelector("[data-results][data-ready$='|file']");
    expect(await page.locator("#gpr-table thead").getByRole("columnheader").count()).toBe(4);
    await close(opened);
  });
});

describe("downloads", () => {
  it("say in their names and contents that they were computed from the user's file", async () => {
    const opened = await open("/en/tools/gp-register/");
    const { page } = opened;
    await loadExample(page, "en");
    const save = async (name: string) => {
      const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name }).click()]);
      return { name: download.suggestedFilename(), bytes: readFileSync((await download.path())!) };
    };
    const csv = await save("Download the results (CSV)");
    expect(csv.name).toBe("gp-shortage-computed-from-your-file-example-register.csv");
    const rows = parseCsv(csv.bytes.toString("utf8"));
    expect(rows.filter((r) => r.level === "quartier")).toHaveLength(145);
    expect(new Set(rows.map((r) => r.computed_from))).toEqual(
      new Set(['Computed from your file "example-register.csv", not published by the observatory']),
    );
    const xlsx = await save("Download the results (XLSX)");
    expect(xlsx.name).toBe("gp-shortage-computed-from-your-file-example-register.xlsx");
    expect(xlsx.bytes.subarray(0, 2).toString("latin1")).toBe("PK");
    const png = await save("Download the map (PNG)");
    expect(png.name).toBe("gp-shortage-computed-from-your-file-example-register-quartier-gp_access_2sfca.png");
    expect(png.bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
    await close(opened);
  });
});

describe("the result map on the example file", () => {
  it("matches its snapshot", async () => {
    const opened = await open("/en/tools/gp-register/");
    await loadExample(opened.page, "en");
    const svg = await opened.page.locator("[data-map] svg").evaluate((element) => element.outerHTML);
    expectSnapshot("gp-register-map-example", svg);
    await close(opened);
  });
});

describe("the tools index", () => {
  it.each(["fr", "nl", "en"] as const)("links to the register page in %s", async (language) => {
    const opened = await open(`/${language}/tools/`);
    await opened.page.getByRole("link", { name: text[language].h1 }).click();
    await opened.page.waitForURL(`**/${language}/tools/gp-register/`);
    await close(opened);
  });
});
