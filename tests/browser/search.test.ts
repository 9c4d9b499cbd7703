import { readFileSync } from "node:fs";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { axeViolations, launchBrowser, outsideRequests, parseCsv, recordRequests } from "./browser.ts";
import messages from "../../src/i18n/messages/search.json";

const baseUrl = inject("baseUrl");
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const table = (name: string) => parseCsv(readFileSync(`public/data/tables/${name}.csv`, "utf8"));
const quartiers = table("quartiers");
const communes = table("communes");
const region = table("region")[0]!;
type Lang = "fr" | "nl" | "en";
const quartier = (fr: string) => quartiers.find((q) => q.name_fr === fr)!;
const name = (row: Record<string, string>, language: Lang) => row[`name_${language}`]!;

/** Flagey's sector representative point (inside sector 21009A101, quartier Flagey - Malibran). */
const FLAGEY = { latitude: 50.8286452, longitude: 4.372167 };
const ANTWERP = { latitude: 51.2194, longitude: 4.4025 };

async function openHome(
  language: Lang,
  viewport: { width: number; height: number },
  options: { geolocation?: typeof FLAGEY; grant?: boolean } = {},
): Promise<{ context: BrowserContext; page: Page; requests: string[]; errors: string[] }> {
  const context = await browser.newContext({ viewport, bypassCSP: true });
  if (options.grant) await context.grantPermissions(["geolocation"]);
  if (options.geolocation) await context.setGeolocation(options.geolocation);
  const page = await context.newPage();
  const requests = recordRequests(page);
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(String(error)));
  await page.goto(`${baseUrl}/${language}/`);
  return { context, page, requests, errors };
}

/** The suggestions (the page's selects have options too). */
const suggestions = (page: Page, language: Lang) =>
  page.getByRole("listbox", { name: messages[language]["explorer.find.listLabel"], exact: true }).getByRole("option");
const combobox = (page: Page, language: Lang) =>
  page.getByRole("combobox", { name: messages[language]["explorer.find.label"], exact: true });

describe.each([
  ["fr", { width: 1400, height: 900 }],
  ["nl", { width: 1400, height: 900 }],
  ["en", { width: 1400, height: 900 }],
  ["fr", { width: 390, height: 844 }],
  ["nl", { width: 390, height: 844 }],
  ["en", { width: 390, height: 844 }],
] as const)("the place search in %s at %o", (language, viewport) => {
  let context: BrowserContext;
  let page: Page;
  let requests: string[];
  let errors: string[];
  beforeAll(async () => ({ context, page, requests, errors } = await openHome(language, viewport)));
  afterAll(() => context.close());

  it("loads no names with the page, only on the first focus", async () => {
    await page.locator("[data-explorer][data-ready=true]").waitFor();
    expect(requests.filter((r) => r.includes("/site-data/search.json"))).toEqual([]);
    await combobox(page, language).focus();
    await expect.poll(() => requests.filter((r) => r.includes("/site-data/search.json")).length).toBe(1);
  });

  const searches: [string, () => string, () => string][] = [
    ["Flagey", () => "Flagey - Malibran", () => messages[language]["explorer.find.kind.quartier"].split("{")[0]!],
    ["marolle", () => name(quartier("Marolles"), language), () => ""],
    ["Cureghem Rosee", () => name(quartier("Cureghem Rosée"), language), () => ""],
    ["Stokkel", () => name(quartier("Stockel"), language), () => ""],
    [
      "1210",
      () => "1210",
      () =>
        name(
          communes.find((c) => c.commune_code === "21014")!,
          language,
        ),
    ],
    ["avenue Louise", () => "Louise (Avenue)", () => ""],
    ["Brussels", () => name(region, language), () => ""],
  ];
  it.each(searches)("finds %s: its area is the first suggestion", async (typed, expectedName, expectedDetail) => {
    const input = combobox(page, language);
    await input.fill(typed);
    const first = suggestions(page, language).first();
    await expect.poll(() => first.locator(".name").textContent()).toContain(expectedName());
    expect(await first.locator(".detail").textContent()).toContain(expectedDetail());
    expect(await input.getAttribute("aria-expanded")).toBe("true");
  });

  it("selects the chosen suggestion on the map", async () => {
    const input = combobox(page, language);
    await input.fill("marolle");
    await suggestions(page, language).first().click();
    await page.waitForURL(new RegExp(`a=${quartier("Marolles").quartier_code}(&|$)`));
    await expect
      .poll(() => page.locator("[data-selected]").first().textContent())
      .toContain(name(quartier("Marolles"), language));
    expect(await input.getAttribute("aria-expanded")).toBe("false");
    // The Dutch page names the Marollen and the French name typed: "Marollen (Marolles)".
    const shown = language === "nl" ? "Marollen (Marolles)" : name(quartier("Marolles"), language);
    expect(await input.inputValue()).toBe(shown);
    expect(await page.locator("[data-search-status]").textContent()).toBe(
      messages[language]["explorer.find.selected"].replace("{name}", shown),
    );
  });

  const marolles = quartier("Marolles");
  const saintJosse = communes.find((c) => c.commune_code === "21014")!;
  it.each([
    ["marolle", "quartier", marolles.quartier_code!, name(marolles, language)],
    ["1210", "commune", saintJosse.commune_code!, name(saintJosse, language)],
  ] as const)("offers a link to the profile of the area %s selects", async (typed, level, code, areaName) => {
    const input = combobox(page, language);
    await input.fill(typed);
    await suggestions(page, language).first().click();
    await page.waitForURL(new RegExp(`a=${code}(&|$)`));
    // Beside the search (the map's own "selected" line below the map may be out of sight on a phone).
    const link = page.locator("[data-area-search]").getByRole("link", {
      name: messages[language]["explorer.find.openProfile"].replace("{name}", areaName),
      exact: true,
    });
    expect(await link.isVisible()).toBe(true);
    expect(await link.getAttribute("href")).toBe(`/${language}/${level}/${code}/`);
  });

  it("takes the profile link away when the whole region is chosen", async () => {
    const link = page.locator("[data-area-search]").getByRole("link");
    await combobox(page, language).fill("marolle");
    await suggestions(page, language).first().click();
    await expect.poll(() => link.count()).toBe(1);
    await combobox(page, language).fill("Brussels");
    await suggestions(page, language).first().click();
    const [, after] = messages[language]["explorer.find.regionSelected"].split("{name}");
    await expect.poll(() => page.locator("[data-search-status]").textContent()).toMatch(new RegExp(`${after!}$`));
    expect(await link.count()).toBe(0);
  });

  it("says nothing matched and suggests the closest names", async () => {
    await combobox(page, language).fill("Etterbeck zzzzz");
    const etterbeek = name(
      communes.find((c) => c.commune_code === "21005")!,
      language,
    );
    const [before] = messages[language]["explorer.find.nearest"].replace("{query}", "Etterbeck zzzzz").split("{names}");
    await expect
      .poll(() => page.locator("[data-search-status]").textContent())
      .toMatch(new RegExp(`^${before!.replace(/[().?]/g, "\\$&")}${etterbeek}, `));
    expect(await page.locator("[data-search-list]").isHidden()).toBe(true);
    expect(await combobox(page, language).getAttribute("aria-expanded")).toBe("false");
    expect(outsideRequests(requests)).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe("the place search with the keyboard", () => {
  it("moves with the arrows, chooses with Enter, closes then clears with Escape", async () => {
    const { context, page } = await openHome("en", { width: 1400, height: 900 });
    const input = combobox(page, "en");
    await input.focus();
    await page.keyboard.type("Stokkel");
    const options = suggestions(page, "en");
    await expect.poll(() => options.count()).toBeGreaterThan(1);
    expect(await input.getAttribute("aria-activedescendant")).toBeNull();
    await page.keyboard.press("ArrowDown");
    expect(await input.getAttribute("aria-activedescendant")).toBe("explorer-search-option-0");
    expect(await options.first().getAttribute("aria-selected")).toBe("true");
    await page.keyboard.press("ArrowDown");
    expect(await input.getAttribute("aria-activedescendant")).toBe("explorer-search-option-1");
    await page.keyboard.press("ArrowUp");
    expect(await input.getAttribute("aria-activedescendant")).toBe("explorer-search-option-0");
    await page.keyboard.press("ArrowUp");
    expect(await input.getAttribute("aria-activedescendant")).toBe(
      `explorer-search-option-${(await options.count()) - 1}`,
    );
    await page.keyboard.press("Escape");
    expect(await input.getAttribute("aria-expanded")).toBe("false");
    expect(await input.inputValue()).toBe("Stokkel");
    await page.keyboard.press("Escape");
    expect(await input.inputValue()).toBe("");
    await page.keyboard.type("Stokkel");
    await page.keyboard.press("Enter");
    await page.waitForURL(new RegExp(`a=${quartier("Stockel").quartier_code}(&|$)`));
    expect(await input.inputValue()).toBe("Stockel (Stokkel)");
    await context.close();
  });

  it("has no axe violation with the suggestions open", async () => {
    const { context, page } = await openHome("fr", { width: 390, height: 844 });
    await combobox(page, "fr").fill("Flagey");
    await suggestions(page, "fr").first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});

describe.each(["fr", "nl", "en"] as const)("Where am I? in %s", (language) => {
  const words = messages[language];
  const button = (page: Page) => page.getByRole("button", { name: words["explorer.find.locate"], exact: true });

  it("resolves a point in Flagey to its sector, quartier and commune, and selects the quartier", async () => {
    const { context, page, requests } = await openHome(
      language,
      { width: 390, height: 844 },
      {
        grant: true,
        geolocation: FLAGEY,
      },
    );
    expect(await page.getByText(words["explorer.find.locatePrivacy"]).isVisible()).toBe(true);
    await button(page).click();
    const flagey = quartier("Flagey - Malibran");
    await page.waitForURL(new RegExp(`a=${flagey.quartier_code}(&|$)`));
    expect(await page.locator("[data-locate-status]").textContent()).toBe(
      words["explorer.find.located"]
        .replace("{sector}", language === "nl" ? "Flageyplein" : "Flagey (Place)")
        .replace("{quartier}", name(flagey, language))
        .replace(
          "{commune}",
          name(
            communes.find((c) => c.commune_code === "21009")!,
            language,
          ),
        ),
    );
    expect(outsideRequests(requests)).toEqual([]);
    await context.close();
  });

  it("says a point in Antwerp is outside the region", async () => {
    const { context, page } = await openHome(
      language,
      { width: 1400, height: 900 },
      {
        grant: true,
        geolocation: ANTWERP,
      },
    );
    await button(page).click();
    await expect
      .poll(() => page.locator("[data-locate-status]").textContent())
      .toBe(words["explorer.find.locateOutside"].replace("{lat}", "51.2194").replace("{lon}", "4.4025"));
    expect(page.url()).not.toMatch(/a=/);
    await context.close();
  });

  it("says so when the permission is refused", async () => {
    const { context, page } = await openHome(language, { width: 1400, height: 900 }, { geolocation: FLAGEY });
    await button(page).click();
    await expect
      .poll(() => page.locator("[data-locate-status]").textContent())
      .toBe(words["explorer.find.locateDenied"]);
    await context.close();
  });
});
