import type { APIRoute } from "astro";
import type { Language } from "../../../../core/languages.ts";
import { slopeCsv } from "../../../../data/indicator/series-view.ts";
import { seriesStaticPaths } from "../../../../data/indicator/series-paths.ts";

export const getStaticPaths = seriesStaticPaths;

/** The slope chart's default pair of years: both values and the change per territory. */
export const GET: APIRoute = ({ params }) =>
  new Response(slopeCsv(params.indicator!, params.lang as Language), {
    headers: { "Content-Type": "text/csv; charset=utf-8" },
  });
