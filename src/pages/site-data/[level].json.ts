import type { APIRoute } from "astro";
import { clientLevelData } from "../../lib/client-data-build.ts";
import { levelsFinestFirst } from "../../lib/indicator-page-data.ts";

export function getStaticPaths() {
  return levelsFinestFirst().map((level) => ({ params: { level } }));
}

export const GET: APIRoute = ({ params }) => Response.json(clientLevelData(params.level!));
