import type { APIRoute } from "astro";
import { indicatorSeries } from "../../../../data/observatory-data.ts";
import { seriesStaticPaths } from "../../../../data/series-paths.ts";

/** Every year of one indicator at one level, loaded on demand by charts and the explorer (never at first load). */
export function getStaticPaths() {
  return seriesStaticPaths();
}

export const GET: APIRoute = ({ params }) => Response.json(indicatorSeries(params.level!, params.indicator!));
