import type { APIRoute } from "astro";
import type { Language } from "../../../../core/languages.ts";
import { mapCsv } from "../../../../data/map/csv.ts";
import { mapRoutes } from "../../../../data/map/routes.ts";

export const getStaticPaths = mapRoutes;

export const GET: APIRoute = ({ params }) =>
  new Response(mapCsv(params.indicator!, params.level!, params.lang as Language), { headers: { "Content-Type": "text/csv; charset=utf-8" } });
