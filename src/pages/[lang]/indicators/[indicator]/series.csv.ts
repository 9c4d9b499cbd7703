import type { APIRoute } from "astro";
import type { Language } from "../../../../core/languages.ts";
import { seriesCsv } from "../../../../data/indicator/series-view.ts";
import { seriesStaticPaths } from "../../../../data/indicator/series-paths.ts";

export const getStaticPaths = seriesStaticPaths;

/** The line chart's values: one row per territory and the region, one column per year. */
export const GET: APIRoute = ({ params }) =>
  new Response(seriesCsv(params.indicator!, params.lang as Language), {
    headers: { "Content-Type": "text/csv; charset=utf-8" },
  });
