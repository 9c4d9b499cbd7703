/**
 * "Say what is known" about GPs: no all-hatched map offered as a choice, the GP page, the GP
 * shortage indicator pages' links, and the profiles' GP section, on the built site.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readCsvTable } from "../../src/data/observatory-data.ts";
import gpMessages from "../../src/i18n/messages/gp-facts.json" with { type: "json" };
import explorerMessages from "../../src/i18n/messages/explorer.json" with { type: "json" };
import { axeViolations, launchBrowser, openOk, outsideRequests } from "./browser.ts";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const catalog = readCsvTable("indicator_catalog");
const values = readCsvTable("indicators");
const facts = readCsvTable("gp_facts");
const digits = (text: string | null) => (text ?? "").replace(/\D/g, "");
const withValues = new Set(values.filter((r) => r.value !== null && r.value !== "").map((r) => r.indicator_id));
const SHORTAGE = [
  "gp_per_1000",
  "gp_fte_per_1000",
  "gp_need_adjusted_per_1000",
  "gp_access_2sfca",
  "gp_share_below_threshold",
  "gp_share_below_severe",
];

describe("the explorer's indicator select in French", () => {
  let page: Page;
  beforeAll(async () => ({ page } = await openOk(browser, "/fr/")));
  afterAll(() => page.close());

  it("offers no indicator without data, so no all-hatched map", async () => {
    // The real catalogue has the six shortage indicators not_available (no open GP register).
    expect(catalog.filter((r) => r.status === "not_available").map((r) => r.indicator_id)).toEqual(
      expect.arrayContaining(SHORTAGE),
    );
    const select = page.getByRole("combobox", { name: explorerMessages.fr["explorer.indicator"], exact: true });
    const offered = await select
      .locator("option")
      .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
    expect(offered.length).toBeGreaterThan(20);
    for (const id of offered) {
      expect(catalog.find((r) => r.indicator_id === id)!.status, id).toBe("published");
      expect(withValues.has(id), id).toBe(true);
    }
    for (const id of SHORTAGE) expect(offered).not.toContain(id);
    // The guided questions offer none either.
    const questionOptions = await page
      .locator("[data-question='first'] option")
      .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
    for (const id of SHORTAGE) expect(questionOptions).not.toContain(id);
  });
});

describe("a link naming a GP shortage indicator", () => {
  it("shows the default map with a notice that the indicator has no data", async () => {
    const { page } = await openOk(browser, "/fr/?i=gp_per_1000");
    const label = catalog.find((r) => r.indicator_id === "gp_per_1000")!.label_fr!;
    const notice = page.locator("[data-notices] p");
    await expect.poll(() => notice.textContent()).toContain("n'a pas de données dans cette version");
    expect(await notice.textContent()).toContain(label);
    expect(
      await page.getByRole("combobox", { name: explorerMessages.fr["explorer.indicator"], exact: true }).inputValue(),
    ).toBe("fragility_index");
    await page.close();
  });
});

describe.each(["fr", "nl", "en"] as const)("the GP page in %s", (language) => {
  let page: Page;
  let requests: string[];
  beforeAll(async () => ({ page, requests } = await openOk(browser, `/${language}/gp/`)));
  afterAll(() => page.close());
  const t = gpMessages[language] as Record<string, string>;

  it("is in the navigation, titled in its language, and links to the bring-your-own page", async () => {
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(t["gp.title"]);
    const nav = page.getByRole("navigation").getByRole("link", { name: t["nav.gp"], exact: true });
    expect(await nav.getAttribute("aria-current")).toBe("page");
    expect(await page.getByRole("link", { name: t["gp.register.link"] }).first().getAttribute("href")).toBe(
      `/${language}/tools/gp-register/`,
    );
  });

  it("gives the regional GP counts of 2017 and 2025 and the federal norm as published, with their sources", async () => {
    const stated = (indicator: string) => facts.filter((f) => f.indicator_as_stated === indicator);
    const counts = stated("active GPs in the Brussels-Capital Region");
    const norm = stated("federal norm (90 GPs per 100 000 inhabitants) expressed as number of GPs for Brussels");
    expect(counts.map((f) => f.value)).toEqual(["1468.0", "1656.0"]);
    for (const fact of [...counts, ...norm]) {
      const row = page.locator(`[data-gp-key-figures] tr[data-fact="${fact.fact_id}"]`);
      expect(digits(await row.locator("td").first().textContent())).toBe(String(Number(fact.value)));
      expect(await row.getByRole("link").first().getAttribute("href")).toBe(fact.source_url);
    }
  });

  it("lists the legal texts by date and the communes named, on a map and in a table", async () => {
    const legal = facts.filter((f) => f.topic === "legal_framework");
    expect(await page.locator("[data-gp-legal] time").allTextContents()).toEqual(
      legal.map((f) => f.reference_period_as_stated),
    );
    for (const fact of legal)
      expect(
        await page
          .locator(`[data-gp-legal] tr[data-fact="${fact.fact_id}"] a`)
          .evaluateAll((links) => links.map((a) => a.getAttribute("href"))),
      ).toEqual([fact.source_url, ...(fact.more_urls ? fact.more_urls.split(" ; ") : [])]);
    const named = facts.filter((f) => f.indicator_as_stated!.startsWith("commune named as containing quartier(s)"));
    expect(await page.locator("[data-gp-communes] tbody tr").count()).toBe(19);
    expect(
      await page
        .locator("[data-gp-communes] tr[data-named='yes']")
        .evaluateAll((rows) => rows.map((r) => r.getAttribute("data-code"))),
    ).toEqual(named.map((f) => f.territory_code));
    expect(await page.locator("[data-gp-communes-map] path[data-code]").count()).toBe(19);
    // Conflicting statements are shown, and said to be so.
    expect(await page.locator("[data-gp-facts] tr[data-status='conflicting']").count()).toBeGreaterThan(0);
  });

  it("has no WCAG 2.2 A/AA violation and loads nothing from outside", async () => {
    expect(await axeViolations(page)).toEqual([]);
    expect(outsideRequests(requests)).toEqual([]);
  });
});

describe("a GP shortage indicator page", () => {
  it("says what is missing and links to the GP page and the bring-your-own page", async () => {
    const { page } = await openOk(browser, "/fr/indicators/gp_per_1000/");
    const notice = page.locator("[data-not-available]");
    expect(await notice.locator("[data-gp-missing]").textContent()).toBe(gpMessages.fr["gp.notAvailable.text"]);
    expect(await notice.getByRole("link").evaluateAll((links) => links.map((a) => a.getAttribute("href")))).toEqual([
      "/fr/gp/",
      "/fr/tools/gp-register/",
    ]);
    await page.close();
  });
});

describe.each(["fr", "nl", "en"] as const)("the GP section of quartier 58 (Anderlecht) in %s", (language) => {
  let page: Page;
  beforeAll(async () => {
    ({ page } = await openOk(browser, `/${language}/quartier/58/`));
    // Issue 15: the GP section is folded; a reader opens it (role queries see only what is shown).
    await page.locator('[data-fold="gp"] > details > summary').click();
  });
  afterAll(() => page.close());
  const t = gpMessages[language] as Record<string, string>;

  it("shows the statements naming Anderlecht, the nearest maison médicale flagged partial, and no shortage figure", async () => {
    const known = page.locator("[data-gp-known]");
    const anderlecht = facts.filter((f) => (f.territory_code ?? "").split(";").includes("21001"));
    expect(anderlecht).toHaveLength(5);
    expect(
      await known
        .locator("[data-gp-commune='21001'] li")
        .evaluateAll((items) => items.map((li) => li.getAttribute("data-fact"))),
    ).toEqual(anderlecht.map((f) => f.fact_id));
    const distance = values.find(
      (r) =>
        r.level === "quartier" && r.territory_code === "58" && r.indicator_id === "mean_distance_maison_medicale_m",
    )!;
    expect(digits(await known.locator("[data-gp-maison-medicale]").textContent())).toContain(
      digits(String(Math.round(Number(distance.value)))),
    );
    expect(await known.locator("[data-gp-partial]").textContent()).toBe(t["gp.profile.mmPartial"]);
    expect(await known.locator("[data-gp-no-shortage]").textContent()).toBe(t["gp.profile.noShortage"]);
    expect(await known.getByRole("link", { name: t["gp.register.link"] }).getAttribute("href")).toBe(
      `/${language}/tools/gp-register/`,
    );
  });
});

/** The English texts of gp_facts (statements, caveats, periods, publishers) that a page in `language` must not show: each differs from its translation and has words. */
function englishTexts(language: "fr" | "nl"): string[] {
  const texts = new Set<string>();
  for (const fact of facts)
    for (const part of ["statement", "caveat", "period", "publisher"]) {
      const english = fact[`${part}_en`];
      const translated = fact[`${part}_${language}`];
      if (english && english !== translated && /\p{L}/u.test(english)) texts.add(english);
    }
  // What the pages showed before translation: the transcription itself (a legal text's title is quoted as is).
  for (const fact of facts) {
    if (fact.topic !== "legal_framework") texts.add(fact.indicator_as_stated!);
    if (fact.caveat) texts.add(fact.caveat);
    if (fact.publisher_as_stated !== fact[`publisher_${language}`]) texts.add(fact.publisher_as_stated!);
    if (
      /\p{L}/u.test(fact.reference_period_as_stated!) &&
      fact.reference_period_as_stated !== fact[`period_${language}`]
    )
      texts.add(fact.reference_period_as_stated!);
  }
  // A phrase, not a bare name such as "OSS" (the Dutch pages name it OWG, the French ones may cite it).
  return [...texts].filter((text) => text.includes(" "));
}

describe.each([
  ["fr", "/fr/gp/", "main"],
  ["nl", "/nl/gp/", "main"],
  ["fr", "/fr/quartier/58/", "[data-gp-known]"],
  ["nl", "/nl/quartier/58/", "[data-gp-known]"],
] as const)("GP statements in %s on %s", (language, path, scope) => {
  let page: Page;
  beforeAll(async () => ({ page } = await openOk(browser, path)));
  afterAll(() => page.close());

  it("shows no English statement, caveat, period or publisher of gp_facts outside the verbatim quotes", async () => {
    // Everything the scope says, hidden details included, without its quotes.
    const shown = await page
      .locator(scope)
      .first()
      .evaluate((element) => {
        const copy = element.cloneNode(true) as Element;
        for (const quote of copy.querySelectorAll("q, blockquote")) quote.remove();
        return copy.textContent ?? "";
      });
    const english = englishTexts(language);
    expect(english.length).toBeGreaterThan(100);
    expect(english.filter((text) => shown.includes(text))).toEqual([]);
    // The translations are shown instead: a statement of a fact this page lists.
    const listed = await page
      .locator(`${scope} [data-fact]`)
      .evaluateAll((rows) => rows.map((row) => row.getAttribute("data-fact")));
    expect(listed.length).toBeGreaterThan(0);
    const first = facts.find((f) => f.fact_id === listed[0])!;
    expect(shown).toContain(first[`period_${language}`]);
  });

  it("marks each verbatim quote with its language", async () => {
    const quotes = await page.locator(`${scope} [data-fact] q, ${scope} blockquote`).evaluateAll((elements) =>
      elements.map((q) => ({
        fact: q.closest("[data-fact]")?.getAttribute("data-fact") ?? null,
        lang: q.getAttribute("lang"),
        text: q.textContent ?? "",
      })),
    );
    expect(quotes.length).toBeGreaterThan(0);
    for (const quote of quotes) {
      if (quote.fact) {
        const fact = facts.find((f) => f.fact_id === quote.fact)!;
        expect(quote.lang, quote.fact).toBe(fact.quote_language || null);
      }
      if (/\p{L}/u.test(quote.text)) expect(["fr", "nl", "en"], quote.text).toContain(quote.lang);
    }
  });
});
