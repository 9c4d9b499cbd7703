/**
 * Every page the build renders passes here once, as HTML in memory: the first use of each
 * glossary term in its main content becomes a link to the definition (src/lib/glossary-links.ts
 * says where and how). Doing it before Astro writes the page spares re-reading and rewriting the
 * ~130 MB of built HTML afterwards. Files (CSV, SVG, JSON) pass untouched.
 */
import { defineMiddleware } from "astro:middleware";
import { languages, type Language } from "./core/languages.ts";
import { createTranslator } from "./i18n/translate.ts";
import { linkGlossaryOnPage } from "./lib/glossary-links.ts";

const notes = Object.fromEntries(
  languages.map((language) => [language, createTranslator(language)("glossary.note")]),
) as Record<Language, string>;

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (!response.headers.get("content-type")?.startsWith("text/html")) return response;
  const html = await response.text();
  return new Response(linkGlossaryOnPage(html, context.url.pathname, notes), {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
});
