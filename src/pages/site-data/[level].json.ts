import type { APIRoute } from "astro";
import { clientLevelData } from "../../data/client-data.ts";
import { levelsFinestFirst } from "../../data/indicator/page-data.ts";

export function getStaticPaths() {
  return levelsFinestFirst().map((level) => ({ params: { level } }));
}

export const GET: APIRoute = ({ params }) => Response.json(clientLevelData(params.level!));
