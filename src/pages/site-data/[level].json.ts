import type { APIRoute } from "astro";
import type { ClientLevelData } from "../../lib/client-data.ts";
import { levelValues, territories } from "../../lib/site-data.ts";

const LEVELS = ["sector", "quartier", "commune", "bassin", "region"];

export function getStaticPaths() {
  return LEVELS.map((level) => ({ params: { level } }));
}

export const GET: APIRoute = ({ params }) => {
  const level = params.level!;
  const list = territories(level);
  const values = levelValues(level);
  const data: ClientLevelData = {
    level,
    codes: list.map((t) => t.code),
    names: { fr: list.map((t) => t.name.fr), nl: list.map((t) => t.name.nl), en: list.map((t) => t.name.en) },
    population: list.map((t) => t.population),
    values: {},
    flags: {},
    years: {},
  };
  for (const [id, cells] of values) {
    data.values[id] = list.map((t) => cells.get(t.code)?.value ?? null);
    data.flags[id] = list.map((t) => cells.get(t.code)?.flag ?? null);
    const years = list.map((t) => cells.get(t.code)?.year ?? null);
    if (new Set(years.filter((y) => y !== null)).size > 1) data.years[id] = years;
  }
  return new Response(JSON.stringify(data), { headers: { "Content-Type": "application/json" } });
};
