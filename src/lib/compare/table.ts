/**
 * The comparison table as data (browser-safe, pure): one group per indicator family, one row per
 * indicator published for at least one of the areas, one cell per area with its value, interval,
 * rank and verdict against the reference. The page draws it, the CSV writes it: they cannot differ.
 */
import { FAMILIES, rankIn } from "../../core/polarity.ts";
import type { ClientCatalogEntry } from "../client-data.ts";
import type { CompareCell, CompareLevelData } from "./data.ts";
import { areaKey, type CompareArea, type CompareReference } from "./selection.ts";
import { compareValues, type CompareValue, type VerdictResult } from "./verdict.ts";

/** An area of the comparison found in its level's data. */
export interface ResolvedArea {
  area: CompareArea;
  code: string;
  data: CompareLevelData;
  index: number;
}

export interface TableCell {
  key: string;
  cell: CompareCell | null;
  rank: { rank: number; pool: number } | null;
  /** "reference" for the reference area's own cell. */
  verdict: VerdictResult | "reference";
}

export interface TableRow {
  indicator: ClientCatalogEntry;
  cells: TableCell[];
}

export interface TableGroup {
  family: string;
  rows: TableRow[];
}

export interface ComparisonTable {
  /** The areas in the order shown, the region last when it is the reference and not one of them. */
  columns: ResolvedArea[];
  /** The key of the reference column. */
  referenceKey: string;
  groups: TableGroup[];
}

/** Finds an area in its level's data; null when the code is not published at that level. */
export function resolveArea(area: CompareArea, data: CompareLevelData): ResolvedArea | null {
  const index = area.code === null ? 0 : data.codes.indexOf(area.code);
  if (index < 0 || index >= data.codes.length) return null;
  return { area, code: data.codes[index]!, data, index };
}

export function cellOf(area: ResolvedArea, indicatorId: string): CompareCell | null {
  return area.data.cells[indicatorId]?.[area.index] ?? null;
}

function sideOf(area: ResolvedArea, indicatorId: string): CompareValue {
  const cell = cellOf(area, indicatorId);
  return {
    level: area.data.level,
    value: cell?.v ?? null,
    flag: cell?.f ?? null,
    low: cell?.lo ?? null,
    high: cell?.hi ?? null,
    regionComparison: cell?.rc ?? null,
  };
}

/** The rank the profile shows next to the fragility index ("2nd of 116"). */
function rankOf(area: ResolvedArea, indicatorId: string): TableCell["rank"] {
  const ranking = area.data.fragilityRank;
  if (indicatorId !== "fragility_index" || !ranking) return null;
  const rank = ranking.ranks[area.index] ?? null;
  return rank === null ? null : { rank, pool: ranking.pool };
}

/**
 * The table for the areas in the order given, against the region or the first area. `region` is
 * the region resolved in its data: against the region, its column is added last when it is not
 * one of the areas, so that the reader sees the values every verdict is measured against.
 */
export function comparisonTable(
  chosen: readonly ResolvedArea[],
  region: ResolvedArea,
  catalog: readonly ClientCatalogEntry[],
  reference: CompareReference,
): ComparisonTable {
  const referenceArea = reference === "first" && chosen.length > 0 ? chosen[0]! : region;
  const referenceKey = areaKey(referenceArea.area);
  const areas = chosen.some((area) => areaKey(area.area) === referenceKey) ? [...chosen] : [...chosen, region];
  const byId = new Map(catalog.map((entry) => [entry.id, entry]));
  const order = region.data.order;
  const rows: TableRow[] = [];
  for (const id of order) {
    const indicator = byId.get(id);
    if (!indicator || indicator.status !== "published") continue;
    if (!areas.some((area) => cellOf(area, id) !== null)) continue;
    const hasRegionValue = (cellOf(region, id)?.v ?? null) !== null;
    const target = { polarity: indicator.polarity, unit: indicator.unit, hasRegionValue };
    const referenceSide = sideOf(referenceArea, id);
    rows.push({
      indicator,
      cells: areas.map((area) => {
        const key = areaKey(area.area);
        return {
          key,
          cell: cellOf(area, id),
          rank: rankOf(area, id),
          verdict:
            key === referenceKey
              ? "reference"
              : compareValues(sideOf(area, id), referenceSide, target, reference === "region"),
        };
      }),
    });
  }
  const families = [...new Set(rows.map((row) => row.indicator.family))].sort(
    (a, b) => rankIn(FAMILIES, a) - rankIn(FAMILIES, b),
  );
  return {
    columns: areas,
    referenceKey,
    groups: families.map((family) => ({ family, rows: rows.filter((row) => row.indicator.family === family) })),
  };
}
