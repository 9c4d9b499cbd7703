import { lowerCounts, percentileRanks, rankPositions } from "../../../src/core/percentile-rank.ts";

export interface ComponentSpec {
  id: string;
  weight: number;
  direction: "higher_is_worse" | "higher_is_better";
}

export interface ThemeSpec {
  id: string;
  weight: number;
  components: ComponentSpec[];
}

export interface FragilityResult {
  code: string;
  /** Percentile rank of each component (1 = most fragile side), by component id. */
  componentRanks: Record<string, number>;
  /** Percentile rank of each theme's weighted sum of component ranks. */
  themeScores: Record<string, number>;
  index: number;
  /** Position in the ranking, 1 = most fragile. */
  rank: number;
  /** Components in the worst decile. */
  flags: string[];
}

export interface Variant {
  id: string;
  /** Overall score of each territory under this weighting (higher = more fragile). */
  scores: number[];
}

/**
 * Each component's rank among the pool, by component id: `counts[i]` is how many territories are
 * strictly less fragile than territory i. Kept as integer counts (numerators over n − 1) while
 * summing, so that territories with equal sums tie exactly; they are divided only when published.
 */
export type ComponentRanks = Record<string, number[]>;

/**
 * Ranks every component of the themes on one pool of comparable territories (quartiers among
 * quartiers, communes among communes). `values[c][i]` is component c of territory i. Computed
 * once per pool, for both fragilityIndex and robustnessVariants.
 */
export function rankComponents(values: Record<string, number[]>, themes: ThemeSpec[]): ComponentRanks {
  const ranks: ComponentRanks = {};
  for (const component of themes.flatMap((theme) => theme.components)) {
    const column = values[component.id];
    if (!column) throw new Error(`no values for component ${component.id}`);
    // Ranking the negated value makes "higher is better" components rank 1 at their lowest value.
    ranks[component.id] = lowerCounts(component.direction === "higher_is_better" ? column.map((v) => -v) : column);
  }
  return ranks;
}

/**
 * The index on one pool, from its component ranks: sum ranks within themes, rank the theme sums,
 * and rank the weighted sum of theme sums for the overall index.
 */
export function fragilityIndex(
  codes: string[],
  componentRanks: ComponentRanks,
  themes: ThemeSpec[],
  worstDecile: number,
): FragilityResult[] {
  const scale = Math.max(codes.length - 1, 1);
  const themeSums = Object.fromEntries(
    themes.map((theme) => [theme.id, themeSum(theme, componentRanks, codes.length)]),
  );
  const themeScores = Object.fromEntries(themes.map((theme) => [theme.id, percentileRanks(themeSums[theme.id]!)]));
  const overall = codes.map((_, i) => themes.reduce((sum, theme) => sum + theme.weight * themeSums[theme.id]![i]!, 0));
  const index = percentileRanks(overall);
  const ranks = rankPositions(overall);
  return codes.map((code, i) => ({
    code,
    componentRanks: Object.fromEntries(Object.entries(componentRanks).map(([id, counts]) => [id, counts[i]! / scale])),
    themeScores: Object.fromEntries(themes.map((theme) => [theme.id, themeScores[theme.id]![i]!])),
    index: index[i]!,
    rank: ranks[i]!,
    flags: Object.entries(componentRanks)
      .filter(([, counts]) => counts[i]! / scale >= worstDecile)
      .map(([id]) => id),
  }));
}

function themeSum(theme: ThemeSpec, componentRanks: ComponentRanks, n: number): number[] {
  return Array.from({ length: n }, (_, i) =>
    theme.components.reduce((sum, c) => sum + c.weight * componentRanks[c.id]![i]!, 0),
  );
}

/**
 * Reasonable alternative weightings, to show how solid each position is: equal components,
 * equal themes, socio-economic only (the first theme), and leaving out each component in turn.
 */
export function robustnessVariants(codes: string[], componentRanks: ComponentRanks, themes: ThemeSpec[]): Variant[] {
  const n = codes.length;
  const components = themes.flatMap((theme) => theme.components);
  const scoreOf = (specs: ThemeSpec[]) => {
    const sums = specs.map((theme) => themeSum(theme, componentRanks, n));
    return Array.from({ length: n }, (_, i) => specs.reduce((sum, theme, t) => sum + theme.weight * sums[t]![i]!, 0));
  };
  const variants: Variant[] = [
    { id: "default", scores: scoreOf(themes) },
    {
      id: "equal_components",
      scores: scoreOf(
        themes.map((t) => ({ ...t, weight: 1, components: t.components.map((c) => ({ ...c, weight: 1 })) })),
      ),
    },
    {
      id: "equal_themes",
      scores: (() => {
        const themeRanks = themes.map((theme) => lowerCounts(themeSum(theme, componentRanks, n)));
        return Array.from({ length: n }, (_, i) => themeRanks.reduce((sum, ranks) => sum + ranks[i]!, 0));
      })(),
    },
    { id: `${themes[0]!.id}_only`, scores: scoreOf([themes[0]!]) },
  ];
  for (const left of components) {
    variants.push({
      id: `without_${left.id}`,
      scores: scoreOf(
        themes
          .map((t) => ({ ...t, components: t.components.filter((c) => c.id !== left.id) }))
          .filter((t) => t.components.length > 0),
      ),
    });
  }
  return variants;
}

/** For each territory, its rank under every variant and the range (best and worst position). */
export function rankRanges(variants: Variant[]): { ranks: Record<string, number[]>; best: number[]; worst: number[] } {
  const ranks = Object.fromEntries(variants.map((variant) => [variant.id, rankPositions(variant.scores)]));
  const n = variants[0]!.scores.length;
  const all = Object.values(ranks);
  return {
    ranks,
    best: Array.from({ length: n }, (_, i) => Math.min(...all.map((r) => r[i]!))),
    worst: Array.from({ length: n }, (_, i) => Math.max(...all.map((r) => r[i]!))),
  };
}
