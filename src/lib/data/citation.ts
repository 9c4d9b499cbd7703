/**
 * How to cite the observatory: title, pipeline version, the page's URL and a blank for the date
 * the reader accessed it, in each language. Without a `site` in astro.config.mjs the build does
 * not know its public address; the page then prints the path and src/client/data/citation.ts
 * completes it in the browser from the address the reader is on.
 */
import { createTranslator } from "../../i18n/translate.ts";
import type { Language } from "../../core/languages.ts";

export function citationText(language: Language, version: string, url: string): string {
  const t = createTranslator(language);
  return t("data.citation.text", { title: t("site.title"), version, url });
}

/** The page's address: absolute when the site's origin is configured, else its path. */
export function pageUrl(path: string, site: URL | undefined): string {
  return site ? new URL(path, site).href : path;
}
