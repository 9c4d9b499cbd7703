import type { APIRoute } from "astro";
import type { Language } from "../../../../core/languages.ts";
import { mapCsv } from "../../../../data/map/csv.ts";
import { mapStaticPaths } from "../../../../data/static-paths.ts";

export const getStaticPaths = mapStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(mapCsv(params.indicator!, params.level!, params.lang as Language), {
    headers: { "Content-Type": "text/csv; charset=utf-8" },
  });
