import type { APIRoute } from "astro";
import { clientPaths } from "../../data/client-data.ts";
import { levelsFinestFirst } from "../../data/indicator/page-data.ts";

export function getStaticPaths() {
  return levelsFinestFirst().map((level) => ({ params: { level } }));
}

/** Pre-projected SVG paths: the explorer swaps levels without a geographic library. */
export const GET: APIRoute = ({ params }) => Response.json(clientPaths(params.level!));
