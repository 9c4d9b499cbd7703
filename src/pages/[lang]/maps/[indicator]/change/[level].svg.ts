import type { APIRoute } from "astro";
import type { Language } from "../../../../../core/languages.ts";
import { changeMapSvg } from "../../../../../data/map/change-view.ts";
import { changeMapStaticPaths } from "../../../../../data/static-paths.ts";

export const getStaticPaths = changeMapStaticPaths;

/** The change between the first and last comparable years, for reports: legend, source and years drawn in. */
export const GET: APIRoute = ({ params }) =>
  new Response(changeMapSvg(params.indicator!, params.level!, params.lang as Language), {
    headers: { "Content-Type": "image/svg+xml" },
  });
