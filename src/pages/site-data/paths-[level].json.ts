import type { APIRoute } from "astro";
import { levelPaths } from "../../lib/map-data.ts";

const LEVELS = ["sector", "quartier", "commune", "bassin", "region"];

export function getStaticPaths() {
  return LEVELS.map((level) => ({ params: { level } }));
}

/** Pre-projected SVG paths: the explorer swaps levels without a geographic library. */
export const GET: APIRoute = ({ params }) =>
  new Response(JSON.stringify(Object.fromEntries(levelPaths(params.level!).map((p) => [p.code, p.d]))), { headers: { "Content-Type": "application/json" } });
