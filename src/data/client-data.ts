/** Build-time construction of the browser's data files (served from /site-data/, also inlined by pages). */
import type { ClientCatalogEntry, ClientLevelData, ClientOverlays } from "../lib/client-data.ts";
import { levelBorders, levelPaths, projectedServices } from "./map/data.ts";
import { mapContext } from "./map/context.ts";
import { clss } from "../core/tables/clss.ts";
import { sectors } from "../core/tables/sectors.ts";
import { readTable } from "./observatory-data.ts";
import { offeredYearsByLevel } from "./series-years.ts";
import { indicatorCitation, indicators, levelValues, territories } from "./site-data.ts";

export function clientCatalog(): ClientCatalogEntry[] {
  return indicators().map((info) => {
    const { id, family, label, unit, polarity, year, levels, status } = info;
    const entry: ClientCatalogEntry = {
      id,
      family,
      label,
      unit,
      polarity,
      year,
      levels,
      status,
      citation: {
        fr: indicatorCitation(info, "fr"),
        nl: indicatorCitation(info, "nl"),
        en: indicatorCitation(info, "en"),
      },
    };
    const series = offeredYearsByLevel(id);
    return Object.keys(series).length ? { ...entry, series } : entry;
  });
}

export function clientLevelData(level: string): ClientLevelData {
  const list = territories(level);
  const data: ClientLevelData = {
    level,
    codes: list.map((t) => t.code),
    names: { fr: list.map((t) => t.name.fr), nl: list.map((t) => t.name.nl), en: list.map((t) => t.name.en) },
    population: list.map((t) => t.population),
    values: {},
    flags: {},
    years: {},
    parents: {},
  };
  for (const [id, cells] of levelValues(level)) {
    data.values[id] = list.map((t) => cells.get(t.code)?.value ?? null);
    data.flags[id] = list.map((t) => cells.get(t.code)?.flag ?? null);
    const years = list.map((t) => cells.get(t.code)?.year ?? null);
    if (new Set(years.filter((y) => y !== null)).size > 1) data.years[id] = years;
  }
  // Sectors have no profile page: the explorer links each to its quartier's.
  if (level === "sector") data.parents.quartier = readTable(sectors).map((row) => row.quartier_code);
  return data;
}

export function clientPaths(level: string): Record<string, string> {
  return Object.fromEntries(levelPaths(level).map((p) => [p.code, p.d]));
}

export function clientOverlays(): ClientOverlays {
  return {
    borders: { commune: levelBorders("commune"), bassin: levelBorders("bassin") },
    clss: [...new Set(readTable(clss).map((row) => row.quartier_code))],
    services: projectedServices(),
    context: mapContext(),
  };
}
