import type { APIRoute } from "astro";
import type { Language } from "../../../../core/languages.ts";
import { createTranslator } from "../../../../i18n/translate.ts";
import { withTitleAndSource } from "../../../../lib/indicator/line-chart.ts";
import { lineChartTitle } from "../../../../lib/indicator/series-chart.ts";
import { seriesView } from "../../../../data/indicator/series-view.ts";
import { seriesStaticPaths } from "../../../../data/indicator/series-paths.ts";

export const getStaticPaths = seriesStaticPaths;

/** The line chart as a picture for reports: title (with the years) and source line drawn in. */
export const GET: APIRoute = ({ params }) => {
  const language = params.lang as Language;
  const view = seriesView(params.indicator!, language)!;
  const svg = withTitleAndSource(view.lineSvg, lineChartTitle(createTranslator(language), view.data), view.sourceLine);
  return new Response(svg, { headers: { "Content-Type": "image/svg+xml" } });
};
