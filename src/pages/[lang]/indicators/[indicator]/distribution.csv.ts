import type { APIRoute } from "astro";
import type { Language } from "../../../../core/languages.ts";
import { distributionCsv } from "../../../../data/indicator/page-data.ts";
import { distributionStaticPaths } from "../../../../data/static-paths.ts";

export const getStaticPaths = distributionStaticPaths;

/** The CSV behind an indicator page's distribution chart. */
export const GET: APIRoute = ({ params }) =>
  new Response(distributionCsv(params.indicator!, params.lang as Language), {
    headers: { "Content-Type": "text/csv; charset=utf-8" },
  });
