import { InputError, InvariantError } from "../../lib/errors.ts";
import { sourcePath, type PipelineContext } from "../../lib/context.ts";
import { round } from "../../lib/round.ts";
import { column } from "../../../src/core/table-schema.ts";
import { AGE_SOURCE, communeAgeStructure } from "../../raw/statbel-population-age-sex-commune.ts";
import { aggregateCommuneCounts, aggregateQuartierValues } from "../../territory/aggregate.ts";
import {
  COMPONENT_AGGREGATION,
  ESTIMATED_PART_FLAG,
  INSUFFICIENT_COVERAGE_FLAG,
  MIN_COVERED_SHARE,
  coarserIndicatorId,
} from "./component-aggregation.ts";
import type { DataQualityNote, IndicatorValue } from "../indicator-model.ts";
import { qualityDetail } from "../quality-detail.ts";
import type { Localized } from "../../../src/core/languages.ts";
import { COMPONENT_IDS, COMPONENT_SOURCES, type ComponentId, type QuartierComponents } from "./components.ts";
import { COMPONENT_TEXT } from "./catalogue.ts";
import type { TerritorialModel } from "../../territory/territorial-model.ts";

export function latestYear(components: QuartierComponents, id: ComponentId): number {
  return Math.max(...[...components.get(id)!.values()].map((v) => v.year));
}

/**
 * Component values for quartiers as published, and rebuilt for every coarser level. A missing
 * value gets a note unless `explained` (the series checks' notes) already says why.
 */
export function componentValues(
  context: PipelineContext,
  model: TerritorialModel,
  components: QuartierComponents,
  explained: readonly DataQualityNote[] = [],
): { values: IndicatorValue[]; quality: DataQualityNote[] } {
  const explainedKeys = new Set(explained.map((n) => `${n.territory_code}/${n.indicator_id}`));
  const values: IndicatorValue[] = [];
  const quality: DataQualityNote[] = [];
  const quartiers = model.territories.get("quartier")!;
  const rebuilt = rebuiltComponents(context, model, components);
  for (const id of COMPONENT_IDS) {
    const byQuartier = components.get(id)!;
    const year = latestYear(components, id);
    for (const quartier of quartiers) {
      const entry = byQuartier.get(quartier.code);
      if (!entry) {
        if (quartier.type === "residential" && !explainedKeys.has(`${quartier.code}/${id}`)) {
          quality.push({
            source_id: COMPONENT_SOURCES[id].source,
            level: "quartier",
            territory_code: quartier.code,
            indicator_id: id,
            issue: "missing_in_source",
            ...qualityDetail({
              fr: `Pas de valeur ${id} pour le quartier ${quartier.code} dans la source.`,
              nl: `Geen waarde ${id} voor wijk ${quartier.code} in de bron.`,
              en: `No ${id} value for quartier ${quartier.code} in the source.`,
            }),
          });
        }
        values.push({
          level: "quartier",
          territory_code: quartier.code,
          indicator_id: id,
          year,
          value: null,
          numerator: null,
          denominator: null,
          flag: quartier.type === "residential" ? "missing" : "not_applicable",
        });
        continue;
      }
      values.push({
        level: "quartier",
        territory_code: quartier.code,
        indicator_id: id,
        year: entry.year,
        value: entry.value,
        numerator: null,
        denominator: null,
        flag: entry.year < year ? "latest_available_year" : null,
      });
    }
    for (const [level, aggregates] of rebuilt.get(id)!) {
      for (const [code, aggregate] of aggregates) {
        values.push({
          level,
          territory_code: code,
          indicator_id: coarserIndicatorId(id),
          year,
          value: aggregate ? round(aggregate.value, id === "median_income" ? 0 : 2) : null,
          // Counts shared among a split commune's parts are estimates: whole persons are enough.
          numerator: aggregate?.numerator == null ? null : round(aggregate.numerator, 0),
          denominator: aggregate?.denominator == null ? null : round(aggregate.denominator, 0),
          flag: aggregate ? aggregate.flag : withheld(model, level, code, byQuartier).flag,
        });
        quality.push(...aggregateNotes(model, id, level, code, aggregate, byQuartier));
      }
    }
  }
  return { values, quality };
}

/** A component's value for a coarser territory, with what it is computed from (component-aggregation.ts). */
export interface RebuiltValue {
  value: number;
  /** The count, where known or shared from known counts; null for means of quartier values. */
  numerator: number | null;
  /** The rate's own denominator, where known; null where the weights only approximate it. */
  denominator: number | null;
  /** partial_coverage, estimated_part, or null. */
  flag: string | null;
  /** Communes held in part, whose share of the counts is estimated (count-based values only). */
  partOf?: string[];
}

/** Each component's values rebuilt for every level coarser than the quartier, in level order, by territory code. */
type RebuiltComponents = Map<ComponentId, Map<string, Map<string, RebuiltValue | null>>>;

type Cache<K extends object, V> = WeakMap<K, V>;
const rebuiltCache: Cache<
  PipelineContext,
  Cache<TerritorialModel, Cache<QuartierComponents, RebuiltComponents>>
> = new WeakMap();

/**
 * Every component rebuilt (component-aggregation.ts) for every coarser level. The published
 * values, the fragility pools and GP need all read these, so they are computed once per context
 * (the Statbel counts come from its raw files), model and components (which the stages never
 * modify) instead of once per stage.
 */
function rebuiltComponents(
  context: PipelineContext,
  model: TerritorialModel,
  components: QuartierComponents,
): RebuiltComponents {
  let byModel = rebuiltCache.get(context);
  if (!byModel) rebuiltCache.set(context, (byModel = new WeakMap()));
  let byComponents = byModel.get(model);
  if (!byComponents) byModel.set(model, (byComponents = new WeakMap()));
  let rebuilt = byComponents.get(components);
  if (!rebuilt) byComponents.set(components, (rebuilt = rebuild(context, model, components)));
  return rebuilt;
}

/** One component at one coarser level: rebuiltComponents(context, model, components).get(id).get(level). */
export function rebuiltComponent(
  context: PipelineContext,
  model: TerritorialModel,
  components: QuartierComponents,
  id: ComponentId,
  level: string,
): Map<string, RebuiltValue | null> {
  const byTerritory = rebuiltComponents(context, model, components).get(id)!.get(level);
  if (!byTerritory)
    throw new InvariantError(`no rebuilt ${id} at level ${level}: not a level coarser than the quartier`);
  return byTerritory;
}

function rebuild(context: PipelineContext, model: TerritorialModel, components: QuartierComponents): RebuiltComponents {
  const coarser = model.levels.slice(model.levels.findIndex((l) => l.id === "quartier") + 1);
  return new Map(
    COMPONENT_IDS.map((id) => [
      id,
      new Map(coarser.map((level) => [level.id, rebuildLevel(context, model, components, id, level.id)])),
    ]),
  );
}

/** One component at one coarser level, by the method component-aggregation.ts gives it. */
function rebuildLevel(
  context: PipelineContext,
  model: TerritorialModel,
  components: QuartierComponents,
  id: ComponentId,
  level: string,
): Map<string, RebuiltValue | null> {
  const quartierValues = new Map([...components.get(id)!].map(([code, v]) => [code, v.value]));
  return rebuildLevelOfYear(context, model, id, level, quartierValues, latestYear(components, id));
}

/**
 * One component at one coarser level from the quartier values of one year (the per-year series
 * use it for every year the export gives): the same method as the headline year's.
 */
export function rebuildLevelOfYear(
  context: PipelineContext,
  model: TerritorialModel,
  id: ComponentId,
  level: string,
  quartierValues: ReadonlyMap<string, number>,
  year: number,
): Map<string, RebuiltValue | null> {
  const method = COMPONENT_AGGREGATION[id];
  const result = new Map<string, RebuiltValue | null>();
  if (method.kind === "statbel_age_counts") {
    const counts = statbelAgeCounts(context, model, id, year, method.band);
    for (const [code, a] of aggregateCommuneCounts(model, level, counts, quartierValues))
      result.set(code, {
        value: a.value,
        numerator: a.numerator,
        denominator: a.denominator,
        flag: a.exact ? null : ESTIMATED_PART_FLAG,
        partOf: a.partOf,
      });
    return result;
  }
  for (const [code, a] of aggregateQuartierValues(model, level, quartierValues)) {
    if (!a || a.covered < MIN_COVERED_SHARE * a.population) {
      result.set(code, null);
      continue;
    }
    result.set(code, {
      value: a.value,
      numerator: null,
      denominator: method.denominator === "residents" ? a.covered : null,
      flag: a.covered < a.population * 0.99 ? "partial_coverage" : null,
    });
  }
  return result;
}

/** Why a coarser territory has no value: none of its quartiers has one, or too few (component-aggregation.ts). */
export function withheld(
  model: TerritorialModel,
  level: string,
  code: string,
  byQuartier: ReadonlyMap<string, unknown>,
): { flag: string; coveredShare: number } {
  const territory = model.territories.get(level)!.find((t) => t.code === code)!;
  const covered = territory.sectors
    .filter((s) => byQuartier.has(s.codes.quartier!))
    .reduce((sum, s) => sum + s.population, 0);
  return {
    flag: covered > 0 ? INSUFFICIENT_COVERAGE_FLAG : "missing",
    coveredShare: territory.population > 0 ? covered / territory.population : 0,
  };
}

/** The data_quality notes of a coarser value: a split commune's estimated share, or a value withheld. */
function aggregateNotes(
  model: TerritorialModel,
  id: ComponentId,
  level: string,
  code: string,
  aggregate: RebuiltValue | null,
  byQuartier: ReadonlyMap<string, unknown>,
): DataQualityNote[] {
  const note = (source_id: string, issue: string, detail: Localized): DataQualityNote => ({
    source_id,
    level,
    territory_code: code,
    indicator_id: coarserIndicatorId(id),
    issue,
    ...qualityDetail(detail),
  });
  if (aggregate?.partOf?.length)
    return [
      note(AGE_SOURCE, "estimated", {
        fr: `Contient une partie de la ou des commune(s) ${aggregate.partOf.join(", ")} : les comptages Statbel de chacune sont répartis entre les territoires qui en contiennent une partie, les habitants selon les habitants des secteurs, le comptage selon les habitants multipliés par le taux du quartier, pour que les parties fassent le total de la commune.`,
        nl: `Bevat een deel van gemeente(n) ${aggregate.partOf.join(", ")}: de Statbel-tellingen van elke gemeente worden verdeeld over de gebieden die er een deel van bevatten, de inwoners volgens de inwoners van de sectoren, de telling volgens de inwoners maal het wijkcijfer, zodat de delen optellen tot de gemeente.`,
        en: `Holds part of commune(s) ${aggregate.partOf.join(", ")}: each one's Statbel counts are shared among the territories holding its parts, residents by the sectors' residents, the count by residents times the quartier rate, so that the parts add up to the commune.`,
      }),
    ];
  if (aggregate) return [];
  const { flag, coveredShare } = withheld(model, level, code, byQuartier);
  if (flag !== INSUFFICIENT_COVERAGE_FLAG) return [];
  const [covered, needed] = [round(100 * coveredShare, 1).toFixed(1), 100 * MIN_COVERED_SHARE];
  return [
    note(COMPONENT_SOURCES[id].source, "withheld", {
      fr: `Non publié : les quartiers qui ont une valeur ${id} regroupent ${covered} % des habitants, sous les ${needed} % requis (method_parameters : fragility, min_covered_share_for_aggregates).`,
      nl: `Niet gepubliceerd: de wijken met een waarde ${id} tellen ${covered} % van de inwoners, onder de vereiste ${needed} % (method_parameters: fragility, min_covered_share_for_aggregates).`,
      en: `Not published: the quartiers with a ${id} value hold ${covered} % of the residents, under the ${needed} % needed (method_parameters: fragility, min_covered_share_for_aggregates).`,
    }),
  ];
}

/** Statbel's residents of the age band and in all, per commune, in the year of the quartier shares. */
function statbelAgeCounts(
  context: PipelineContext,
  model: TerritorialModel,
  id: ComponentId,
  year: number,
  band: "aged65to79" | "aged80plus",
): Map<string, { numerator: number; denominator: number }> {
  const ages = agesOfYear(context, year);
  const communeLevel = model.levels.find((l) => l.kind === "commune")!.id;
  const counts = new Map<string, { numerator: number; denominator: number }>();
  for (const commune of model.territories.get(communeLevel)!) {
    const entry = ages.get(commune.code);
    if (!entry || entry.total === 0)
      throw new InputError(
        sourcePath(context, AGE_SOURCE),
        `no ${year} residents for commune ${commune.code}: ${id} is rebuilt above the quartier from Statbel's counts of the year of the quartier shares (${year}, the Monitoring export's latest)`,
        { column: "year" },
      );
    counts.set(commune.code, { numerator: entry[band], denominator: entry.total });
  }
  return counts;
}

const agesCache = new WeakMap<PipelineContext, Map<number, ReturnType<typeof communeAgeStructure>>>();

/** Statbel's age structure of one year, read once per context and year (the series read many years). */
export function agesOfYear(context: PipelineContext, year: number): ReturnType<typeof communeAgeStructure> {
  let byYear = agesCache.get(context);
  if (!byYear) agesCache.set(context, (byYear = new Map()));
  let ages = byYear.get(year);
  if (!ages) byYear.set(year, (ages = communeAgeStructure(context, year)));
  return ages;
}

/** Column for the wide fragility table. */
export function componentRankColumn(id: ComponentId) {
  const label = COMPONENT_TEXT[id].label;
  return column(`rank_${id}`, "DOUBLE", {
    fr: `Rang centile de la composante « ${label.fr} » (1 = le plus fragile)`,
    nl: `Percentielrang van de component '${label.nl}' (1 = meest kwetsbaar)`,
    en: `Percentile rank of the component '${label.en}' (1 = most fragile)`,
  });
}
