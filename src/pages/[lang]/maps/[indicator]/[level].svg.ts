import type { APIRoute } from "astro";
import type { Language } from "../../../../core/languages.ts";
import { mapView } from "../../../../data/map/view.ts";
import { mapStaticPaths } from "../../../../data/static-paths.ts";

export const getStaticPaths = mapStaticPaths;

/** A picture for reports: title, legend, source line and date drawn in, no script needed. */
export const GET: APIRoute = ({ params }) => {
  const view = mapView({
    indicatorId: params.indicator!,
    level: params.level!,
    language: params.lang as Language,
    borders: params.level === "bassin" ? [] : ["bassin"],
    standalone: true,
  });
  return new Response(view.svg, { headers: { "Content-Type": "image/svg+xml" } });
};
