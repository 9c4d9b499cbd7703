import type { APIRoute } from "astro";
import type { Language } from "../../../core/languages.ts";
import { ris, datasetRecord, pageUrl } from "../../../lib/data/citation.ts";
import { currentRelease } from "../../../data/cite/release.ts";
import { languageStaticPaths } from "../../../data/static-paths.ts";
import { dataPagePath } from "../../../lib/routes.ts";

export const getStaticPaths = languageStaticPaths;

/** The dataset's RIS record, titled in the page's language. */
export const GET: APIRoute = ({ params, site }) => {
  const language = params.lang as Language;
  const record = datasetRecord(language, currentRelease(), pageUrl(dataPagePath(language), site));
  return new Response(ris(record), {
    headers: { "Content-Type": "application/x-research-info-systems; charset=utf-8" },
  });
};
