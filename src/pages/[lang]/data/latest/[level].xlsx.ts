import type { APIRoute } from "astro";
import type { Language } from "../../../../core/languages.ts";
import { latestXlsx } from "../../../../data/downloads/spreadsheets.ts";
import { latestStaticPaths } from "../../../../data/static-paths.ts";

/** indicators_latest of one level as a workbook, with its sources-and-definitions sheet. */
export const getStaticPaths = latestStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(new Uint8Array(latestXlsx(params.level!, params.lang as Language)), {
    headers: { "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" },
  });
