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
import { gpRegisterExpected, type PublishedShortage } from "../helpers/gp-register-expected.ts";
import { pngSize } from "../helpers/png-header.ts";
import { exportPng, recordSvgBlobs, squeezed } from "./print-png.ts";

const baseUrl = inject("baseUrl");
const root = join(import.meta.dirname, "..", "..");
const EXAMPLE = join(root, "public", "downloads", "gp-register", "example-register.csv");
const BAD = join(root, "tests", "input", "gp-register");
const INDICATORS = [
  "gp_per_1000",
  "gp_fte_per_1000",
  "gp_need_adjusted_per_1000",
  "gp_access_2sfca",
  "gp_share_below_threshold",
  "gp_share_below_severe",
] as const;
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
    before: "Avant : le registre de votre fichier",
    after: "Après : avec vos modifications",
    change: "Différence : après moins avant",
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
    before: "Voor: het register uit uw bestand",
    after: "Na: met uw wijzigingen",
    change: "Verschil: na min voor",
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
    before: "Before: your file's register",
    after: "After: with your changes",
    change: "Change: after minus before",
  },
} as const;
type Language = keyof typeof text;

/** Waits for the results of the current parameters and register. */
async function results(page: Page): Promise<string> {
  await page.waitForSelector("[data-results][data-ready]:not([hidden])", { timeout: 30_000 });
  return (await page.locator("[data-results]").getAttribute("data-ready"))!;
}

/** Moves the register's first practice east with the arrow keys, `steps` times, each time waiting for the new results. */
async function moveFirstPracticeEast(page: Page, language: Language, steps: number): Promise<void> {
  await page.getByRole("button", { name: text[language].keyboard }).focus();
  for (let i = 0; i < steps; i++) {
    const shown = await results(page);
    await page.keyboard.press("ArrowRight");
    await page.waitForFunction(
      (previous) => document.querySelector("[data-results]")?.getAttribute("data-ready") !== previous,
      shown,
    );
  }
  expect(await results(page)).toMatch(/\|edited$/);
}

/** A map's areas as code → [fill, accessible name]. */
async function mapAreas(page: Page, frame: string): Promise<Map<string, [string, string]>> {
  const areas = await page
    .locator(`${frame} path[data-code]`)
    .evaluateAll((paths) =>
      paths.map((p) => [p.getAttribute("data-code")!, [p.getAttribute("fill")!, p.getAttribute("aria-label")!]]),
    );
  return new Map(areas as [string, [string, string]][]);
}

async function loadExample(page: Page, language: Language): Promise<void> {
  await page.getByRole("button", { name: text[language].example }).click();
  await results(page);
}

/** The register page in `language` (with `query`), the example file loaded and its results shown. */
async function openWithExample(language: Language, query = ""): Promise<OpenedPage> {
  const opened = await open(`/${language}/tools/gp-register/${query}`);
  await loadExample(opened.page, language);
  return opened;
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
    expect(await page.getByRole("table").first().getByRole("row").count()).toBe(14);
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
    // The card links to the area's published profile.
    const code = await page.locator("#gpr-table tbody tr").first().getAttribute("data-code");
    expect(await page.locator("[data-area-card] [data-card-profile] a").getAttribute("href")).toBe(
      `/${language}/quartier/${code}/`,
    );
    expect(await axeViolations(page)).toEqual([]);
    expect(outsideRequests(opened.requests)).toEqual([]);
    expect(opened.errors).toEqual([]);
  });

  it("after a keyboard move, shows the before and after maps side by side, labelled, an area changed between them", async () => {
    const { page } = opened;
    await loadExample(page, language);
    expect(await page.locator("[data-compare]").isHidden()).toBe(true);
    await moveFirstPracticeEast(page, language, 8);
    const before = page.getByRole("figure", { name: text[language].before, exact: true });
    const after = page.getByRole("figure", { name: text[language].after, exact: true });
    expect(await before.isVisible()).toBe(true);
    expect(await after.isVisible()).toBe(true);
    const [b, a] = [await mapAreas(page, "[data-map-before]"), await mapAreas(page, "[data-map-after]")];
    expect(b.size).toBe(145);
    expect([...a.keys()]).toEqual([...b.keys()]);
    const changed = [...a].filter(([code, [fill, name]]) => b.get(code)![0] !== fill || b.get(code)![1] !== name);
    expect(changed.length).toBeGreaterThan(0);
    // The change map: unchanged areas in the neutral class (or hatched), some changed ones out of it.
    expect(await page.getByRole("figure", { name: text[language].change, exact: true }).isVisible()).toBe(true);
    const change = await mapAreas(page, "[data-map-change]");
    const moved = new Set(changed.map(([code]) => code));
    for (const [code, [fill]] of change)
      if (!moved.has(code)) expect(["#f7f7f7", "url(#pattern-no-data)"], code).toContain(fill);
    expect(changed.some(([code]) => change.get(code)![0] !== "#f7f7f7")).toBe(true);
    // Side by side on a wide screen, stacked on a narrow one.
    const boxes = async () => ({ b: (await before.boundingBox())!, a: (await after.boundingBox())! });
    const wide = await boxes();
    expect(wide.a.y).toBe(wide.b.y);
    expect(wide.a.x).toBeGreaterThan(wide.b.x);
    await page.setViewportSize({ width: 400, height: 900 });
    const narrow = await boxes();
    expect(narrow.a.y).toBeGreaterThan(narrow.b.y);
    await page.setViewportSize({ width: 1280, height: 900 });
    expect(await axeViolations(page)).toEqual([]);
    expect(opened.errors).toEqual([]);
  });
});

describe("the result map from the keyboard", () => {
  it("Tab enters the map on an area named with its value, arrows go to the next area, Enter opens its card", async () => {
    const opened = await openWithExample("en");
    const { page } = opened;
    const rows = await page.locator("#gpr-table tbody tr").evaluateAll((trs) =>
      trs.slice(0, 2).map((tr) => ({
        code: tr.getAttribute("data-code")!,
        name: tr.querySelector("th")!.textContent!,
        value: tr.querySelector("td:last-child")!.textContent!,
      })),
    );
    await page.getByLabel(text.en.indicator, { exact: true }).focus();
    await page.keyboard.press("Tab");
    const focused = () =>
      page.evaluate(() => {
        const e = document.activeElement!;
        const style = getComputedStyle(e);
        return {
          frame: e.closest("[data-map]") !== null,
          code: e.getAttribute("data-code"),
          role: e.getAttribute("role"),
          outline: `${style.outlineStyle} ${style.outlineColor}`,
        };
      });
    expect(await focused()).toEqual({
      frame: true,
      code: rows[0]!.code,
      role: "button",
      outline: "solid rgb(224, 123, 0)",
    });
    // Its accessible name: the area's name and value, as in the table.
    const first = page.getByRole("button", { name: `${rows[0]!.name}: ${rows[0]!.value}`, exact: true });
    expect(await first.evaluate((e) => e === document.activeElement)).toBe(true);
    await page.keyboard.press("ArrowRight");
    expect((await focused()).code).toBe(rows[1]!.code);
    await page.keyboard.press("Enter");
    await page.locator("[data-area-card]:not([hidden])").waitFor();
    await page.waitForFunction(() => document.activeElement?.hasAttribute("data-card-heading"));
    expect(await page.locator("[data-card-heading]").textContent()).toContain(rows[1]!.name);
    // The chosen area is pressed; Shift+Tab from the card does not lose the map's single tab stop.
    expect(await page.locator(`[data-map] path[data-code="${rows[1]!.code}"]`).getAttribute("aria-pressed")).toBe(
      "true",
    );
    expect(await page.locator("[data-map] path[tabindex='0']").count()).toBe(1);
    expect(opened.errors).toEqual([]);
    await close(opened);
  });
});

describe("the example register, per quartier, against what the pipeline publishes for it", () => {
  let published: PublishedShortage;
  let opened: OpenedPage;
  beforeAll(async () => {
    published = await gpRegisterExpected(EXAMPLE);
    opened = await openWithExample("en");
  }, 180_000);
  afterAll(() => close(opened));

  /** A published value as the page writes it (en-GB): ratios with 3 decimals, shares up to 3 and " %". */
  const written = (id: (typeof INDICATORS)[number], value: number | null) => {
    if (value === null) return "—";
    if (id.startsWith("gp_share"))
      return `${new Intl.NumberFormat("en-GB", { maximumFractionDigits: 3 }).format(value)} %`;
    return new Intl.NumberFormat("en-GB", { minimumFractionDigits: 3, maximumFractionDigits: 3 }).format(value);
  };

  it.each(INDICATORS)("shows every quartier's %s as published", async (id) => {
    const { page } = opened;
    await page.getByLabel("Indicator", { exact: true }).selectOption(id);
    await page.waitForFunction(
      (label) => document.querySelector("#gpr-table caption")?.textContent?.startsWith(label),
      (await page.locator(`#gpr-indicator option[value="${id}"]`).textContent())!,
    );
    const cells = await page
      .locator("#gpr-table tbody")
      .getByRole("row")
      .evaluateAll((rows) =>
        rows.map((tr) => [tr.getAttribute("data-code")!, tr.querySelector("td:last-child")!.textContent!]),
      );
    const expected = Object.entries(published.values.quartier!).map(([code, values]) => [
      code,
      written(id, values[id]),
    ]);
    expect(cells).toHaveLength(145);
    expect(Object.fromEntries(cells)).toEqual(Object.fromEntries(expected));
  });

  it("reads the XLSX example in the browser to the same numbers", async () => {
    const xlsx = await open("/en/tools/gp-register/");
    await xlsx.page.getByLabel(text.en.file).setInputFiles(EXAMPLE.replace(/\.csv$/, ".xlsx"));
    expect(await results(xlsx.page)).toMatch(/\|48\|file$/);
    await xlsx.page.getByLabel("Indicator", { exact: true }).selectOption("gp_share_below_threshold");
    await opened.page.getByLabel("Indicator", { exact: true }).selectOption("gp_share_below_threshold");
    expect(await tableValues(xlsx.page)).toEqual(await tableValues(opened.page));
    expect(await xlsx.page.locator("[data-computed-from]").textContent()).toContain("example-register.xlsx");
    await close(xlsx);
  });

  it("downloads, at every level, exactly the published values", async () => {
    const { page } = opened;
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download the results (CSV)" }).click(),
    ]);
    const rows = parseCsv(readFileSync((await download.path())!, "utf8"));
    const number = (text: string) => (text === "" ? null : Number(text));
    const got: PublishedShortage["values"] = {};
    for (const row of rows)
      (got[row.level!] ??= {})[row.territory_code!] = Object.fromEntries(
        INDICATORS.map((id) => [id, number(row[id]!)]),
      ) as Record<(typeof INDICATORS)[number], number | null>;
    for (const level of ["quartier", "commune", "bassin", "region"])
      expect(got[level], level).toEqual(published.values[level]);
  });
});

/** Each bad register's problem, as the page lists it in French (row and column, then the engine's message). */
const badFiles: Record<string, { fr: string; rows: number | null; good: number }> = {
  "duplicate-rows.csv": { fr: "Ligne 6 : cette ligne répète la ligne 3", rows: 5, good: 4 },
  "latin1.csv": {
    fr: "Ligne 3, colonne « name » : le fichier n'est pas en UTF-8 : l'octet 0xE9 semble être du Latin-1 ou du Windows-1252 ; enregistrez-le à nouveau en « CSV UTF-8 » puis chargez-le",
    rows: null,
    good: 0,
  },
  "missing-column.csv": {
    fr: "Ligne 1, colonne « practice_id » : la colonne practice_id manque : elle est obligatoire",
    rows: null,
    good: 0,
  },
  "outside-region.csv": {
    fr: "Ligne 3, colonne « lon » : la position 4.7011, 50.8789 (WGS84) est en dehors de tous les secteurs statistiques de la Région de Bruxelles-Capitale",
    rows: 4,
    good: 3,
  },
  "unknown-sector.csv": {
    fr: "Ligne 4, colonne « sector_code » : code de secteur statistique inconnu « 21004Z99- »",
    rows: 4,
    good: 3,
  },
  "wrong-separator.csv": {
    fr: "Ligne 1 : les colonnes sont séparées par des tabulations : séparez-les par une virgule (,) ou un point-virgule (;)",
    rows: null,
    good: 0,
  },
};

describe("bad registers", () => {
  let opened: OpenedPage;
  beforeAll(async () => {
    opened = await open("/fr/tools/gp-register/");
  });
  afterAll(() => close(opened));

  it.each(Object.keys(badFiles))(
    "%s: its problem is listed with row and column in French, nothing computed",
    async (file) => {
      const { page } = opened;
      await page.getByLabel(text.fr.file).setInputFiles(join(BAD, file));
      const section = page.getByRole("region", { name: "Problèmes dans le fichier" });
      await section.waitFor();
      await page.waitForFunction(
        (name) => document.querySelector("[data-errors-summary]")?.textContent?.includes(name),
        file,
      );
      expect(await section.getByRole("listitem").allTextContents()).toEqual([badFiles[file]!.fr]);
      expect(await page.locator("[data-results]").isHidden()).toBe(true);
      const offer = section.getByRole("button");
      if (badFiles[file]!.good > 0) {
        expect(await offer.textContent()).toBe(
          `Calculer quand même avec les ${badFiles[file]!.good} lignes correctes (lignes écartées : 1)`,
        );
      } else expect(await offer.isHidden()).toBe(true);
      expect(await axeViolations(page)).toEqual([]);
    },
  );

  it("computes with the good rows only when asked, and says how many were left out", async () => {
    const { page } = opened;
    await page.getByLabel(text.fr.file).setInputFiles(join(BAD, "unknown-sector.csv"));
    await page.getByRole("button", { name: /Calculer quand même avec les 3 lignes correctes/ }).click();
    await results(page);
    expect(await page.locator("[data-computed-from]").textContent()).toBe(
      "Calculé à partir de votre fichier « unknown-sector.csv » (3 lignes ; lignes écartées à votre demande : 1, voir les problèmes ci-dessus) : ces chiffres ne sont pas publiés par l'observatoire.",
    );
    // The problems stay listed above the results.
    expect(await page.locator("[data-errors]").isVisible()).toBe(true);
  });

  it("lists the problem in Dutch and in English too", async () => {
    const cases = [
      ["nl", "unknown-sector.csv", "Rij 4, kolom 'sector_code': onbekende code van statistische sector '21004Z99-'"],
      [
        "en",
        "latin1.csv",
        'Row 3, column "name": the file is not UTF-8: byte 0xE9 looks like Latin-1 or Windows-1252; save it again as CSV UTF-8 and load it again',
      ],
      [
        "en",
        "wrong-separator.csv",
        "Row 1: columns are separated by tabs: separate them with a comma (,) or a semicolon (;)",
      ],
    ] as const;
    for (const [language, file, message] of cases) {
      const page = await open(`/${language}/tools/gp-register/`);
      await page.page.getByLabel(text[language].file).setInputFiles(join(BAD, file));
      await page.page.locator("[data-errors] li").first().waitFor();
      expect(await page.page.locator("[data-errors] li").allTextContents()).toEqual([message]);
      await close(page);
    }
  });
});

describe("the radius in the URL", () => {
  it("changes the 2SFCA results and survives the shared link and a language switch", async () => {
    const opened = await openWithExample("en");
    const { page } = opened;
    const defaults = await tableValues(page);

    const shared = await openWithExample("en", "?r=1500");
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
    const opened = await openWithExample("fr");
    const { page } = opened;
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
    const opened = await openWithExample("en");
    const { page } = opened;
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

describe("what-if by adding and by dragging", () => {
  it("adds a practice at the chosen area's centre, and drags one with the pointer", async () => {
    const opened = await openWithExample("en");
    const { page } = opened;
    // Choose the quartier Marolles, then add a practice there.
    await page.locator("#gpr-table tbody").getByRole("button", { name: "Marolles", exact: true }).click();
    const marollesCode = await page.locator("#gpr-table tbody tr.selected").getAttribute("data-code");
    const shown = await results(page);
    await page.getByRole("button", { name: /^Add a practice/ }).click();
    await page.waitForFunction(
      (previous) => document.querySelector("[data-results]")?.getAttribute("data-ready") !== previous,
      shown,
    );
    expect(await results(page)).toMatch(/\|49\|edited$/);
    expect(await page.getByLabel(text.en.practice, { exact: true }).inputValue()).toBe("new-1");
    const status = (await page.locator("[data-whatif-status]").textContent())!;
    const sector = status.match(/^new-1 added; it lies in sector (\S+)\.$/)?.[1];
    expect(sector, status).toBeDefined();
    // The chosen area's card shows every indicator before and after, side by side.
    const card = page.getByRole("region", { name: "Marolles (Quartier)" });
    expect(await card.getByRole("columnheader").allTextContents()).toEqual([
      "Indicator",
      "Before",
      "After",
      "Change",
      "INAMI thresholds",
    ]);
    expect(marollesCode).not.toBeNull();

    // Drag the new practice 60 px to the right with the mouse.
    const dot = page.locator('[data-map] circle[data-practice="new-1"]');
    await dot.scrollIntoViewIfNeeded();
    const box = (await dot.boundingBox())!;
    const before = await results(page);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 30, box.y + box.height / 2, { steps: 5 });
    await page.mouse.move(box.x + box.width / 2 + 60, box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
    await page.waitForFunction(
      (previous) => document.querySelector("[data-results]")?.getAttribute("data-ready") !== previous,
      before,
    );
    expect(await page.locator("[data-whatif-status]").textContent()).toMatch(/^new-1 moved; it lies in sector \S+\.$/);
    const moved = (await page.locator('[data-map] circle[data-practice="new-1"]').boundingBox())!;
    expect(moved.x - box.x).toBeGreaterThan(40);
    expect(opened.errors).toEqual([]);
    await close(opened);
  });
});

describe("downloads", () => {
  it("say in their names and contents that they were computed from the user's file", async () => {
    const opened = await openWithExample("en");
    const { page } = opened;
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
    // The map's PNG: the map on screen at print resolution, its title and subtitle saying where it comes from.
    await recordSvgBlobs(page);
    const figure = page.locator("figure").filter({ has: page.locator("[data-map] svg") });
    const png = await exportPng(page, figure.getByRole("button", { name: "PNG image for print (2000 px)" }));
    expect(png.name).toBe("gp-shortage-computed-from-your-file-example-register-quartier-gp_access_2sfca.png");
    expect(png.bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
    expect(pngSize(png.bytes).width).toBe(2000);
    expect(png.drawnText).toContain(
      squeezed("Spatial access to GPs (2SFCA, per 1,000), by neighbourhood — computed from your file"),
    );
    expect(png.drawnText).toContain(
      squeezed("Brussels-Capital Region · Computed from your file: not a figure published by the observatory"),
    );
    expect(png.drawnText).toContain(squeezed('Computed from your file "example-register.csv"'));
    expect(png.drawnText).toContain(squeezed(page.url()));
    const large = await exportPng(page, figure.getByRole("button", { name: "High-resolution PNG (4000 px)" }));
    expect(large.name).toBe("gp-shortage-computed-from-your-file-example-register-quartier-gp_access_2sfca@2x.png");
    expect(pngSize(large.bytes).width).toBe(4000);
    await close(opened);
  });
});

describe("the result map on the example file", () => {
  it("matches its snapshot", async () => {
    const opened = await openWithExample("en");
    const svg = await opened.page.locator("[data-map] svg").evaluate((element) => element.outerHTML);
    expectSnapshot("gp-register-map-example", svg);
    await close(opened);
  });
});

describe("without JavaScript", () => {
  it("still documents the columns, the files to download and the method, and says the tool needs JavaScript", async () => {
    const opened = await openPage(browser, `${baseUrl}/fr/tools/gp-register/`, { javaScriptEnabled: false });
    const { page } = opened;
    expect(await page.locator("table.gpr-columns tbody tr").count()).toBe(13);
    expect(await page.locator('a[href="/downloads/gp-register/example-register.csv"]').isVisible()).toBe(true);
    expect(await page.locator(".tool-method p").count()).toBeGreaterThanOrEqual(6);
    expect(await page.getByLabel(text.fr.file).isVisible()).toBe(false);
    expect(await page.locator("main").innerText()).toContain("a besoin de JavaScript");
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
