import type { APIRoute } from "astro";
import type { Language } from "../../../core/languages.ts";
import { bibtex, datasetRecord, pageUrl } from "../../../lib/data/citation.ts";
import { currentRelease } from "../../../data/cite/release.ts";
import { languageStaticPaths } from "../../../data/static-paths.ts";
import { dataPagePath } from "../../../lib/routes.ts";

export const getStaticPaths = languageStaticPaths;

/** The dataset's BibTeX entry, titled in the page's language. */
export const GET: APIRoute = ({ params, site }) => {
  const language = params.lang as Language;
  const record = datasetRecord(language, currentRelease(), pageUrl(dataPagePath(language), site));
  return new Response(bibtex(record), { headers: { "Content-Type": "application/x-bibtex; charset=utf-8" } });
};
