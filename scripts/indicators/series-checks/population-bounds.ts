import type { PopulationExcess, SeriesCell } from "./series.ts";

/**
 * Indicators that count or share out the same residents, so that together they cannot exceed
 * the area's population: groups of disjoint person counts (compared with the population count of
 * the same area and year) and groups of disjoint shares of the population (at most 100 %).
 */
export interface PopulationParts {
  /** The indicator giving the area's total population, the bound of the counts. */
  population: string;
  counts: { name: string; indicators: string[] }[];
  shares: { name: string; indicators: string[] }[];
  /** Rounding allowed on a sum of shares, in percentage points. */
  shareTolerance: number;
}

/**
 * Values outside what the area's own population allows: a count of residents above the area's
 * population in the same year, or disjoint shares of its residents adding up to more than 100 %.
 */
export function detectPopulationExcess(cells: readonly SeriesCell[], parts: PopulationParts): PopulationExcess[] {
  const byAreaYear = new Map<string, Map<string, SeriesCell>>();
  for (const cell of cells) {
    const key = `${cell.area}\u0000${cell.year}`;
    let values = byAreaYear.get(key);
    if (!values) byAreaYear.set(key, (values = new Map()));
    values.set(cell.indicator, cell);
  }
  const findings: PopulationExcess[] = [];
  for (const values of byAreaYear.values()) {
    const { area, year } = values.values().next().value!;
    const check = (name: string, indicators: string[], limit: number, rule: string) => {
      const present = indicators.filter((id) => values.has(id));
      if (!present.length) return;
      const total = present.reduce((sum, id) => sum + values.get(id)!.value, 0);
      if (total > limit)
        findings.push({
          kind: "exceeds_population",
          indicators: present,
          area,
          year,
          row: values.get(present[0]!)!.row,
          total,
          limit,
          rule: `${name}: ${rule}`,
        });
    };
    const population = values.get(parts.population)?.value;
    if (population !== undefined)
      for (const group of parts.counts)
        check(
          group.name,
          group.indicators,
          population,
          `a count of residents above the population (${parts.population})`,
        );
    for (const group of parts.shares)
      check(
        group.name,
        group.indicators,
        100 + parts.shareTolerance,
        "shares of the residents adding up to more than 100 %",
      );
  }
  return findings;
}
