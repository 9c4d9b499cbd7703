import type { APIRoute } from "astro";
import type { Language } from "../../../../core/languages.ts";
import { latestExcelCsv } from "../../../../data/downloads/spreadsheets.ts";
import { latestStaticPaths } from "../../../../data/static-paths.ts";

/** indicators_latest of one level for a Belgian or French Excel, headers in the page's language. */
export const getStaticPaths = latestStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(latestExcelCsv(params.level!, params.lang as Language), {
    headers: { "Content-Type": "text/csv; charset=utf-8" },
  });
