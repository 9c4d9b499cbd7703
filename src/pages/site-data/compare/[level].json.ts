import type { APIRoute } from "astro";
import { compareLevelData, compareLevels } from "../../../data/compare/level-data.ts";

export function getStaticPaths() {
  return compareLevels().map((level) => ({ params: { level } }));
}

export const GET: APIRoute = ({ params }) => Response.json(compareLevelData(params.level!));
