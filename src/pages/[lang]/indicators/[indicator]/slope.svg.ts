import type { APIRoute } from "astro";
import type { Language } from "../../../../core/languages.ts";
import { withTitleAndSource } from "../../../../lib/indicator/line-chart.ts";
import { seriesView } from "../../../../data/indicator/series-view.ts";
import { seriesStaticPaths } from "../../../../data/indicator/series-paths.ts";

export const getStaticPaths = seriesStaticPaths;

/** The slope chart of the default years as a picture for reports: title and source line drawn in. */
export const GET: APIRoute = ({ params }) => {
  const view = seriesView(params.indicator!, params.lang as Language)!;
  const svg = withTitleAndSource(view.slope.svg, view.slope.title, view.sourceLine);
  return new Response(svg, { headers: { "Content-Type": "image/svg+xml" } });
};
