import { describe, expect, it } from "vitest";
import {
  GLOSSARY_NOTE_ID,
  isEmbedPage,
  isGlossaryPage,
  linkGlossaryOnPage,
  linkGlossaryTerms,
  pageLanguage,
} from "../../../../src/lib/glossary-links.ts";

const notes = {
  fr: "Définition dans le glossaire",
  nl: "Definitie in de woordenlijst",
  en: "Definition in the glossary",
};
const page = (main: string, lang = "en", mainAttributes = ' id="main" class="wrap"') =>
  `<!DOCTYPE html><html lang="${lang}"><head><title>BIM</title></head><body><header><p>BIM CPAS</p></header>` +
  `<main${mainAttributes}>${main}</main><footer>BIM</footer></body></html>`;
const link = (lang: string, term: string, text: string) =>
  `<a href="/${lang}/glossary/#${term}" class="glossary-term" aria-describedby="${GLOSSARY_NOTE_ID}">${text}</a>`;
const note = (lang: keyof typeof notes) => `<span id="${GLOSSARY_NOTE_ID}" hidden>${notes[lang]}</span>`;
const run = (html: string, lang: keyof typeof notes = "en") =>
  linkGlossaryTerms(html, { language: lang, note: notes[lang] });
/** The <main> element's inner HTML. */
const mainOf = (html: string) => html.slice(html.indexOf(">", html.indexOf("<main")) + 1, html.lastIndexOf("</main>"));

describe("linkGlossaryTerms(html, {language, note})", () => {
  it("links the first use of each term only, in <main> only, and adds one hidden note", () => {
    const html = page("<p>Entitled to BIM, then CPAS and BIM again.</p><p>More BIM and CPAS.</p>");
    const linked = run(html);
    expect(mainOf(linked)).toBe(
      `<p>Entitled to ${link("en", "bim", "BIM")}, then ${link("en", "cpas", "CPAS")} and BIM again.</p>` +
        `<p>More BIM and CPAS.</p>${note("en")}`,
    );
    // Header, footer and head are untouched, byte for byte.
    expect(linked.slice(0, linked.indexOf("<main"))).toBe(html.slice(0, html.indexOf("<main")));
    expect(linked.slice(linked.lastIndexOf("</main>"))).toBe(html.slice(html.lastIndexOf("</main>")));
  });

  it("never links inside links, headings, buttons, labels, controls, code, SVG, scripts, table headers or attributes", () => {
    const html = page(
      '<h2>BIM</h2><a href="/x/">BIM</a><button type="button">BIM</button><label>BIM <input name="BIM"></label>' +
        "<select><option>BIM</option></select><code>BIM</code><pre>BIM</pre>" +
        '<svg viewBox="0 0 1 1"><title>BIM</title><text>BIM</text><svg><text>BIM</text></svg></svg>' +
        '<script type="module">const BIM = "BIM";</script><table><tr><th>BIM</th></tr></table>' +
        "<nav><p>BIM</p></nav><details><summary>BIM</summary><p title=\"BIM\" data-x='a > BIM'>The BIM share.</p></details>" +
        "<table><tr><th>CPAS</th><td>The CPAS</td></tr></table>",
    );
    const linked = run(html);
    expect(linked.match(/class="glossary-term"/g)).toHaveLength(2);
    expect(linked).toContain(`<p title="BIM" data-x='a > BIM'>The ${link("en", "bim", "BIM")} share.</p>`);
    expect(linked).toContain(`<th>CPAS</th><td>The ${link("en", "cpas", "CPAS")}</td>`);
  });

  it("skips hidden, visually hidden, live, opted-out and widget content, and text in another language", () => {
    const html = page(
      '<p hidden>BIM</p><p aria-hidden="true">BIM</p><span class="x visually-hidden">BIM</span>' +
        '<p role="status">BIM</p><p aria-live="polite">BIM</p><div data-no-glossary><p>BIM</p></div>' +
        '<div role="tablist"><p>BIM</p></div><span lang="fr">BIM</span><p lang="en-GB">BIM here</p>',
    );
    expect(mainOf(run(html))).toContain(`<p lang="en-GB">${link("en", "bim", "BIM")} here</p>`);
    expect(run(html).match(/class="glossary-term"/g)).toHaveLength(1);
  });

  it("matches whole words, abbreviations as written and other words in any case, accents included", () => {
    expect(run(page("<p>BIMS, bim, ABIM, 2SFCAx, xCPAS, CPASé, éCPAS</p>"))).not.toContain("glossary-term");
    expect(mainOf(run(page("<p>Statistical Sectors and NEIGHBOURHOODS</p>")))).toBe(
      `<p>${link("en", "sector", "Statistical Sectors")} and ${link("en", "quartier", "NEIGHBOURHOODS")}</p>${note("en")}`,
    );
    expect(mainOf(run(page("<p>Les Déciles et la maison médicale.</p>", "fr"), "fr"))).toBe(
      `<p>Les ${link("fr", "quantile", "Déciles")} et la ${link("fr", "maison-medicale", "maison médicale")}.</p>${note("fr")}`,
    );
  });

  it("takes the longest name at a place, across an escaped apostrophe or a no-break space", () => {
    expect(
      mainOf(run(page("<p>Le bassin d&#39;aide et de soins Nord-Ouest et le seuil&nbsp;INAMI.</p>", "fr"), "fr")),
    ).toBe(
      `<p>Le ${link("fr", "bassin", "bassin d&#39;aide et de soins")} Nord-Ouest et le ${link("fr", "inami", "seuil&nbsp;INAMI")}.</p>${note("fr")}`,
    );
  });

  it("knows each language's words: FR, NL and EN variants of the same term", () => {
    const cases = [
      ["fr", "Les bénéficiaires de l'intervention majorée", "bim", "intervention majorée"],
      ["nl", "Rechthebbenden op de VT", "bim", "VT"],
      ["nl", "Leefloon van het OCMW", "cpas", "OCMW"],
      ["nl", "Een RIZIV-drempel", "inami", "RIZIV-drempel"],
      ["nl", "Per zorgbassin", "bassin", "zorgbassin"],
      ["nl", "Huisartsen in VTE", "fte", "VTE"],
      ["en", "A shortage threshold", "inami", "shortage threshold"],
      ["en", "GP full-time equivalents", "fte", "full-time equivalents"],
      ["fr", "Médecins en ETP", "fte", "ETP"],
      ["fr", "le CLSS Nord", "clss", "CLSS"],
    ] as const;
    for (const [lang, text, term, word] of cases)
      expect(mainOf(run(page(`<p>${text}</p>`, lang), lang)), `${lang}: ${text}`).toContain(link(lang, term, word));
    // Another language's word is no term: "VT" is Dutch only, "wijk" is not a word inside "wijkgezondheidscentrum".
    expect(run(page("<p>VT</p>"))).not.toContain("glossary-term");
    expect(mainOf(run(page("<p>Het wijkgezondheidscentrum</p>", "nl"), "nl"))).toContain(
      link("nl", "maison-medicale", "wijkgezondheidscentrum"),
    );
    expect(run(page("<p>Het wijkgezondheidscentrum</p>", "nl"), "nl")).not.toContain("#quartier");
  });

  it("does not read a source's title as a term (Monitoring des Quartiers)", () => {
    expect(mainOf(run(page("<p>IBSA, Monitoring des Quartiers: by quartier</p>")))).toBe(
      `<p>IBSA, Monitoring des Quartiers: by ${link("en", "quartier", "quartier")}</p>${note("en")}`,
    );
  });

  it("is idempotent, and counts a term already linked to the glossary as used", () => {
    const html = page("<p>The BIM share and CPAS.</p>");
    const once = run(html);
    expect(run(once)).toBe(once);
    const handLinked = page('<p>The BIM share.</p><p><a href="/en/glossary/#bim">BIM</a></p>');
    expect(run(handLinked)).toBe(handLinked);
  });

  it("leaves a page without <main>, an embed's bare <main>, or a page without any term unchanged", () => {
    const bare = '<html lang="en"><body><p>BIM</p></body></html>';
    expect(run(bare)).toBe(bare);
    const embed = page("<p>BIM</p>", "en", ' id="main" class="embed" tabindex="-1"');
    expect(run(embed)).toBe(embed);
    const none = page("<p>Nothing to define.</p>");
    expect(run(none)).toBe(none);
  });

  it("escapes the note's text", () => {
    expect(linkGlossaryTerms(page("<p>BIM</p>"), { language: "en", note: "A <b> & c" })).toContain(
      `<span id="${GLOSSARY_NOTE_ID}" hidden>A &lt;b&gt; &amp; c</span>`,
    );
  });
});

describe("linkGlossaryOnPage(html, path, notes)", () => {
  it("uses the page's language and skips the glossary and embed pages", () => {
    const html = page("<p>Het OCMW en de BIM</p>", "nl");
    expect(mainOf(linkGlossaryOnPage(html, "nl/commune/21004/index.html", notes))).toBe(
      `<p>Het ${link("nl", "cpas", "OCMW")} en de ${link("nl", "bim", "BIM")}</p>${note("nl")}`,
    );
    expect(linkGlossaryOnPage(html, "nl/glossary/index.html", notes)).toBe(html);
    expect(linkGlossaryOnPage(html, "nl/embed/map/bim_share/quartier/index.html", notes)).toBe(html);
    const noLanguage = page("<p>BIM</p>", "de");
    expect(linkGlossaryOnPage(noLanguage, "index.html", notes)).toBe(noLanguage);
  });

  it("recognises the paths and the language", () => {
    expect(isGlossaryPage("fr/glossary/index.html")).toBe(true);
    expect(isGlossaryPage("/en/glossary/")).toBe(true);
    expect(isGlossaryPage("fr/glossary-x/index.html")).toBe(false);
    expect(isEmbedPage("en\\embed\\map\\x\\index.html")).toBe(true);
    expect(isEmbedPage("en/indicators/embed/index.html")).toBe(false);
    expect(pageLanguage('<html data-x="1" lang="nl">')).toBe("nl");
    expect(pageLanguage("<html>")).toBeUndefined();
  });
});
