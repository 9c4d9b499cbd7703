/**
 * The explorer map's zoom, place names, context layer and first-tap card, in three languages, on
 * a desktop screen and on a phone.
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
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

const LABELS = {
  fr: { in: "Zoomer", out: "Dézoomer", reset: "Toute la région", brussels: "Bruxelles", open: "Ouvrir le profil" },
  nl: { in: "Inzoomen", out: "Uitzoomen", reset: "Heel het gewest", brussels: "Brussel", open: "Profiel openen" },
  en: { in: "Zoom in", out: "Zoom out", reset: "Whole region", brussels: "City of Brussels", open: "Open profile" },
} as const;
const SIZES = [
  { width: 1400, height: 900 },
  { width: 390, height: 844 },
] as const;

const viewBox = (page: Page) => page.locator("[data-map] svg").getAttribute("viewBox");
const shownLabels = (page: Page, kind: string) =>
  page.locator(`[data-map] text[data-label^="${kind}:"]:not([display])`).count();

async function openExplorer(context: BrowserContext, language: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${baseUrl}/${language}/`);
  await page.locator("[data-explorer][data-ready='true']").waitFor({ state: "attached" });
  return page;
}

/** A point of an area, from its box's corner, where it is the topmost element (borders and names lie over some). */
async function areaPoint(page: Page, code: string): Promise<{ x: number; y: number }> {
  const path = page.locator(`[data-map] path[data-code="${code}"]`);
  await path.scrollIntoViewIfNeeded();
  return path.evaluate((element) => {
    const box = element.getBoundingClientRect();
    for (const [fx, fy] of [
      [0.5, 0.5],
      [0.4, 0.5],
      [0.6, 0.5],
      [0.5, 0.4],
      [0.5, 0.6],
    ]) {
      const x = box.left + box.width * fx!;
      const y = box.top + box.height * fy!;
      if (document.elementFromPoint(x, y) === element) return { x: x - box.left, y: y - box.top };
    }
    throw new Error(`no visible point on area ${element.getAttribute("data-code")}`);
  });
}

/**
 * The on-screen size, in CSS pixels, of one tile of each context mark's pattern (a park's dot, a
 * cemetery's cross, an industrial hatch): its width in map units, times its own transform, times
 * the SVG's map-units-to-screen scale.
 */
function markSizes(page: Page): Promise<Record<"park" | "cemetery" | "industrial", number>> {
  return page.locator("[data-map] svg").evaluate((svg) => {
    const size = (kind: string) => {
      const pattern = svg.querySelector<SVGPatternElement>(`#pattern-context-${kind}`)!;
      const m = pattern.patternTransform.baseVal.consolidate()?.matrix;
      const own = m ? Math.hypot(m.a, m.b) : 1;
      return pattern.width.baseVal.value * own * (svg as SVGSVGElement).getScreenCTM()!.a;
    };
    return { park: size("park"), cemetery: size("cemetery"), industrial: size("industrial") };
  });
}

describe.each(["fr", "nl", "en"] as const)("the explorer map in %s", (language) => {
  const words = LABELS[language];
  describe.each(SIZES)("at $width × $height", (size) => {
    let context: BrowserContext;
    let page: Page;
    beforeAll(async () => {
      context = await browser.newContext({ viewport: size, bypassCSP: true });
      page = await openExplorer(context, language);
    });
    afterAll(() => context.close());

    it("zooms with the buttons by 1.5 a press, and the reset button shows the whole region again", async () => {
      expect(await viewBox(page)).toBe("0 0 720 600");
      await page.getByRole("button", { name: words.in, exact: true }).click();
      expect(await viewBox(page)).toBe("120 100 480 400");
      await page.getByRole("button", { name: words.in, exact: true }).click();
      expect(await viewBox(page)).toBe("200 166.67 320 266.67");
      await page.getByRole("button", { name: words.out, exact: true }).click();
      expect(await viewBox(page)).toBe("120 100 480 400");
      await page.getByRole("button", { name: words.reset, exact: true }).click();
      expect(await viewBox(page)).toBe("0 0 720 600");
    });

    it("zooms with + and −, pans with Shift+arrows, resets with 0, and the arrows still walk the areas", async () => {
      await page.locator("[data-map]").focus();
      await page.keyboard.press("+");
      expect(await viewBox(page)).toBe("120 100 480 400");
      await page.keyboard.press("Shift+ArrowRight");
      expect(await viewBox(page)).toBe("192 100 480 400");
      await page.keyboard.press("-");
      expect(await viewBox(page)).toBe("0 0 720 600");
      await page.keyboard.press("+");
      await page.keyboard.press("0");
      expect(await viewBox(page)).toBe("0 0 720 600");
      await page.keyboard.press("ArrowRight");
      expect(await page.locator("[data-map] path.focused").count()).toBe(1);
      expect(await page.locator("[data-tooltip]").isVisible()).toBe(true);
    });

    it("zooms with Ctrl + wheel about the pointer; the wheel alone scrolls the page until the map has focus", async () => {
      await page.getByRole("button", { name: words.reset, exact: true }).click();
      await page.locator("body").focus();
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      const box = (await page.locator("[data-map] svg").boundingBox())!;
      await page.mouse.move(box.x + box.width / 4, box.y + box.height / 4);
      await page.mouse.wheel(0, -100);
      expect(await viewBox(page)).toBe("0 0 720 600");
      // The page may have scrolled under the pointer: back to a quarter of the map.
      const moved = (await page.locator("[data-map] svg").boundingBox())!;
      await page.mouse.move(moved.x + moved.width / 4, moved.y + moved.height / 4);
      await page.keyboard.down("Control");
      await page.mouse.wheel(0, -100);
      await page.keyboard.up("Control");
      // exp(0.2) times closer: 720 / 1.2214 = 589.49 units wide; about (180, 150), so x = 180 × (1 − 1 / 1.2214).
      await expect.poll(() => viewBox(page)).not.toBe("0 0 720 600");
      const [x, y, width, height] = (await viewBox(page))!.split(" ").map(Number);
      expect([width, height]).toEqual([589.49, 491.24]);
      expect(Math.abs(x! - 32.63)).toBeLessThan(0.5);
      expect(Math.abs(y! - 27.19)).toBeLessThan(0.5);
      await page.getByRole("button", { name: words.reset, exact: true }).click();
    });

    it("keeps the area the arrows reach inside a zoomed view", async () => {
      await page.locator("[data-map]").focus();
      for (let i = 0; i < 4; i++) await page.keyboard.press("+");
      for (let i = 0; i < 6; i++) {
        await page.keyboard.press("ArrowRight");
        // The view follows once the area has moved (the next task).
        await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 50)));
        const [x, y, width, height] = (await viewBox(page))!.split(" ").map(Number);
        const centre = await page.locator("[data-map] path.focused").evaluate((path) => {
          const box = (path as SVGGraphicsElement).getBBox();
          return [box.x + box.width / 2, box.y + box.height / 2];
        });
        expect(centre[0]).toBeGreaterThanOrEqual(x!);
        expect(centre[0]).toBeLessThanOrEqual(x! + width!);
        expect(centre[1]).toBeGreaterThanOrEqual(y!);
        expect(centre[1]).toBeLessThanOrEqual(y! + height!);
      }
      await page.keyboard.press("0");
    });

    it("names communes at the whole map, in the page's language, and quartiers once zoomed in", async () => {
      await page.getByRole("button", { name: words.reset, exact: true }).click();
      expect(await shownLabels(page, "commune")).toBeGreaterThan(0);
      expect(await shownLabels(page, "quartier")).toBe(0);
      expect(await page.locator('[data-map] text[data-label="commune:21004"]').textContent()).toBe(words.brussels);
      // The names are decoration: each area already has its accessible name.
      expect(await page.locator("[data-map] .map-names").getAttribute("aria-hidden")).toBe("true");
      for (let i = 0; i < 3; i++) await page.getByRole("button", { name: words.in, exact: true }).click();
      expect(await shownLabels(page, "quartier")).toBeGreaterThan(0);
      await page.getByRole("button", { name: words.reset, exact: true }).click();
    });

    it("draws the context layer: region outline, commune borders, parks, cemeteries and industrial zones", async () => {
      const map = page.locator("[data-map] .map-context");
      expect(await map.locator(".context-outline").count()).toBe(1);
      expect(await map.locator(".context-communes").count()).toBe(1);
      expect(await map.locator(".context-park").count()).toBe(18);
      expect(await map.locator(".context-cemetery").count()).toBe(3);
      expect(await map.locator(".context-industrial").count()).toBe(6);
    });

    it("keeps the park, cemetery and industrial marks at their on-screen size while zooming ×2.25", async () => {
      await page.getByRole("button", { name: words.reset, exact: true }).click();
      const before = await markSizes(page);
      for (let i = 0; i < 2; i++) await page.getByRole("button", { name: words.in, exact: true }).click();
      expect(await page.locator("[data-map]").getAttribute("data-zoom")).toBe("2.25");
      const after = await markSizes(page);
      for (const kind of ["park", "cemetery", "industrial"] as const) {
        expect(before[kind]).toBeGreaterThan(2);
        expect(Math.abs(after[kind] - before[kind])).toBeLessThan(1);
      }
      await page.getByRole("button", { name: words.reset, exact: true }).click();
    });
  });
});

describe.each(["fr", "nl", "en"] as const)("a first tap on a phone in %s", (language) => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      hasTouch: true,
      isMobile: true,
      bypassCSP: true,
    });
  });
  afterAll(() => context.close());

  it("shows the area's card without leaving the page; a second tap opens the profile", async () => {
    const page = await openExplorer(context, language);
    const first = page.locator("[data-rows] tr").first();
    const code = (await first.getAttribute("data-code"))!;
    const name = (await first.locator("th a").textContent())!;
    const href = (await first.locator("th a").getAttribute("href"))!;
    const before = page.url();
    const area = page.locator(`[data-map] path[data-code="${code}"]`);
    const position = await areaPoint(page, code);
    await area.tap({ position });
    const card = page.locator("[data-map-card]");
    await card.waitFor({ state: "visible" });
    expect(await card.locator(".map-card-name").textContent()).toBe(name);
    expect(await card.textContent()).toContain({ fr: "1er sur ", nl: "1e van ", en: "1st of " }[language]);
    expect(await card.getByRole("link", { name: LABELS[language].open }).getAttribute("href")).toBe(href);
    expect(page.url()).toBe(before);
    expect(await axeViolations(page)).toEqual([]);
    await area.tap({ position });
    await page.waitForURL((url) => url.pathname === href);
    await page.close();
  });
});

describe("a click with a mouse", () => {
  it("opens the profile at once, as before", async () => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await openExplorer(context, "fr");
    const first = page.locator("[data-rows] tr").first();
    const code = (await first.getAttribute("data-code"))!;
    const href = (await first.locator("th a").getAttribute("href"))!;
    const position = await areaPoint(page, code);
    await page.locator(`[data-map] path[data-code="${code}"]`).click({ position });
    await page.waitForURL((url) => url.pathname === href);
    expect(await page.locator("[data-map-card]").count()).toBe(0);
    await context.close();
  });
});

describe.each([
  ["fr", "allocator"],
  ["nl", "siting"],
  ["en", "allocator"],
  ["en", "siting"],
] as const)("the tool map in %s (%s)", (language, tool) => {
  const words = LABELS[language];
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    context = await browser.newContext({ viewport: { width: 1400, height: 900 }, bypassCSP: true });
    page = await context.newPage();
    await page.goto(`${baseUrl}/${language}/tools/${tool}/`);
    await page.waitForSelector("[data-results][data-ready]:not([hidden])", { timeout: 30_000 });
  });
  afterAll(() => context.close());

  it("zooms with the explorer's buttons and keys", async () => {
    const whole = (await viewBox(page))!;
    const [, , width] = whole.split(" ").map(Number);
    await page.getByRole("button", { name: words.in, exact: true }).click();
    expect(await page.locator("[data-map]").getAttribute("data-zoom")).toBe("1.5");
    expect(Number((await viewBox(page))!.split(" ")[2])).toBeCloseTo(width! / 1.5, 1);
    await page.getByRole("button", { name: words.reset, exact: true }).click();
    expect(await viewBox(page)).toBe(whole);
    await page.locator("[data-map]").focus();
    await page.keyboard.press("+");
    await page.keyboard.press("+");
    expect(await page.locator("[data-map]").getAttribute("data-zoom")).toBe("2.25");
    await page.keyboard.press("-");
    expect(await page.locator("[data-map]").getAttribute("data-zoom")).toBe("1.5");
    await page.keyboard.press("0");
    expect(await viewBox(page)).toBe(whole);
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe("the allocator's map redrawn for a new setting", () => {
  it("keeps the visitor's zoom", async () => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, bypassCSP: true });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/en/tools/allocator/`);
    const results = page.locator("[data-results][data-ready]:not([hidden])");
    await results.waitFor({ timeout: 30_000 });
    await page.getByRole("button", { name: LABELS.en.in, exact: true }).click();
    const zoomed = await viewBox(page);
    const shown = await results.getAttribute("data-ready");
    await page.locator("#allocator-need").selectOption({ index: 1 });
    await expect.poll(() => results.getAttribute("data-ready")).not.toBe(shown);
    expect(await viewBox(page)).toBe(zoomed);
    await context.close();
  });
});
