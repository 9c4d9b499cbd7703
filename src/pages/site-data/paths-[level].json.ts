import type { APIRoute } from "astro";
import { clientPaths } from "../../lib/client-data-build.ts";

const LEVELS = ["sector", "quartier", "commune", "bassin", "region"];

export function getStaticPaths() {
  return LEVELS.map((level) => ({ params: { level } }));
}

/** Pre-projected SVG paths: the explorer swaps levels without a geographic library. */
export const GET: APIRoute = ({ params }) => Response.json(clientPaths(params.level!));
