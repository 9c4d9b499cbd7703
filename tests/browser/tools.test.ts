import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import {
  axeViolations,
  markupOf,
  launchBrowser,
  openPage,
  outsideRequests,
  parseCsv,
  type OpenedPage,
  type OpenOptions,
} from "./browser.ts";

const baseUrl = inject("baseUrl");
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const open = (path: string, options: OpenOptions = {}) => openPage(browser, `${baseUrl}${path}`, options);

async function close(opened: OpenedPage | undefined): Promise<void> {
  await opened?.page.context().close();
}

/** Waits until the tool has rendered the setting now in the URL. */
async function ready(page: Page): Promise<void> {
  await page.waitForSelector("[data-results][data-ready]:not([hidden])", { timeout: 30_000 });
}

async function downloadCsv(page: Page, selector: string): Promise<Record<string, string>[]> {
  const [download] = await Promise.all([page.waitForEvent("download"), page.click(selector)]);
  return parseCsv(readFileSync((await download.path())!, "utf8"));
}

const headings = {
  fr: {
    index: "Outils de décision",
    allocator: "Répartir selon le besoin (universalisme proportionné)",
    siting: "Où ouvrir de nouveaux centres social-santé ?",
    noJs: "a besoin de JavaScript",
  },
  nl: {
    index: "Beleidsinstrumenten",
    allocator: "Verdelen naar behoefte (proportioneel universalisme)",
    siting: "Waar nieuwe welzijns- en gezondheidscentra openen?",
    noJs: "heeft JavaScript nodig",
  },
  en: {
    index: "Policy tools",
    allocator: "Share according to need (proportionate universalism)",
    siting: "Where to open new community health and social centres?",
    noJs: "needs JavaScript",
  },
} as const;

describe.each(["fr", "nl", "en"] as const)("policy tools in %s", (language) => {
  describe("index", () => {
    let opened: OpenedPage;
    beforeAll(async () => {
      opened = await open(`/${language}/tools/`);
    });
    afterAll(() => close(opened));

    it("links to both tools and has no WCAG 2.2 A/AA violation", async () => {
      expect(await opened.page.getByRole("heading", { level: 1 }).textContent()).toBe(headings[language].index);
      await opened.page.getByRole("link", { name: headings[language].allocator }).waitFor();
      await opened.page.getByRole("link", { name: headings[language].siting }).waitFor();
      expect(await axeViolations(opened.page)).toEqual([]);
      expect(outsideRequests(opened.requests)).toEqual([]);
    });
  });

  describe("allocator with its defaults", () => {
    let opened: OpenedPage;
    beforeAll(async () => {
      opened = await open(`/${language}/tools/allocator/`);
      await ready(opened.page);
    });
    afterAll(() => close(opened));

    it("shows the formula, a map of the 145 quartiers and its ranked table", async () => {
      const { page } = opened;
      expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(headings[language].allocator);
      expect(await page.locator("[data-formula] p").count()).toBeGreaterThanOrEqual(4);
      expect(await page.locator("[data-map] path[data-code]").count()).toBe(145);
      expect(await page.locator("#allocation-table tbody tr").count()).toBe(145);
      expect(await page.locator("[data-legend] li").count()).toBeGreaterThanOrEqual(3);
      expect(opened.errors).toEqual([]);
    });

    it("leaves the long table's layout until it nears the screen (content-visibility)", async () => {
      const region = opened.page.locator("#allocation-table").locator("xpath=..");
      expect(await region.evaluate((element) => getComputedStyle(element).contentVisibility)).toBe("auto");
    });

    it("downloads a CSV whose shares add up exactly to the amount", async () => {
      const rows = await downloadCsv(opened.page, "[data-csv]");
      expect(rows).toHaveLength(145);
      expect(rows.reduce((s, r) => s + Number(r.share), 0)).toBe(1_000_000);
      expect(rows.every((r) => Number.isInteger(Number(r.share)))).toBe(true);
      const flagged = rows.filter((r) => r.flag === "no_need_score_baseline_share");
      expect(flagged.length).toBeGreaterThan(0);
      for (const r of flagged) expect(r.share).toBe(r.baseline_share);
    });

    it("has no WCAG 2.2 A/AA violation (axe) and loads nothing from outside 127.0.0.1", async () => {
      expect(await axeViolations(opened.page)).toEqual([]);
      expect(opened.requests.some((url) => url.endsWith("/site-data/quartier.json"))).toBe(true);
      expect(outsideRequests(opened.requests)).toEqual([]);
    });
  });

  describe("siting with k = 10 on the real data", () => {
    let opened: OpenedPage;
    beforeAll(async () => {
      opened = await open(`/${language}/tools/siting/?k=10`);
      await ready(opened.page);
    });
    afterAll(() => close(opened));

    it("shows ten sites on the map with their circles, in the table, and the bassins", async () => {
      const { page } = opened;
      expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(headings[language].siting);
      expect(await page.locator("#siting-picks tbody tr").count()).toBe(10);
      expect(await page.locator("[data-map] .site").count()).toBe(10);
      const radius = Number(await page.locator("[data-map] .site-radius").first().getAttribute("r"));
      expect(radius).toBeGreaterThan(5);
      expect(radius).toBeLessThan(60);
      expect(await page.locator("[data-map] path[data-code]").count()).toBe(724);
      expect(await page.locator("#siting-bassins tbody tr").count()).toBe(5);
      expect((await page.locator("[data-summary]").textContent())!.length).toBeGreaterThan(50);
      expect(opened.errors).toEqual([]);
    });

    it("downloads the picked sites as CSV, each adding coverage", async () => {
      const rows = await downloadCsv(opened.page, "[data-csv-picks]");
      expect(rows.map((r) => r.order)).toEqual(["1", "2", "3", "4", "5", "6", "7", "8", "9", "10"]);
      for (let i = 1; i < rows.length; i++) expect(Number(rows[i]!.new_residents)).toBeGreaterThan(0);
      expect(rows.every((r) => r.setting_k === "10" && r.setting_radius_m === "500")).toBe(true);
    });

    it("has no WCAG 2.2 A/AA violation (axe) and loads nothing from outside 127.0.0.1", async () => {
      expect(await axeViolations(opened.page)).toEqual([]);
      expect(opened.requests.some((url) => url.includes("/_astro/siting-worker"))).toBe(true);
      expect(outsideRequests(opened.requests)).toEqual([]);
    });
  });

  it("without JavaScript, shows the method and says the tools need JavaScript", async () => {
    for (const tool of ["allocator", "siting"]) {
      const opened = await open(`/${language}/tools/${tool}/`, { javaScriptEnabled: false });
      const { page } = opened;
      expect(await page.locator(".tool-method").isVisible()).toBe(true);
      expect(await page.locator(".tool-method p").count()).toBeGreaterThanOrEqual(4);
      expect(await page.locator("form.tool-form").isVisible()).toBe(false);
      expect(await page.locator("main").innerText()).toContain(headings[language].noJs);
      await close(opened);
    }
  });
});

describe("allocator page load", () => {
  it("does not shift the layout while its script starts and draws the default result (CLS 0)", async () => {
    const page = await browser.newPage({ viewport: { width: 412, height: 823 } });
    await page.addInitScript(() => {
      const shifts: number[] = [];
      (window as unknown as { shifts: number[] }).shifts = shifts;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) shifts.push(entry.value);
      }).observe({ type: "layout-shift", buffered: true });
    });
    await page.goto(`${baseUrl}/fr/tools/allocator/`);
    await ready(page);
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts)).toEqual([]);
    await page.close();
  });
});

describe("the allocator's default setting in the page itself", () => {
  const parts = [
    "[data-summary]",
    "[data-formula]",
    "[data-map] > svg",
    "[data-legend]",
    "[data-table-caption]",
    "[data-rows]",
  ];
  // Without the attribute the map's zoom (tool-map-zoom.ts) sets on its hatching patterns.
  const markupOfParts = async (page: Page) =>
    (await Promise.all(parts.map((selector) => page.locator(selector).evaluate(markupOf)))).map((markup) =>
      markup.replace(/ data-own-transform="[^"]*"/g, ""),
    );

  it("is what the script draws for that setting, and the script does not draw it again", async () => {
    const still = await open("/fr/tools/allocator/", { javaScriptEnabled: false });
    const served = await markupOfParts(still.page);
    expect(await still.page.locator("[data-rows] tr").count()).toBe(145);
    expect(await still.page.locator("[data-map] path[data-code]").count()).toBe(145);
    await close(still);

    // Drawn by the script: another level, then back to the default one.
    const drawn = await open("/fr/tools/allocator/?level=commune");
    await ready(drawn.page);
    await drawn.page.selectOption("#allocator-level", "quartier");
    await drawn.page.waitForSelector('[data-results][data-ready="default"]', { timeout: 30_000 });
    expect(await markupOfParts(drawn.page)).toEqual(served);
    await close(drawn);

    // Opened at the default setting: the table and the map are never rewritten, the CSV is offered.
    const page = await browser.newPage();
    await page.addInitScript(() => {
      const counted = window as unknown as { rewrites: number };
      counted.rewrites = 0;
      document.addEventListener("readystatechange", () => {
        if (document.readyState !== "interactive") return;
        const observer = new MutationObserver((changes) => (counted.rewrites += changes.length));
        for (const part of document.querySelectorAll("[data-rows], [data-map], [data-formula]"))
          observer.observe(part, { childList: true, subtree: true, characterData: true });
      });
    });
    await page.goto(`${baseUrl}/fr/tools/allocator/`);
    await ready(page);
    expect(await page.locator("[data-results]").getAttribute("data-ready")).toBe("default");
    expect(await page.locator("[data-csv]").getAttribute("href")).toMatch(/^blob:/);
    expect(await page.evaluate(() => (window as unknown as { rewrites: number }).rewrites)).toBe(0);
    await page.close();
  });
});

describe("allocator setting in the URL", () => {
  it("reads a full setting and shares an FTE amount exactly among the 19 communes", async () => {
    const opened = await open("/en/tools/allocator/?amount=50&unit=fte&level=commune&need=median_income&k=2.5");
    const { page } = opened;
    await ready(page);
    expect(await page.locator("#allocation-table tbody tr").count()).toBe(19);
    expect(await page.inputValue("#allocator-level")).toBe("commune");
    expect(await page.inputValue("#allocator-need")).toBe("median_income");
    expect(await page.inputValue("#allocator-k")).toBe("2.5");
    const rows = await downloadCsv(page, "[data-csv]");
    expect(Math.round(rows.reduce((s, r) => s + Number(r.share) * 10, 0))).toBe(500);
    // Lower median income, higher need score, higher share per resident: the table is ranked.
    const scores = rows.map((r) => Number(r.need_score));
    for (let i = 1; i < scores.length; i++) expect(scores[i]!).toBeLessThanOrEqual(scores[i - 1]!);
    expect(await page.locator("[data-param-notice]").isHidden()).toBe(true);
    await close(opened);
  });

  it("falls back to defaults for malformed parameters, with a visible notice, and drops them from the URL", async () => {
    const opened = await open("/fr/tools/allocator/?k=abc&level=region&need=bim_share");
    const { page } = opened;
    await ready(page);
    const notice = page.locator("[data-param-notice]");
    expect(await notice.isVisible()).toBe(true);
    const items = await notice.locator("li").allTextContents();
    expect(items).toEqual(["k = « abc »", "level = « region »"]);
    expect(await page.inputValue("#allocator-k")).toBe("1");
    expect(await page.inputValue("#allocator-need")).toBe("bim_share");
    expect(new URL(page.url()).search).toBe("?need=bim_share");
    await close(opened);
  });

  it("is operable from the keyboard: the k slider moves with the arrow keys and k = 0 is the baseline", async () => {
    const opened = await open("/en/tools/allocator/?level=bassin");
    const { page } = opened;
    await ready(page);
    await page.focus("#allocator-k");
    await page.keyboard.press("ArrowRight");
    await page.waitForURL((url) => url.search.includes("k=1.1"));
    expect(await page.locator("#allocator-k-value").textContent()).toBe("1.1");
    await page.keyboard.press("Home");
    await page.waitForURL((url) => url.search.includes("k=0"));
    await page.waitForSelector('[data-results][data-ready="?level=bassin&k=0"]');
    const differences = await page.locator("#allocation-table tbody tr td:nth-child(9)").allTextContents();
    expect(differences).toHaveLength(5);
    expect(differences.every((d) => /^€0$/.test(d))).toBe(true);
    // The language links keep the setting.
    expect(await page.getAttribute("a[data-language-link='fr']", "href")).toContain("?level=bassin&k=0");
    await close(opened);
  });
});

describe("siting tool", () => {
  it("runs in its module worker under the real Content-Security-Policy", async () => {
    const opened = await open("/en/tools/siting/?radius=800&reach=fragile&existing=0&bassin=N", { bypassCSP: false });
    const { page } = opened;
    await ready(page);
    expect(await page.locator("#siting-picks tbody tr").count()).toBe(5);
    const bassins = await page.locator("#siting-picks tbody tr td:nth-child(4)").allTextContents();
    expect(new Set(bassins)).toEqual(new Set(["North"]));
    expect(await page.isChecked("#siting-existing")).toBe(false);
    expect(opened.errors).toEqual([]);
    await close(opened);
  });

  it("updates the result and the URL when a control changes", async () => {
    const opened = await open("/nl/tools/siting/");
    const { page } = opened;
    await ready(page);
    await page.getByLabel("Bestaande wijkgezondheidscentra meetellen", { exact: false }).uncheck();
    await page.waitForSelector('[data-results][data-ready="?existing=0"]');
    expect(new URL(page.url()).search).toBe("?existing=0");
    expect(await page.locator("[data-map] .point").count()).toBe(0);
    await page.focus("#siting-k");
    await page.keyboard.press("ArrowRight");
    await page.waitForSelector('[data-results][data-ready="?k=6&existing=0"]');
    expect(await page.locator("#siting-picks tbody tr").count()).toBe(6);
    await close(opened);
  });

  it("reports a malformed parameter and uses the default", async () => {
    const opened = await open("/en/tools/siting/?k=50&radius=1000");
    const { page } = opened;
    await ready(page);
    expect(await page.locator("[data-param-notice] li").allTextContents()).toEqual(["k = ‘50’"]);
    expect(await page.locator("#siting-picks tbody tr").count()).toBe(5);
    expect(new URL(page.url()).search).toBe("?radius=1000");
    await close(opened);
  });
});

/** The tools' notice about the URL echoes values cut short and isolated (src/i18n/url-echo.ts). */
describe("tool notices about the URL", () => {
  const notice = (page: Page) => page.getByRole("status").filter({ has: page.getByRole("list") });

  it("cuts a 10,000-character value short: the page stays as wide as the window", async () => {
    const opened = await open(`/en/tools/allocator/?need=${"n".repeat(10_000)}`);
    const { page } = opened;
    await ready(page);
    expect(await notice(page).getByRole("listitem").allTextContents()).toEqual([`need = ‘${"n".repeat(59)}…’`]);
    const { scrollWidth, innerWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
    }));
    expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
    await close(opened);
  });

  it("shows a right-to-left override written out, inside a bdi", async () => {
    const opened = await open("/fr/tools/siting/?reach=%E2%80%AEtnaw");
    const { page } = opened;
    await ready(page);
    const item = notice(page).getByRole("listitem");
    expect(await item.textContent()).toBe("reach = « [U+202E]tnaw »");
    expect(await item.locator("bdi").textContent()).toBe("[U+202E]tnaw");
    await close(opened);
  });

  it("says that a setting was given twice and which value the tool uses", async () => {
    const opened = await open("/fr/tools/allocator/?level=commune&level=bassin");
    const { page } = opened;
    await ready(page);
    const shown = page.getByRole("status").filter({ hasText: "2 fois" });
    expect(await shown.textContent()).toBe(
      "Le réglage level figure 2 fois dans l'adresse : seule sa première valeur, « commune », est lue.",
    );
    expect(await shown.locator("bdi").textContent()).toBe("commune");
    expect(await page.locator("#allocation-table tbody tr").count()).toBe(19);
    expect(new URL(page.url()).search).toBe("?level=commune");
    expect(await axeViolations(page)).toEqual([]);
    await close(opened);
  });
});
