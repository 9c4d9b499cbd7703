/**
 * The first use of a glossary term on a page links to its definition (src/lib/glossary-links.ts,
 * run over the built site): on a profile, an indicator page, the data page and a tool page, in
 * French, Dutch and English. The link is described as leading to the glossary, following it lands
 * on the term's definition, and axe stays clean.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { axeViolations, launchBrowser, openOk } from "./browser.ts";
import { createTranslator } from "../../src/i18n/translate.ts";
import { TERM_WORDS } from "../../src/lib/glossary.ts";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

// A profile, an indicator page, the data page and a tool page.
const paths = ["/commune/21004/", "/indicators/bim_share/", "/data/", "/tools/allocator/"];

describe.each(["fr", "nl", "en"] as const)("glossary links in %s", (language) => {
  const t = createTranslator(language);
  // The words of the BIM term in the page's language ("BIM", "intervention majorée", "VT"…).
  const words = TERM_WORDS[language].filter(([, term]) => term === "bim").map(([word]) => word);
  it.each(paths)(`/${language}%s links the first use of BIM to its definition`, async (path) => {
    const { page } = await openOk(browser, `/${language}${path}`);
    const main = page.getByRole("main");
    const links = main.locator("a.glossary-term");
    const hrefs = await links.evaluateAll((nodes) => nodes.map((n) => n.getAttribute("href")));
    // One link per term: only its first use.
    expect(new Set(hrefs).size).toBe(hrefs.length);
    const bim = main.locator(`a[href="/${language}/glossary/#bim"]`);
    expect(await bim.count()).toBe(1);
    // A reader opens the section it is in (a folded <details>), then its accessible name is the
    // word as written, one of the term's words.
    await bim.evaluate((link) => {
      for (let details = link.closest("details"); details; details = details.parentElement!.closest("details"))
        details.open = true;
    });
    const word = (await bim.textContent())!;
    expect(words.map((w) => w.toLowerCase())).toContain(word.toLowerCase());
    expect(await main.getByRole("link", { name: word, exact: true }).and(bim).count()).toBe(1);
    expect(await bim.getAttribute("aria-describedby")).toBe("glossary-term-note");
    expect(await page.locator("#glossary-term-note").textContent()).toBe(t("glossary.note"));
    // In the page as built (before any script shows, hides or writes content), no earlier
    // occurrence of a word of the term in the visible text of paragraphs, list items and
    // definitions of <main> is left unlinked.
    const built = (await openOk(browser, `/${language}${path}`, { javaScriptEnabled: false })).page;
    const earlierUnlinked = await built.evaluate((words) => {
      const pattern = new RegExp(`(^|[^\\p{L}\\p{N}])(${words.join("|")})([^\\p{L}\\p{N}]|$)`, "iu");
      const main = document.querySelector("main")!;
      const link = main.querySelector('a.glossary-term[href$="#bim"]')!;
      const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node && !link.contains(node); node = walker.nextNode()) {
        const parent = node.parentElement!;
        const excluded = "a, h1, h2, h3, th, [lang]:not(html), [hidden], [aria-hidden='true'], .visually-hidden";
        if (!parent.matches("main p, main li, main dd, main td") || parent.closest(excluded)) continue;
        if (pattern.test(node.textContent ?? "")) return parent.outerHTML;
      }
      return null;
    }, words);
    await built.close();
    expect(earlierUnlinked).toBeNull();
    expect(await axeViolations(page)).toEqual([]);
    await bim.click();
    await page.waitForURL(`**/${language}/glossary/#bim`);
    const entry = page.locator("#bim");
    expect(await entry.locator("dt").textContent()).toBe(t("glossary.term.bim"));
    expect(await entry.evaluate((node) => node.matches(":target"))).toBe(true);
    await page.close();
  });
});

describe("glossary links stay out of", () => {
  it("the glossary page itself and embeds", async () => {
    const glossary = (await openOk(browser, "/en/glossary/")).page;
    expect(await glossary.locator("a.glossary-term").count()).toBe(0);
    await glossary.close();
    const embed = (await openOk(browser, "/en/embed/map/bim_share/quartier/")).page;
    expect(await embed.locator("a.glossary-term").count()).toBe(0);
    await embed.close();
  });
});
