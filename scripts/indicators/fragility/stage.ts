import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { PipelineContext } from "../../lib/context.ts";
import { InputError } from "../../lib/errors.ts";
import type { Localized } from "../../../src/core/languages.ts";
import { fragilityTable } from "../../tables/fragility.ts";
import { robustnessTable } from "../../tables/fragility_robustness.ts";
import { componentDefinitions, componentValues, latestYear, rebuiltComponent } from "./component-indicators.ts";
import { round } from "../../lib/round.ts";
import {
  fragilityIndex,
  rankComponents,
  rankRanges,
  robustnessVariants,
  type ComponentSpec,
  type ThemeSpec,
} from "./index-maths.ts";
import type { IndicatorDefinition, IndicatorStageOutput, IndicatorValue, MethodParameter } from "../indicator-model.ts";
import {
  COMPONENT_IDS,
  COMPONENT_SOURCES,
  MONITORING_EXPORT,
  PORTAL_EXPORT,
  correctionNotes,
  type ComponentId,
  type QuartierComponents,
} from "./quartier-components.ts";
import { SOURCES, type TerritorialModel, type Territory } from "../../territory/territorial-model.ts";

export const FRAGILITY_INPUTS = [PORTAL_EXPORT, MONITORING_EXPORT];
export const PARAMETERS_FILE = "fragility-parameters.json";

interface FragilityTheme extends ThemeSpec {
  label: Localized;
  components: (ComponentSpec & { id: ComponentId })[];
}

export interface FragilityParameters {
  min_residents: number;
  worst_decile: number;
  themes: FragilityTheme[];
  /** The index's components in theme order: derived from `themes` when the file is loaded. */
  componentIds: ComponentId[];
}

export function loadFragilityParameters(referenceDir: string): FragilityParameters {
  const path = join(referenceDir, PARAMETERS_FILE);
  const parameters = JSON.parse(readFileSync(path, "utf8")) as Omit<FragilityParameters, "componentIds">;
  parameters.themes.forEach((theme, t) => {
    if (!(theme.weight > 0))
      throw new InputError(path, `theme ${theme.id}: weight must be positive`, { row: t + 1, column: "weight" });
    for (const component of theme.components) {
      if (!(COMPONENT_IDS as string[]).includes(component.id))
        throw new InputError(path, `unknown component "${component.id}" in theme ${theme.id}`, {
          row: t + 1,
          column: "components",
        });
      if (!(component.weight >= 0))
        throw new InputError(path, `component ${component.id}: weight must not be negative`, {
          row: t + 1,
          column: "weight",
        });
    }
  });
  return { ...parameters, componentIds: parameters.themes.flatMap((t) => t.components.map((c) => c.id)) };
}

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
  const { values, quality } = componentValues(model, components);
  quality.push(...correctionNotes(context));
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
    const rebuilt = new Map(indexComponents.map((id) => [id, rebuiltComponent(model, components, id, level.id)]));
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
        detail:
          pool.status === "not_applicable"
            ? `${pool.territory.population} residents, under the ${parameters.min_residents} needed to rank a quartier.`
            : `Not ranked: missing ${missing.join(", ")}.`,
      });
    }
  }
  return {
    definitions: [...componentDefinitions(components), ...indexDefinitions(parameters, year)],
    values: [...values, ...indexValues(pools, parameters, year)],
    tables: [fragilityTable(pools, parameters), robustnessTable(pools)],
    quality,
    parameters: fragilityParameterRows(parameters),
  };
}

function fragilityParameterRows(parameters: FragilityParameters): MethodParameter[] {
  const setting = (parameter: string, value: number | string, explanation: string): MethodParameter => ({
    family: "fragility",
    parameter,
    value,
    status: "setting",
    explanation,
    source_id: null,
  });
  return [
    setting(
      "min_residents",
      parameters.min_residents,
      "Residential quartiers with fewer residents are not ranked: their rates are unstable.",
    ),
    setting(
      "worst_decile",
      parameters.worst_decile,
      "A component is flagged when its percentile rank reaches this value.",
    ),
    ...parameters.themes.flatMap((theme) => [
      setting(`theme_weight_${theme.id}`, theme.weight, `Weight of the theme ${theme.label.en} in the overall index.`),
      ...theme.components.map((c) =>
        setting(
          `component_weight_${c.id}`,
          c.weight,
          `Weight of ${c.id} within ${theme.label.en} (${c.direction.replaceAll("_", " ")}).`,
        ),
      ),
    ]),
  ];
}

function rankPool(
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

const INDEX_IDS = [
  "fragility_index",
  "fragility_rank",
  "fragility_rank_best",
  "fragility_rank_worst",
  "fragility_flag_count",
] as const;

function indexDefinitions(parameters: FragilityParameters, year: number): IndicatorDefinition[] {
  const components = parameters.themes
    .map(
      (t) => `${t.label.en}: ${t.components.map((c) => `${c.id}${c.weight !== 1 ? ` ×${c.weight}` : ""}`).join(", ")}`,
    )
    .join("; ");
  const common = {
    fr: `Méthode de l'indice de vulnérabilité sociale des CDC : rang centile de chaque composante parmi les territoires comparables (quartiers résidentiels d'au moins ${parameters.min_residents} habitants entre eux, communes entre elles, bassins entre eux), somme des rangs par thème, rang centile des sommes. Les niveaux supérieurs sont recalculés à partir des taux reconstitués, jamais par moyenne de rangs.`,
    nl: `Methode van de Social Vulnerability Index van de CDC: percentielrang van elke component onder vergelijkbare gebieden (woonwijken met minstens ${parameters.min_residents} inwoners onder elkaar, gemeenten onder elkaar, zorgbassins onder elkaar), som van de rangen per thema, percentielrang van de sommen. Hogere niveaus worden herberekend uit gereconstrueerde percentages, nooit als gemiddelde van rangen.`,
    en: `Method of the CDC Social Vulnerability Index: percentile rank of each component among comparable territories (residential quartiers of at least ${parameters.min_residents} residents among themselves, communes among communes, bassins among bassins), sum of ranks per theme, percentile rank of the sums. Higher levels are recomputed from rebuilt rates, never by averaging ranks.`,
  };
  const definition = (
    id: string,
    label: Localized,
    unit: string,
    polarity: IndicatorDefinition["polarity"],
    extra: Localized,
  ): IndicatorDefinition => ({
    id,
    family: "fragility",
    label,
    unit,
    polarity,
    year,
    method: {
      fr: `${common.fr} ${extra.fr}`,
      nl: `${common.nl} ${extra.nl}`,
      en: `${common.en} ${extra.en} Components: ${components}.`,
    },
    sources: FRAGILITY_INPUTS,
    status: "published",
  });
  return [
    definition(
      "fragility_index",
      { fr: "Indice de fragilité sociale", nl: "Index van sociale kwetsbaarheid", en: "Social fragility index" },
      "rank_0_1",
      "higher_is_worse",
      {
        fr: "Indice global : rang centile de la somme pondérée des sommes de thèmes (0 = le moins fragile, 1 = le plus fragile).",
        nl: "Globale index: percentielrang van de gewogen som van de themasommen (0 = minst kwetsbaar, 1 = meest kwetsbaar).",
        en: "Overall index: percentile rank of the weighted sum of the theme sums (0 = least fragile, 1 = most fragile).",
      },
    ),
    ...parameters.themes.map((theme) =>
      definition(
        `fragility_${theme.id}`,
        {
          fr: `Fragilité : ${theme.label.fr.toLowerCase()}`,
          nl: `Kwetsbaarheid: ${theme.label.nl.toLowerCase()}`,
          en: `Fragility: ${theme.label.en.toLowerCase()}`,
        },
        "rank_0_1",
        "higher_is_worse",
        {
          fr: `Score du thème : rang centile de la somme des rangs de ses composantes.`,
          nl: `Themascore: percentielrang van de som van de rangen van zijn componenten.`,
          en: `Theme score: percentile rank of the sum of its components' ranks.`,
        },
      ),
    ),
    // Rank 1 is the most fragile: a higher rank number is better.
    definition(
      "fragility_rank",
      { fr: "Rang de fragilité", nl: "Rang van kwetsbaarheid", en: "Fragility rank" },
      "rank",
      "higher_is_better",
      {
        fr: "Position dans le classement, 1 = le plus fragile.",
        nl: "Positie in de rangschikking, 1 = meest kwetsbaar.",
        en: "Position in the ranking, 1 = most fragile.",
      },
    ),
    definition(
      "fragility_rank_best",
      {
        fr: "Meilleur rang selon les pondérations alternatives",
        nl: "Beste rang volgens alternatieve wegingen",
        en: "Best rank under alternative weightings",
      },
      "rank",
      "higher_is_better",
      {
        fr: "Position la plus fragile obtenue sous les pondérations alternatives (composantes égales, thèmes égaux, socio-économique seul, sans chacune des composantes).",
        nl: "Meest kwetsbare positie onder de alternatieve wegingen (gelijke componenten, gelijke thema's, enkel sociaaleconomisch, zonder elk van de componenten).",
        en: "Most fragile position under the alternative weightings (equal components, equal themes, socio-economic only, leaving out each component).",
      },
    ),
    definition(
      "fragility_rank_worst",
      {
        fr: "Rang le moins fragile selon les pondérations alternatives",
        nl: "Minst kwetsbare rang volgens alternatieve wegingen",
        en: "Least fragile rank under alternative weightings",
      },
      "rank",
      "higher_is_better",
      {
        fr: "Position la moins fragile obtenue sous les mêmes pondérations alternatives : l'écart avec le meilleur rang mesure la solidité du classement.",
        nl: "Minst kwetsbare positie onder dezelfde alternatieve wegingen: het verschil met de beste rang meet hoe robuust de rangschikking is.",
        en: "Least fragile position under the same alternative weightings: the gap with the best rank measures how solid the position is.",
      },
    ),
    definition(
      "fragility_flag_count",
      {
        fr: "Composantes dans le décile le plus fragile",
        nl: "Componenten in het meest kwetsbare deciel",
        en: "Components in the most fragile decile",
      },
      "count",
      "higher_is_worse",
      {
        fr: `Nombre de composantes dont le rang centile atteint ${parameters.worst_decile}.`,
        nl: `Aantal componenten met een percentielrang van minstens ${parameters.worst_decile}.`,
        en: `Number of components whose percentile rank is at least ${parameters.worst_decile}.`,
      },
    ),
  ];
}

function indexValues(pools: PoolResult[], parameters: FragilityParameters, year: number): IndicatorValue[] {
  const values: IndicatorValue[] = [];
  const ids = [...INDEX_IDS, ...parameters.themes.map((t) => `fragility_${t.id}`)];
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
      ...parameters.themes.map((t) => cell(`fragility_${t.id}`, round(result.themeScores[t.id]!, 4))),
    );
  }
  return values;
}
