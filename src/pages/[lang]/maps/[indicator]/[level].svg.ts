import type { APIRoute } from "astro";
import type { Language } from "../../../../core/languages.ts";
import { mapRoutes } from "../../../../data/map/routes.ts";
import { mapView } from "../../../../data/map/view.ts";

export const getStaticPaths = mapRoutes;

/** A picture for reports: title, legend, source line and date drawn in, no script needed. */
export const GET: APIRoute = ({ params }) => {
  const view = mapView({ indicatorId: params.indicator!, level: params.level!, language: params.lang as Language, borders: params.level === "bassin" ? [] : ["bassin"], standalone: true });
  return new Response(view.svg, { headers: { "Content-Type": "image/svg+xml" } });
};
