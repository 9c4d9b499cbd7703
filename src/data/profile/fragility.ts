/**
 * A territory's social fragility as the profile tells it: index, theme scores, rank and its range
 * under the weightings tested (fragility, fragility_robustness tables), the components with
 * their percentile ranks and worst-decile flags, or why the territory is not ranked.
 */
import type { RowOf } from "../../core/table-schema.ts";
import { fragility as fragilityTable } from "../../core/tables/fragility.ts";
import { fragility_robustness } from "../../core/tables/fragility_robustness.ts";
import { cached, readTable } from "../observatory-data.ts";
import type { Cell } from "../../lib/published.ts";
import type { Area } from "./territory.ts";
import { cell, methodParameter } from "../site-data.ts";

/**
 * How solid a rank is, from the spread between its best and worst positions over the weightings
 * tested, as a share of the territories ranked. The page states these thresholds.
 */
export const STABLE_MAX_SHARE = 0.1;
export const MODERATE_MAX_SHARE = 0.25;
export type Stability = "stable" | "moderate" | "sensitive";

export function stability(best: number, worst: number, pool: number): Stability {
  const share = (worst - best) / pool;
  if (share <= STABLE_MAX_SHARE) return "stable";
  if (share <= MODERATE_MAX_SHARE) return "moderate";
  return "sensitive";
}

export interface FragilityComponent {
  id: string;
  cell: Cell | undefined;
  /** Percentile rank among the ranked territories, 0 = least fragile, 1 = most fragile. */
  percentile: number | null;
  worstDecile: boolean;
}

export type UnrankedReason =
  | { kind: "not_residential"; type: string }
  | { kind: "too_few_residents"; population: number; minimum: number }
  | { kind: "incomplete_data"; missing: string[] }
  | { kind: "other"; status: string };

export interface Fragility {
  status: string;
  pool: number;
  components: FragilityComponent[];
  ranked: {
    index: number;
    socioeconomic: number;
    ageIsolation: number;
    rank: number;
    best: number;
    worst: number;
    stability: Stability;
    variants: { variant: string; rank: number }[];
  } | null;
  unranked: UnrankedReason | null;
}

const rows = () =>
  cached("fragility", () => new Map(readTable(fragilityTable).map((r) => [`${r.level}:${r.territory_code}`, r])));
const variants = () =>
  cached("robustness", () => {
    const byArea = new Map<string, { variant: string; rank: number }[]>();
    for (const r of readTable(fragility_robustness)) {
      const key = `${r.level}:${r.territory_code}`;
      (byArea.get(key) ?? byArea.set(key, []).get(key)!).push({ variant: r.variant, rank: r.rank });
    }
    return byArea;
  });

/** The index's components, in the order of the fragility table's rank_<component> columns. */
export function componentIds(): string[] {
  return cached("components", () => {
    return fragilityTable.columns
      .map((column) => column.name)
      .filter((column) => column.startsWith("rank_") && column !== "rank_best" && column !== "rank_worst")
      .map((column) => column.slice(5));
  });
}

export function minResidents(): number {
  return cached("minResidents", () => Number(methodParameter("fragility", "min_residents")));
}

/** The weightings tested, in the order of the robustness table (the first is the default). */
export function weightingIds(): string[] {
  return cached("weightings", () => [...new Set(readTable(fragility_robustness).map((r) => r.variant))]);
}

type FragilityRow = RowOf<typeof fragilityTable>;

/** A component's percentile rank, from its rank_<component> column. */
const componentRank = (row: FragilityRow, id: string) =>
  (row as unknown as Record<string, number | null | undefined>)[`rank_${id}`] ?? null;

function unrankedReason(area: Area, row: FragilityRow, components: FragilityComponent[]): UnrankedReason {
  if (row.status === "incomplete_data")
    return { kind: "incomplete_data", missing: components.filter((c) => c.cell?.value == null).map((c) => c.id) };
  if (area.type && area.type !== "residential") return { kind: "not_residential", type: area.type };
  if (area.population < minResidents())
    return { kind: "too_few_residents", population: area.population, minimum: minResidents() };
  return { kind: "other", status: row.status };
}

export function fragilityOf(area: Area): Fragility | null {
  const key = `${area.level}:${area.code}`;
  const row = rows().get(key);
  if (!row) return null;
  const flagged = new Set(row.flags ? row.flags.split(";") : []);
  const components = componentIds().map((id) => ({
    id,
    cell: cell(area.level, area.code, id),
    percentile: componentRank(row, id),
    worstDecile: flagged.has(id),
  }));
  const pool = row.pool_size;
  if (row.status !== "ranked")
    return { status: row.status, pool, components, ranked: null, unranked: unrankedReason(area, row, components) };
  // A ranked territory has every figure (fragility table: empty only where not ranked).
  const best = row.rank_best!;
  const worst = row.rank_worst!;
  return {
    status: row.status,
    pool,
    components,
    ranked: {
      index: row.fragility_index!,
      socioeconomic: row.score_socioeconomic!,
      ageIsolation: row.score_age_isolation!,
      rank: row.rank!,
      best,
      worst,
      stability: stability(best, worst, pool),
      variants: variants().get(key) ?? [],
    },
    unranked: null,
  };
}

/** Percentile rank from which a component counts as in the most fragile decile (method parameter). */
export function worstDecileThreshold(): number {
  return cached("worstDecile", () => Number(methodParameter("fragility", "worst_decile")));
}
