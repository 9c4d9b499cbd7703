import type { PipelineContext } from "../../lib/context.ts";
import { fragilityTable } from "../../tables/fragility.ts";
import { robustnessTable } from "../../tables/fragility_robustness.ts";
import { INDEX_IDS, componentDefinitions, indexDefinitions, themeScoreId } from "./catalogue.ts";
import { componentValues, latestYear, rebuiltComponent } from "./component-indicators.ts";
import { round } from "../../lib/round.ts";
import { fragilityIndex, rankComponents, rankRanges, robustnessVariants } from "./index-maths.ts";
import { fragilityParameterRows, loadFragilityParameters, type FragilityParameters } from "./parameters.ts";
import type { IndicatorStageOutput, IndicatorValue } from "../indicator-model.ts";
import { qualityDetail } from "../quality-detail.ts";
import { COMPONENT_SOURCES, componentOfIndicator, type ComponentId, type QuartierComponents } from "./components.ts";
import { correctionNotes } from "./export-corrections.ts";
import { aggregationParameters } from "./component-aggregation.ts";
import { checkedMonitoringExport } from "./monitoring-series.ts";
import { seriesCheckParameters } from "../series-checks/parameters.ts";
import { MONITORING_EXPORT } from "../../raw/ibsa-monitoring-export.ts";
import { PORTAL_EXPORT } from "../../raw/ibsa-monitoring-vulnerability.ts";
import { SOURCES, type TerritorialModel, type Territory } from "../../territory/territorial-model.ts";

export const FRAGILITY_INPUTS = [PORTAL_EXPORT, MONITORING_EXPORT];
type Status = "ranked" | "not_applicable" | "incomplete_data";

export interface PoolResult {
  territory: Territory;
  status: Status;
  result?: ReturnType<typeof fragilityIndex>[number];
  best?: number;
  worst?: number;
  variantRanks?: Record<string, number>;
  poolSize: number;
}

export function fragilityStage(
  context: PipelineContext,
  model: TerritorialModel,
  components: QuartierComponents,
): IndicatorStageOutput {
  const parameters = loadFragilityParameters(context.referenceDir);
  const indexComponents = parameters.componentIds;
  // What the series checks set aside (a definition break, a copied series), one note per quartier and series.
  const seriesNotes = checkedMonitoringExport(context, componentOfIndicator).notes;
  const { values, quality } = componentValues(context, model, components, seriesNotes);
  quality.push(...correctionNotes(context), ...seriesNotes);
  const year = Math.max(...indexComponents.map((id) => latestYear(components, id)));

  const pools: PoolResult[] = [];
  // Quartiers among quartiers.
  const quartierValue = (id: ComponentId, code: string) => components.get(id)!.get(code)?.value;
  pools.push(
    ...rankPool(
      model.territories.get("quartier")!,
      parameters,
      (t) => {
        if (t.type !== "residential" || t.population < parameters.min_residents) return "not_applicable";
        return indexComponents.every((id) => quartierValue(id, t.code) !== undefined) ? "ranked" : "incomplete_data";
      },
      (id, t) => quartierValue(id, t.code)!,
    ),
  );
  // Every coarser level except the region: communes among communes, bassins among bassins, on rebuilt rates.
  const coarser = model.levels
    .slice(model.levels.findIndex((l) => l.id === "quartier") + 1)
    .filter((l) => l.kind !== "region");
  for (const level of coarser) {
    const rebuilt = new Map(
      indexComponents.map((id) => [id, rebuiltComponent(context, model, components, id, level.id)]),
    );
    pools.push(
      ...rankPool(
        model.territories.get(level.id)!,
        parameters,
        (t) => (indexComponents.every((id) => rebuilt.get(id)!.get(t.code)) ? "ranked" : "incomplete_data"),
        (id, t) => rebuilt.get(id)!.get(t.code)!.value,
      ),
    );
  }

  for (const pool of pools) {
    if (pool.territory.level === "quartier" && pool.status !== "ranked" && pool.territory.type === "residential") {
      const missing = indexComponents.filter((id) => quartierValue(id, pool.territory.code) === undefined);
      quality.push({
        // The note cites what it is about: the residents count, or the export lacking a component.
        source_id: pool.status === "not_applicable" ? SOURCES.sectors : COMPONENT_SOURCES[missing[0]!].source,
        level: "quartier",
        territory_code: pool.territory.code,
        indicator_id: "fragility_index",
        issue: pool.status,
        ...qualityDetail(
          pool.status === "not_applicable"
            ? {
                fr: `${pool.territory.population} habitants, sous les ${parameters.min_residents} requis pour classer un quartier.`,
                nl: `${pool.territory.population} inwoners, onder de ${parameters.min_residents} die nodig zijn om een wijk te rangschikken.`,
                en: `${pool.territory.population} residents, under the ${parameters.min_residents} needed to rank a quartier.`,
              }
            : {
                fr: `Non classé : il manque ${missing.join(", ")}.`,
                nl: `Niet gerangschikt: ontbrekende waarden ${missing.join(", ")}.`,
                en: `Not ranked: missing ${missing.join(", ")}.`,
              },
        ),
      });
    }
  }
  return {
    definitions: [...componentDefinitions((id) => latestYear(components, id)), ...indexDefinitions(parameters, year)],
    values: [...values, ...indexValues(pools, parameters, year)],
    tables: [fragilityTable(pools, parameters), robustnessTable(pools)],
    quality,
    parameters: [...fragilityParameterRows(parameters), ...seriesCheckParameters(), ...aggregationParameters()],
  };
}

export function rankPool(
  territories: Territory[],
  parameters: FragilityParameters,
  statusOf: (t: Territory) => Status,
  valueOf: (id: ComponentId, t: Territory) => number,
): PoolResult[] {
  const ranked = territories.filter((t) => statusOf(t) === "ranked");
  const codes = ranked.map((t) => t.code);
  const position = new Map(codes.map((code, i) => [code, i]));
  const values = Object.fromEntries(parameters.componentIds.map((id) => [id, ranked.map((t) => valueOf(id, t))]));
  const componentRanks = rankComponents(values, parameters.themes);
  const results = new Map(
    fragilityIndex(codes, componentRanks, parameters.themes, parameters.worst_decile).map((r) => [r.code, r]),
  );
  const { ranks, best, worst } = rankRanges(robustnessVariants(codes, componentRanks, parameters.themes));
  return territories.map((territory) => {
    const i = position.get(territory.code);
    if (i === undefined) return { territory, status: statusOf(territory), poolSize: codes.length };
    return {
      territory,
      status: "ranked",
      poolSize: codes.length,
      result: results.get(territory.code),
      best: best[i],
      worst: worst[i],
      variantRanks: Object.fromEntries(Object.entries(ranks).map(([variant, positions]) => [variant, positions[i]!])),
    };
  });
}

export function indexValues(pools: PoolResult[], parameters: FragilityParameters, year: number): IndicatorValue[] {
  const values: IndicatorValue[] = [];
  const ids = [...INDEX_IDS, ...parameters.themes.map((t) => themeScoreId(t.id))];
  for (const pool of pools) {
    const { territory, result } = pool;
    const cell = (indicator_id: string, value: number | null): IndicatorValue => ({
      level: territory.level,
      territory_code: territory.code,
      indicator_id,
      year,
      value,
      numerator: null,
      denominator: value === null ? null : pool.poolSize,
      flag: value === null ? pool.status : null,
    });
    if (!result) {
      values.push(...ids.map((id) => cell(id, null)));
      continue;
    }
    values.push(
      cell("fragility_index", round(result.index, 4)),
      cell("fragility_rank", result.rank),
      cell("fragility_rank_best", pool.best!),
      cell("fragility_rank_worst", pool.worst!),
      cell("fragility_flag_count", result.flags.length),
      ...parameters.themes.map((t) => cell(themeScoreId(t.id), round(result.themeScores[t.id]!, 4))),
    );
  }
  return values;
}
