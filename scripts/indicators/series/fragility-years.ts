import type { PipelineContext } from "../../lib/context.ts";
import type { ComponentId } from "../fragility/components.ts";
import { loadFragilityParameters } from "../fragility/parameters.ts";
import { indexValues, rankPool } from "../fragility/stage.ts";
import type { IndicatorValue } from "../indicator-model.ts";
import type { TerritorialModel } from "../../territory/territorial-model.ts";
import type { SeriesId, YearlyValues } from "./export-series.ts";

export interface FragilityYears {
  values: IndicatorValue[];
  /** The years computed, ascending: those where every component of the index has values. */
  years: number[];
  /** Ranked quartiers per year. */
  poolSizes: Map<number, number>;
}

/**
 * The fragility index of every year where the export gives all of its components, for quartiers,
 * with the headline index's maths (index-maths.ts, rankPool) and eligibility: a residential
 * quartier with at least min_residents residents that year (the export's population of that year)
 * and every component of that year. Only quartiers: the export fills the earlier years for 57
 * quartiers, too few of most communes and bassins to rebuild theirs (component-aggregation.ts).
 * Ranks are relative to that year's pool; rows are published for ranked quartiers only.
 */
export function fragilityYearValues(
  context: PipelineContext,
  model: TerritorialModel,
  series: ReadonlyMap<SeriesId, YearlyValues>,
): FragilityYears {
  const parameters = loadFragilityParameters(context.referenceDir);
  const ids = parameters.componentIds;
  const yearSets = ids.map((id) => new Set(series.get(id)!.keys()));
  const years = [...yearSets[0]!].filter((y) => yearSets.every((set) => set.has(y))).sort((a, b) => a - b);
  const values: IndicatorValue[] = [];
  const poolSizes = new Map<number, number>();
  const quartiers = model.territories.get("quartier")!;
  for (const year of years) {
    const valueOf = (id: ComponentId, code: string) => series.get(id)!.get(year)!.get(code);
    const residents = series.get("population")!.get(year);
    const pools = rankPool(
      quartiers,
      parameters,
      (t) => {
        const population = residents?.get(t.code) ?? t.population;
        if (t.type !== "residential" || population < parameters.min_residents) return "not_applicable";
        return ids.every((id) => valueOf(id, t.code) !== undefined) ? "ranked" : "incomplete_data";
      },
      (id, t) => valueOf(id, t.code)!,
    );
    const ranked = pools.filter((p) => p.status === "ranked");
    poolSizes.set(year, ranked.length);
    values.push(...indexValues(ranked, parameters, year));
  }
  return { values, years, poolSizes };
}
