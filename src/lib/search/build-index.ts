/**
 * The search index from the published tables (as text rows): the region, bassins, communes and
 * quartiers with their FR/NL/EN names, the sectors with their FR/NL names and the quartier and
 * commune they belong to, and the postcodes tallied from the `postcodes` table.
 */
import type { CsvRow } from "../published.ts";
import type { SearchArea, SearchAreaLevel, SearchIndex, SearchPostcode, Tally } from "./search-index.ts";

export interface SearchTables {
  region: readonly CsvRow[];
  bassins: readonly CsvRow[];
  communes: readonly CsvRow[];
  quartiers: readonly CsvRow[];
  sectors: readonly CsvRow[];
  postcodes: readonly CsvRow[];
}

function areas(level: SearchAreaLevel, rows: readonly CsvRow[], codeColumn: string): SearchArea[] {
  return rows.map((row) => ({
    level,
    code: row[codeColumn]!,
    names: { fr: row.name_fr!, nl: row.name_nl!, en: row.name_en || row.name_fr! },
    ...(level === "quartier" ? { commune: row.commune_code! } : {}),
  }));
}

/** Most addresses first, then by code. */
function tallies(counts: Map<string, number>): Tally[] {
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

function postcodes(rows: readonly CsvRow[]): SearchPostcode[] {
  const byPostcode = new Map<string, { communes: Map<string, number>; quartiers: Map<string, number> }>();
  for (const row of rows) {
    const entry = byPostcode.get(row.postcode!) ?? { communes: new Map(), quartiers: new Map() };
    const n = Number(row.addresses);
    entry.communes.set(row.commune_code!, (entry.communes.get(row.commune_code!) ?? 0) + n);
    entry.quartiers.set(row.quartier_code!, (entry.quartiers.get(row.quartier_code!) ?? 0) + n);
    byPostcode.set(row.postcode!, entry);
  }
  return [...byPostcode]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([postcode, e]) => ({ postcode, communes: tallies(e.communes), quartiers: tallies(e.quartiers) }));
}

export function buildSearchIndex(tables: SearchTables): SearchIndex {
  return {
    areas: [
      ...areas("region", tables.region, "region_code"),
      ...areas("bassin", tables.bassins, "bassin_code"),
      ...areas("commune", tables.communes, "commune_code"),
      ...areas("quartier", tables.quartiers, "quartier_code"),
    ],
    sectors: tables.sectors.map((row) => ({
      code: row.sector_code!,
      fr: row.name_fr!,
      nl: row.name_nl!,
      quartier: row.quartier_code!,
      commune: row.commune_code!,
    })),
    postcodes: postcodes(tables.postcodes),
  };
}
