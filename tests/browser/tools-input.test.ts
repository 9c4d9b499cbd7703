/**
 * The tools read numbers the way the page's language writes them, say which field they cannot
 * read, label the allocator's columns with what they hold, and name siting results by place.
 */
import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { axeViolations, launchBrowser, openPage, parseCsv } from "./browser.ts";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function open(path: string): Promise<Page> {
  const { page } = await openPage(browser, `${inject("baseUrl")}${path}`);
  await page.waitForSelector("[data-results][data-ready]:not([hidden])", { timeout: 30_000 });
  return page;
}

/** Waits for the result of the setting `search` ("default" when the URL has none). */
const settled = (page: Page, search: string) =>
  page.waitForSelector(`[data-results][data-ready="${search}"]`, { timeout: 30_000 });

const plain = (text: string | null) => (text ?? "").replace(/[\u00a0\u202f]/g, " ");

const amountLabel = { fr: "Montant à répartir", nl: "Te verdelen bedrag", en: "Amount to share" } as const;

describe("allocator amount field", () => {
  it("reads 2,5 FTE as 2.5 on a French page", async () => {
    const page = await open("/fr/tools/allocator/");
    await page.getByRole("radio", { name: "Équivalents temps plein (ETP)" }).check();
    await page.getByRole("textbox", { name: amountLabel.fr }).fill("2,5");
    await settled(page, "?amount=2.5&unit=fte");
    expect(plain(await page.locator("[data-summary]").textContent())).toMatch(/^2,5 ETP répartis entre 145 quartiers/);
    expect(await page.getByRole("textbox", { name: amountLabel.fr }).getAttribute("aria-invalid")).toBe("false");
    await page.context().close();
  });

  it("reads 1.000.000 € as one million on a French page, and 1,000,000 on an English one", async () => {
    const fr = await open("/fr/tools/allocator/?amount=5");
    await fr.getByRole("textbox", { name: amountLabel.fr }).fill("1.000.000");
    await settled(fr, "default");
    expect(plain(await fr.locator("[data-summary]").textContent())).toMatch(/^1 000 000 € répartis/);
    await fr.getByRole("textbox", { name: amountLabel.fr }).fill("2 500 000");
    await settled(fr, "?amount=2500000");
    await fr.context().close();
    const en = await open("/en/tools/allocator/?amount=5");
    await en.getByRole("textbox", { name: amountLabel.en }).fill("1,000,000");
    await settled(en, "default");
    expect(await en.locator("[data-summary]").textContent()).toMatch(/^€1,000,000 shared/);
    await en.context().close();
  });

  it.each([
    [
      "fr",
      "« Montant à répartir » : « 2,5,3 » ne se lit pas comme un nombre. Écrivez par exemple 2,5 ou 1 000 000 (virgule pour les décimales ; point ou espace pour les milliers). Le dernier nombre valable reste utilisé.",
    ],
    [
      "nl",
      "‘Te verdelen bedrag’: ‘2,5,3’ is niet als getal te lezen. Schrijf bijvoorbeeld 2,5 of 1.000.000 (komma voor decimalen; punt of spatie voor duizendtallen). Het laatste geldige getal blijft gebruikt.",
    ],
    [
      "en",
      "“Amount to share”: “2,5,3” cannot be read as a number. Write for example 2.5 or 1,000,000 (a point for decimals; a comma or space for thousands). The last valid number is still used.",
    ],
  ] as const)(
    "refuses 2,5,3 in %s with a message naming the field, and keeps the last valid amount",
    async (language, message) => {
      const page = await open(`/${language}/tools/allocator/?amount=5`);
      const field = page.getByRole("textbox", { name: amountLabel[language] });
      await field.fill("2,5,3");
      await expect.poll(() => field.getAttribute("aria-invalid")).toBe("true");
      expect(await page.locator("#allocator-amount-error").textContent()).toBe(message);
      expect(await page.locator("#allocator-amount-error").isVisible()).toBe(true);
      // The field's description includes the message, so that a screen reader says it.
      expect(await field.getAttribute("aria-describedby")).toContain("allocator-amount-error");
      await page.waitForTimeout(300);
      expect(new URL(page.url()).search).toBe("?amount=5");
      expect(await axeViolations(page)).toEqual([]);
      await page.context().close();
    },
  );
});

describe("allocator table", () => {
  it("says in each amount column's header what it holds and in which unit, and the equal split is per resident", async () => {
    const page = await open("/en/tools/allocator/?level=commune");
    const headers = () => page.locator("#allocation-table thead th").allTextContents();
    expect((await headers()).map((h) => h.trim())).toEqual([
      "Rank",
      "Area",
      "Population (residents)",
      "Indicator value",
      "Need score (0–1)",
      "Share allocated (€)",
      "Share allocated per resident (€)",
      "Share under an equal split per resident (€)",
      "Difference from the equal split (€)",
      "Difference from the equal split (%)",
    ]);
    // The equal split gives every commune the same amount per resident (to the euro).
    const rows = await page
      .locator("#allocation-table tbody tr")
      .evaluateAll((trs) =>
        trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => Number(td.textContent!.replace(/[^0-9.]/g, "")))),
      );
    const total = rows.reduce((sum, cells) => sum + cells[1]!, 0);
    for (const cells of rows) expect(Math.abs(cells[6]! - (cells[1]! * 1_000_000) / total)).toBeLessThanOrEqual(1);
    await page.getByRole("radio", { name: "Full-time equivalents (FTE)" }).check();
    await settled(page, "?unit=fte&level=commune");
    expect((await headers()).slice(5, 9).map((h) => h.trim())).toEqual([
      "Share allocated (FTE)",
      "Share allocated per 10,000 residents (FTE)",
      "Share under an equal split per resident (FTE)",
      "Difference from the equal split (FTE)",
    ]);
    await page.context().close();
  });
});

describe("siting results", () => {
  const excluded = new Set(
    parseCsv(readFileSync("data/reference/non-residential-sectors.csv", "utf8")).map((row) => row.sector_code),
  );

  it.each([
    ["fr", "Inclure les zones non résidentielles"],
    ["nl", "Niet-residentiële zones meenemen"],
    ["en", "Include non-residential areas"],
  ] as const)(
    "in %s name each site by place, quartier and commune, and propose no non-residential sector by default",
    async (language, include) => {
      const page = await open(`/${language}/tools/siting/?k=10`);
      const names = await page.locator("#siting-picks tbody th").allTextContents();
      expect(names).toHaveLength(10);
      for (const name of names) {
        // "Rue des Colonies, Quartier Royal (Bruxelles)": mixed case, with the commune, no sector code.
        expect(name).toMatch(/^\p{Lu}.*\p{Ll}.* \([^()]+\)$/u);
        expect(name).not.toMatch(/\b\p{Lu}{4,}\b.*\b\p{Lu}{4,}\b|\d{5}/u);
      }
      const [download] = await Promise.all([page.waitForEvent("download"), page.click("[data-csv-picks]")]);
      const picks = parseCsv(readFileSync((await download.path())!, "utf8"));
      expect(picks.filter((p) => excluded.has(p.sector_code!))).toEqual([]);
      expect(picks.every((p) => p.setting_non_residential_included === "0")).toBe(true);
      // Ticked, the non-residential sectors are candidates again (and the URL says so).
      await page.getByRole("checkbox", { name: include }).check();
      await settled(page, "?k=10&nonres=1");
      expect(await axeViolations(page)).toEqual([]);
      await page.context().close();
    },
  );
});

const gpLabels = {
  fr: {
    radius: "Rayon de la zone de desserte (mètres)",
    threshold: "Seuil de pénurie INAMI (généralistes pour 1 000 habitants)",
  },
  nl: {
    radius: "Straal van het verzorgingsgebied (meter)",
    threshold: "RIZIV-tekortdrempel (huisartsen per 1 000 inwoners)",
  },
  en: { radius: "Catchment radius (metres)", threshold: "INAMI shortage threshold (GPs per 1,000 residents)" },
} as const;

/** The GP register page with its settings form shown (no register needed: the URL follows the form). */
async function openGpRegister(language: "fr" | "nl" | "en"): Promise<Page> {
  const { page } = await openPage(browser, `${inject("baseUrl")}/${language}/tools/gp-register/`);
  await page.waitForSelector("#gpr-form:not([hidden])", { timeout: 30_000 });
  return page;
}

describe("GP register parameter fields", () => {
  it.each([
    ["fr", "threshold", "2,5", "?t=2.5"],
    ["nl", "threshold", "2,5", "?t=2.5"],
    ["en", "threshold", "2.5", "?t=2.5"],
    ["nl", "radius", "1.000", "?r=1000"],
    ["fr", "radius", "1 000", "?r=1000"],
    ["en", "radius", "1,000", "?r=1000"],
  ] as const)("in %s reads the %s typed as %s", async (language, field, typed, search) => {
    const page = await openGpRegister(language);
    const input = page.getByRole("textbox", { name: gpLabels[language][field], exact: true });
    expect(await input.getAttribute("inputmode")).toBe("decimal");
    await input.fill(typed);
    await input.press("Enter");
    await expect.poll(() => new URL(page.url()).search).toBe(search);
    expect(await input.getAttribute("aria-invalid")).toBe("false");
    await page.context().close();
  });

  it.each([
    [
      "fr",
      "« Seuil de pénurie INAMI (généralistes pour 1 000 habitants) » : « 2,5,3 » ne se lit pas comme un nombre. Écrivez par exemple 2,5 ou 1 000 000 (virgule pour les décimales ; point ou espace pour les milliers). Le dernier nombre valable reste utilisé.",
    ],
    [
      "nl",
      "‘RIZIV-tekortdrempel (huisartsen per 1 000 inwoners)’: ‘2,5,3’ is niet als getal te lezen. Schrijf bijvoorbeeld 2,5 of 1.000.000 (komma voor decimalen; punt of spatie voor duizendtallen). Het laatste geldige getal blijft gebruikt.",
    ],
    [
      "en",
      "“INAMI shortage threshold (GPs per 1,000 residents)”: “2,5,3” cannot be read as a number. Write for example 2.5 or 1,000,000 (a point for decimals; a comma or space for thousands). The last valid number is still used.",
    ],
  ] as const)(
    "in %s refuses 2,5,3 with a message linked to the field, and keeps the last valid threshold",
    async (language, message) => {
      const page = await openGpRegister(language);
      const input = page.getByRole("textbox", { name: gpLabels[language].threshold, exact: true });
      await input.fill("2,5,3");
      await input.press("Enter");
      await expect.poll(() => input.getAttribute("aria-invalid")).toBe("true");
      const error = page.locator("#gpr-param-t-error");
      expect(await error.textContent()).toBe(message);
      expect(await error.isVisible()).toBe(true);
      expect(await input.getAttribute("aria-describedby")).toContain("gpr-param-t-error");
      // The typed text stays for the visitor to correct; the URL keeps the last valid threshold.
      expect(await input.inputValue()).toBe("2,5,3");
      expect(new URL(page.url()).search).toBe("");
      expect(await axeViolations(page)).toEqual([]);
      // Corrected, the message goes.
      await input.fill(language === "en" ? "1.5" : "1,5");
      await input.press("Enter");
      await expect.poll(() => new URL(page.url()).search).toBe("?t=1.5");
      expect(await error.isHidden()).toBe(true);
      expect(await input.getAttribute("aria-invalid")).toBe("false");
      await page.context().close();
    },
  );

  it.each([
    [
      "fr",
      "9 000",
      "« Rayon de la zone de desserte (mètres) » : 9000 est en dehors des valeurs acceptées, de 100 à 5000. Le dernier nombre valable reste utilisé.",
    ],
    [
      "nl",
      "600,5",
      "‘Straal van het verzorgingsgebied (meter)’: 600,5 is geen geheel getal; voer een geheel getal in van 100 tot 5000. Het laatste geldige getal blijft gebruikt.",
    ],
    [
      "en",
      "50",
      "“Catchment radius (metres)”: 50 is outside the accepted values, 100 to 5000. The last valid number is still used.",
    ],
  ] as const)(
    "in %s refuses a radius of %s outside its range, saying which values it takes",
    async (language, typed, message) => {
      const page = await openGpRegister(language);
      const input = page.getByRole("textbox", { name: gpLabels[language].radius, exact: true });
      await input.fill(typed);
      await input.press("Enter");
      await expect.poll(() => input.getAttribute("aria-invalid")).toBe("true");
      expect(await page.locator("#gpr-param-r-error").textContent()).toBe(message);
      expect(new URL(page.url()).search).toBe("");
      await page.context().close();
    },
  );
});

const questionLabels = {
  fr: { threshold: "Seuil", run: "Chercher" },
  nl: { threshold: "Drempel", run: "Zoeken" },
  en: { threshold: "Threshold", run: "Search" },
} as const;

/** The explorer's guided question, opened. */
async function openQuestion(language: "fr" | "nl" | "en") {
  const { page } = await openPage(browser, `${inject("baseUrl")}/${language}/`);
  await page.locator("[data-explorer][data-ready='true']").waitFor({ state: "attached", timeout: 30_000 });
  await page.locator("[data-question-panel] > summary").click();
  const form = page.locator("[data-question-form]");
  const input = form.getByRole("textbox", { name: questionLabels[language].threshold, exact: true });
  const run = form.getByRole("button", { name: questionLabels[language].run, exact: true });
  return { page, input, run };
}

describe("explorer guided question threshold", () => {
  it.each([
    ["fr", "2,5", "2.5"],
    ["nl", "2,5", "2.5"],
    ["en", "2.5", "2.5"],
    ["nl", "1.000", "1000"],
    ["fr", "1 000", "1000"],
    ["en", "1,000", "1000"],
  ] as const)("in %s reads %s as %s", async (language, typed, threshold) => {
    const { page, input, run } = await openQuestion(language);
    expect(await input.getAttribute("inputmode")).toBe("decimal");
    await input.fill(typed);
    await run.click();
    // The answer needs the level's data: on a busy two-core machine that can take seconds.
    await expect
      .poll(() => new URL(page.url()).searchParams.get("g"), { timeout: 15_000 })
      .toBe(`fragility_index:20:share_within_500m_pharmacy:lt:${threshold}`);
    expect(await input.getAttribute("aria-invalid")).toBe("false");
    await page.context().close();
  });

  it.each([
    [
      "fr",
      "« Seuil » : « 9x » ne se lit pas comme un nombre. Écrivez par exemple 2,5 ou 1 000 (virgule pour les décimales ; point ou espace pour les milliers). La question n'a pas été modifiée.",
    ],
    [
      "nl",
      "‘Drempel’: ‘9x’ is niet als getal te lezen. Schrijf bijvoorbeeld 2,5 of 1.000 (komma voor decimalen; punt of spatie voor duizendtallen). De vraag is niet gewijzigd.",
    ],
    [
      "en",
      "“Threshold”: “9x” cannot be read as a number. Write for example 2.5 or 1,000 (a point for decimals; a comma or space for thousands). The question was not changed.",
    ],
  ] as const)("in %s refuses 9x with a message linked to the field", async (language, message) => {
    const { page, input, run } = await openQuestion(language);
    await input.fill("9x");
    await run.click();
    await expect.poll(() => input.getAttribute("aria-invalid")).toBe("true");
    const error = page.locator("#explorer-question-threshold-error");
    expect(await error.textContent()).toBe(message);
    expect(await error.isVisible()).toBe(true);
    expect(await input.getAttribute("aria-describedby")).toContain("explorer-question-threshold-error");
    expect(new URL(page.url()).searchParams.get("g")).toBe(null);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});
