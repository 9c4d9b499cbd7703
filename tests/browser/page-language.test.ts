/**
 * Issue 15: every string in the page's language. A sample of every page type, in French and in
 * Dutch, with its folded parts opened, must show none of the English sentences of the data (the
 * sources' texts, method notes and parameters, CLSS notes, data-quality details) nor of the
 * English messages. Supersedes the narrower
 * check of tests/browser/profile-story.test.ts, which looked at a profile's story parts only.
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readCsvTable } from "../../src/data/observatory-data.ts";
import { messages } from "../../src/i18n/translate.ts";
import { launchBrowser, openOk } from "./browser.ts";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const normalize = (text: string) => text.replace(/\s+/g, " ").trim();
/** A sentence, not a name: three words or more. */
const isSentence = (text: string) => normalize(text).split(" ").length >= 3;

/**
 * The English texts of the data and messages a French or Dutch page must not show: each only
 * where it differs from both its French and Dutch versions (so names and titles identical in
 * every language are left out).
 */
export function englishSentences(): string[] {
  const found = new Set<string>();
  const add = (en: string | null | undefined, ...others: (string | null | undefined)[]) => {
    const text = normalize(en ?? "");
    if (isSentence(text) && others.every((other) => normalize(other ?? "") !== text)) found.add(text);
  };
  for (const row of readCsvTable("sources")) {
    for (const field of ["title", "publisher", "licence", "attribution", "reference_date"])
      add(row[`${field}_en`] ?? row[field], row[`${field}_fr`], row[`${field}_nl`]);
    const caveats = (field: string) => (row[field] ?? "").split(" | ");
    const fr = caveats("caveats_fr");
    const nl = caveats("caveats_nl");
    caveats(row.caveats_en ? "caveats_en" : "caveats").forEach((caveat, i) => add(caveat, fr[i], nl[i]));
    // The publisher's comments ("(data from Actiris, Statbel, SPP IS, INAMI)").
    for (const comment of (row.publisher_en ?? row.publisher)!.match(/\(([^)]*)\)/g) ?? [])
      add(
        comment,
        row.publisher_fr?.includes(comment) ? comment : "",
        row.publisher_nl?.includes(comment) ? comment : "",
      );
  }
  for (const entry of readCsvTable("indicator_catalog")) {
    add(entry.method_en, entry.method_fr, entry.method_nl);
    add(entry.label_en, entry.label_fr, entry.label_nl);
  }
  for (const row of readCsvTable("clss")) add(row.note_en ?? row.note, row.note_fr, row.note_nl);
  for (const row of readCsvTable("data_quality")) add(row.detail_en, row.detail_fr, row.detail_nl);
  for (const row of readCsvTable("method_parameters")) add(row.explanation_en, row.explanation_fr, row.explanation_nl);
  for (const [key, en] of Object.entries(messages.en))
    if (!en.includes("{")) add(en, messages.fr[key], messages.nl[key]);
  return [...found];
}

const pageTypes = [
  ["home and explorer", ""],
  ["explorer's sources tab", "?tab=sources"],
  ["quartier profile", "quartier/58/"],
  ["commune profile", "commune/21004/"],
  ["bassin profile", "bassin/CO/"],
  ["indicators list", "indicators/"],
  ["indicator page", "indicators/bim_share/"],
  ["services indicator page", "indicators/share_within_500m_pharmacy/"],
  ["data page", "data/"],
  ["data addresses", "data/urls/"],
  ["tools", "tools/"],
  ["allocator tool", "tools/allocator/"],
  ["siting tool", "tools/siting/"],
  ["GP register tool", "tools/gp-register/"],
  ["GP facts", "gp/"],
  ["glossary", "glossary/"],
  ["query", "query/"],
  ["indicator embed", "embed/indicator/bim_share/"],
  ["map embed", "embed/map/bim_share/quartier/"],
  ["profile embed", "embed/profile/quartier/58"],
] as const;

const sentences = englishSentences();

describe.each(["fr", "nl"] as const)("pages in %s", (language) => {
  it("the list of English sentences holds the data's and the messages'", () => {
    expect(sentences).toContain("Total population only: Statbel open data has no age breakdown by sector.");
    expect(sentences.length).toBeGreaterThan(200);
  });

  it.each(pageTypes)("%s shows no English sentence of the data or messages", async (_name, path) => {
    const { page } = await openOk(browser, `/${language}/${path}`);
    // Open every fold (sections, "cite this", quality notes) so that their texts are read too.
    // Left out: the citation in the other languages, shown on purpose (data page). Nothing may be
    // marked data-untranslated any more: every data text has its French and Dutch version.
    const untranslated = await page.evaluate(() => {
      for (const details of document.querySelectorAll("details")) details.open = true;
      for (const sample of document.querySelectorAll('[data-citation][lang="en"]')) sample.remove();
      const marked = [...document.querySelectorAll("[data-untranslated]")];
      for (const element of marked) element.remove();
      return [...new Set(marked.map((element) => element.getAttribute("data-untranslated")))];
    });
    expect(untranslated).toEqual([]);
    const visible = normalize(await page.locator("body").innerText());
    await page.close();
    expect(visible.length, path).toBeGreaterThan(200);
    expect(sentences.filter((sentence) => visible.includes(sentence))).toEqual([]);
  });
});
