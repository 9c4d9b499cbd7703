/**
 * The rows of a profile: every published indicator of the area's level with the area's value,
 * the benchmarks (region, bassin) and the verdicts of the comparison rule. The spine chart, its
 * table, its CSV and the key figures all read these rows, so they can never disagree.
 */
import {
  BASE_OFFER_ID,
  COVERAGE_RADII_M,
  meanDistanceId,
  servicesPerId,
  shareWithinId,
} from "../../core/indicator-ids.ts";
import { FAMILIES, rankIn } from "../../core/polarity.ts";
import { isRankable } from "../../core/reliability.ts";
import { compare, compareWithRegion } from "../../lib/profile/compare.ts";
import type { ProfileRow } from "../../lib/profile/row.ts";
import { spinePositions, spineStats, type SpineStats } from "../../lib/profile/spine.ts";
import { comparisonBassin, findArea, regionCode } from "./territory.ts";
import { cell, indicatorsAt, levelValues } from "../site-data.ts";
import type { Indicator } from "../../lib/published.ts";

/** Reading order inside a family; indicators not listed follow in catalogue order. */
const ROW_ORDER = [
  "fragility_index",
  "fragility_socioeconomic",
  "fragility_age_isolation",
  "fragility_flag_count",
  "bim_share",
  "cpas_share",
  "unemployment_rate",
  "median_income",
  "share_80_plus",
  "share_65_alone",
  "share_65_79",
  "gp_need_index",
  "gp_need_population",
  ...["pharmacy", "maison_medicale", "dentist", "hospital_emergency"].flatMap((type) => [
    ...COVERAGE_RADII_M.map((radius) => shareWithinId(radius, type)),
    meanDistanceId(type),
    servicesPerId(type),
  ]),
  BASE_OFFER_ID,
  "population",
  "population_official",
  "population_not_in_sector",
];

/** The headline indicators of a profile, in reading order. */
export const KEY_INDICATORS = [
  "fragility_index",
  "bim_share",
  "median_income",
  "unemployment_rate",
  "gp_need_index",
  shareWithinId(500, "pharmacy"),
];

/** The indicators of the neighbour comparison table. */
export const NEIGHBOUR_INDICATORS = [
  "fragility_index",
  "bim_share",
  "median_income",
  "gp_need_index",
  shareWithinId(500, "pharmacy"),
];

/** Ranks are read in the fragility section (with their range); as chart rows they would repeat the index. */
const NOT_CHARTED = new Set(["fragility_rank", "fragility_rank_best", "fragility_rank_worst"]);

/** Totals (residents) have no benchmark: a quartier's population is not "lower than the region's". */
const TOTAL_UNITS = new Set(["persons"]);

export function chartIndicators(level: string): Indicator[] {
  return inReadingOrder(indicatorsAt(level).filter((i) => i.status === "published" && !NOT_CHARTED.has(i.id)));
}

/** Indicators by family, then in ROW_ORDER, then in catalogue order: the order profiles and comparisons read. */
export function inReadingOrder(list: readonly Indicator[]): Indicator[] {
  return list
    .map((indicator, catalogIndex) => ({ indicator, catalogIndex }))
    .sort(
      (a, b) =>
        rankIn(FAMILIES, a.indicator.family) - rankIn(FAMILIES, b.indicator.family) ||
        rankIn(ROW_ORDER, a.indicator.id) - rankIn(ROW_ORDER, b.indicator.id) ||
        a.catalogIndex - b.catalogIndex,
    )
    .map(({ indicator }) => indicator);
}

/** Spread of the indicator over the level, computed once per level and indicator. */
const statsMemo = new Map<string, SpineStats | null>();
export function levelStats(level: string, indicatorId: string): SpineStats | null {
  const key = `${level}:${indicatorId}`;
  if (!statsMemo.has(key)) {
    // The spread of the ranked values: a park or a quartier of a few residents must not set the ends.
    const values = [...(levelValues(level).get(indicatorId)?.values() ?? [])]
      .filter((c) => isRankable(c.flag))
      .map((c) => c.value)
      .filter((v): v is number => v !== null);
    statsMemo.set(key, spineStats(values));
  }
  return statsMemo.get(key)!;
}

export function benchmarkFor(indicator: Indicator, level: string): ProfileRow["benchmark"] {
  if (TOTAL_UNITS.has(indicator.unit)) return { kind: "none", value: null };
  const region = cell("region", regionCode(), indicator.id)?.value ?? null;
  if (region !== null) return { kind: "region", value: region };
  const median = levelStats(level, indicator.id)?.median ?? null;
  return median === null ? { kind: "none", value: null } : { kind: "median", value: median };
}

const rowsMemo = new Map<string, ProfileRow[]>();

export function profileRows(level: string, code: string): ProfileRow[] {
  const key = `${level}:${code}`;
  const memoised = rowsMemo.get(key);
  if (memoised) return memoised;
  const bassinCode = comparisonBassin(findArea(level, code));
  const rows = chartIndicators(level).map((indicator): ProfileRow => {
    const own = cell(level, code, indicator.id);
    const value = own?.value ?? null;
    const region = cell("region", regionCode(), indicator.id)?.value ?? null;
    const benchmark = benchmarkFor(indicator, level);
    const bassin =
      bassinCode && benchmark.kind === "region" ? (cell("bassin", bassinCode, indicator.id)?.value ?? null) : null;
    const stats = levelStats(level, indicator.id);
    return {
      indicator,
      cell: own,
      value,
      year: own?.year ?? indicator.year,
      region,
      bassin,
      benchmark,
      comparison:
        benchmark.kind === "region"
          ? compareWithRegion(value, benchmark.value, indicator.polarity, indicator.unit, own?.region_comparison)
          : compare(value, benchmark.value, indicator.polarity, indicator.unit),
      bassinComparison: compare(value, bassin, indicator.polarity, indicator.unit),
      stats,
      positions: stats
        ? spinePositions(stats, value, benchmark.kind === "none" ? null : benchmark.value, indicator.polarity)
        : null,
    };
  });
  rowsMemo.set(key, rows);
  return rows;
}

/** One row by indicator id (key figures, neighbour table), or undefined when not charted at this level. */
export function profileRow(level: string, code: string, indicatorId: string): ProfileRow | undefined {
  return profileRows(level, code).find((row) => row.indicator.id === indicatorId);
}
