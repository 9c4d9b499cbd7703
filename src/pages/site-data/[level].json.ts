import type { APIRoute } from "astro";
import { clientLevelData } from "../../lib/client-data-build.ts";

const LEVELS = ["sector", "quartier", "commune", "bassin", "region"];

export function getStaticPaths() {
  return LEVELS.map((level) => ({ params: { level } }));
}

export const GET: APIRoute = ({ params }) => Response.json(clientLevelData(params.level!));
