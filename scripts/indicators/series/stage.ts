import type { Localized } from "../../../src/core/languages.ts";
import type { PipelineContext } from "../../lib/context.ts";
import { InputError } from "../../lib/errors.ts";
import { MONITORING_EXPORT } from "../../raw/ibsa-monitoring-export.ts";
import { seriesDecisions } from "../fragility/export-corrections.ts";
import { INDEX_IDS, themeScoreId } from "../fragility/catalogue.ts";
import { COMPONENT_IDS, type ComponentId } from "../fragility/components.ts";
import { COMPONENT_AGGREGATION } from "../fragility/component-aggregation.ts";
import { loadFragilityParameters } from "../fragility/parameters.ts";
import type { DataQualityNote, IndicatorStageOutput, IndicatorValue, MethodParameter } from "../indicator-model.ts";
import { POPULATION_IDS } from "../population/catalogue.ts";
import type { TerritorialModel } from "../../territory/territorial-model.ts";
import type { SeriesBreak } from "./breaks.ts";
import { componentYearValues, rowKey } from "./component-years.ts";
import { EXPORT_SERIES, exportSeries, yearsOf, type SeriesId } from "./export-series.ts";
import { fragilityYearValues } from "./fragility-years.ts";
import { populationYearValues } from "./population-years.ts";
import { MIN_TREND_YEARS } from "./trends.ts";

/** Components whose headline year comes from the IBSA portal export, the other years from the Monitoring export. */
const PORTAL_COMPONENTS: ComponentId[] = ["bim_share", "cpas_share", "unemployment_rate"];
/** The two IBSA exports agree to this within the headline year (SOURCES.md: ±0.01). */
const PORTAL_TOLERANCE = 0.01;

export interface SeriesStageOutput extends IndicatorStageOutput {
  breaks: SeriesBreak[];
  /** Text added to an indicator's method, by id: which years, from where, and its breaks. */
  methodNotes: Map<string, Localized>;
}

/**
 * Every year the sources give besides the headline year the other stages publish (`headline`,
 * whose rows are never touched): the Monitoring export's series per quartier and their commune,
 * bassin and region values rebuilt per year, the population's years, and the fragility index of
 * every year all its components exist. Also the breaks that cut the series.
 */
export function seriesStage(
  context: PipelineContext,
  model: TerritorialModel,
  headline: readonly IndicatorValue[],
): SeriesStageOutput {
  const series = exportSeries(context);
  checkPortalAgreement(series, headline);
  const published = new Set(headline.map(rowKey));
  const components = componentYearValues(
    context,
    model,
    series.values as Map<ComponentId, Map<number, Map<string, number>>>,
    published,
  );
  const population = populationYearValues(context, model, series).filter((v) => !published.has(rowKey(v)));
  const fragility = fragilityYearValues(context, model, series.values);
  const parameters = loadFragilityParameters(context.referenceDir);
  const headlineIndexYear = Math.max(
    ...headline.filter((v) => v.indicator_id === "fragility_index").map((v) => v.year),
  );
  const indexIds = [...INDEX_IDS, ...parameters.themes.map((t) => themeScoreId(t.id))];
  const breaks: SeriesBreak[] = [
    ...indexIds.map((id): SeriesBreak => ({
      indicator_id: id,
      year: headlineIndexYear,
      kind: "method",
      reason: `The headline index ranks every quartier on its latest value of each component (mixed years, ${headlineIndexYear} pool); the yearly index ${fragility.years[0]}-${fragility.years.at(-1)} ranks one year's values among the quartiers the export gives that year. Different pools and years: not comparable.`,
    })),
    ...definitionBreaks(context),
  ];
  const quality: DataQualityNote[] = partialYears(series.values).map(([id, years, quartiers]) => ({
    source_id: MONITORING_EXPORT,
    level: "quartier",
    territory_code: null,
    indicator_id: id,
    issue: "partial_series",
    detail: `${years}: the export gives ${id} for ${quartiers} of the quartiers only; the others have no row in these years. ${ABOVE_QUARTIERS[id]}`,
  }));
  const methodParameters: MethodParameter[] = [
    {
      family: "fragility",
      parameter: "series_yearly_index_years",
      value: `${fragility.years[0]}-${fragility.years.at(-1)}`,
      status: "setting",
      explanation: `Years where the Monitoring export gives every component of the index (${parameters.componentIds.join(", ")}). Each year ranks the residential quartiers with at least min_residents residents that year (export population) and every component; pool sizes: ${[...fragility.poolSizes].map(([y, n]) => `${y} ${n}`).join(", ")}. Ranks are relative to the year's pool: a change of rank means a change relative to the other quartiers, not necessarily in the quartier itself. Quartiers only: the export fills those years for too few quartiers of most communes and bassins.`,
      source_id: MONITORING_EXPORT,
    },
    {
      family: "reliability",
      parameter: "trend_min_years",
      value: MIN_TREND_YEARS,
      status: "setting",
      explanation:
        "indicator_trends: a direction (improved, worsened) needs at least this many comparable years with a value, a Theil-Sen slope whose Sen 95 % interval (Kendall's S variance with ties) excludes 0, and no year on a small number (small_denominator); otherwise no_clear_change. Neutral indicators get no direction.",
      source_id: null,
    },
    ...breaks
      .filter((b, i) => breaks.findIndex((o) => o.reason === b.reason) === i)
      .map((b): MethodParameter => ({
        family: b.kind === "method" ? "fragility" : "reliability",
        parameter: `series_break_${b.kind}_${b.year}${b.kind === "method" ? "" : `_${b.indicator_id}`}`,
        value: `${b.year}:${b.kind}`,
        status: "setting",
        explanation: b.reason,
        source_id: MONITORING_EXPORT,
      })),
  ];
  return {
    definitions: [],
    values: [...components, ...population, ...fragility.values],
    tables: [],
    quality,
    parameters: methodParameters,
    breaks,
    methodNotes: methodNotes(series.values, fragility.years, headlineIndexYear, indexIds),
  };
}

/** The series checks' reviewed definition breaks, as breaks of the indicator the series feeds. */
function definitionBreaks(context: PipelineContext): SeriesBreak[] {
  const idOf = new Map(Object.entries(EXPORT_SERIES).map(([id, name]) => [name, id]));
  return seriesDecisions(context).flatMap((d): SeriesBreak[] => {
    if (d.issue !== "definition-break" || !idOf.has(d.indicator)) return [];
    return [{ indicator_id: idOf.get(d.indicator)!, year: d.year, kind: "definition", reason: d.detail }];
  });
}

/** What the partial years mean above the quartier, per series. */
const ABOVE_QUARTIERS: Record<SeriesId, string> = {
  ...(Object.fromEntries(
    COMPONENT_IDS.map((id) => [
      id,
      COMPONENT_AGGREGATION[id].kind === "statbel_age_counts"
        ? "Communes and region come from Statbel's counts by commune of each year (from 2010; none before), whatever the quartiers covered; a bassin's part of a split commune uses the quartier rates where they exist."
        : "A commune, bassin or region value, a mean of quartier values, is withheld (insufficient_coverage) where those quartiers hold less than min_covered_share_for_aggregates of its residents.",
    ]),
  ) as Record<ComponentId, string>),
  population:
    "No population above the quartier from the export: population_official gives communes and the region every year from Statbel.",
};

/** Per series, its years with partial quartier coverage: [id, "2001-2024", count]. */
function partialYears(values: Map<SeriesId, Map<number, Map<string, number>>>): [SeriesId, string, number][] {
  const out: [SeriesId, string, number][] = [];
  for (const [id, byYear] of values) {
    const years = yearsOf(byYear);
    const full = Math.max(...years.map((y) => byYear.get(y)!.size));
    const partial = years.filter((y) => byYear.get(y)!.size < full);
    if (!partial.length) continue;
    const counts = [...new Set(partial.map((y) => byYear.get(y)!.size))];
    out.push([id, `${partial[0]}-${partial.at(-1)}`, Math.max(...counts)]);
  }
  return out;
}

/**
 * The portal export gives the headline year of three components, the Monitoring export every
 * year: they must agree in the headline year (else the series would join two sources).
 */
function checkPortalAgreement(series: ReturnType<typeof exportSeries>, headline: readonly IndicatorValue[]): void {
  for (const id of PORTAL_COMPONENTS) {
    for (const v of headline) {
      if (v.level !== "quartier" || v.indicator_id !== id || v.value === null) continue;
      const exported = series.values.get(id)!.get(v.year)?.get(v.territory_code);
      if (exported === undefined || Math.abs(exported - v.value) <= PORTAL_TOLERANCE + 1e-9) continue;
      throw new InputError(
        series.file,
        `quartier ${v.territory_code}: ${id} ${v.year} is ${exported} here but ${v.value} in the IBSA portal export (more than ${PORTAL_TOLERANCE} apart): the yearly series would join two sources`,
        { row: series.rows.get(`${id}/${v.territory_code}/${v.year}`), column: "value" },
      );
    }
  }
}

function methodNotes(
  values: Map<SeriesId, Map<number, Map<string, number>>>,
  indexYears: number[],
  headlineIndexYear: number,
  indexIds: string[],
): Map<string, Localized> {
  const notes = new Map<string, Localized>();
  const range = (id: SeriesId) => {
    const years = yearsOf(values.get(id)!);
    return `${years[0]}-${years.at(-1)}`;
  };
  for (const id of COMPONENT_IDS) {
    const years = range(id);
    const note: Localized = {
      fr: ` Séries : toutes les années de l'export du Monitoring des Quartiers (${years}), pour les quartiers où il les donne ; communes, bassins et région recalculés pour chaque année avec la même méthode (pondération par les habitants des secteurs au 1er janvier 2024 ; effectifs Statbel de l'année pour les parts d'âge, à partir de 2010). Une rupture de série (series_break) est signalée, jamais comblée.`,
      nl: ` Reeksen: alle jaren van de export van de Wijkmonitoring (${years}), voor de wijken waarvoor hij ze geeft; gemeenten, zorgbassins en gewest voor elk jaar herberekend met dezelfde methode (weging naar de inwoners van de sectoren op 1 januari 2024; Statbel-aantallen van het jaar voor de leeftijdsaandelen, vanaf 2010). Een breuk in de reeks (series_break) wordt getoond, nooit overbrugd.`,
      en: ` Series: every year of the Monitoring des Quartiers export (${years}), for the quartiers it gives them for; communes, bassins and region rebuilt for each year with the same method (weights: the sectors' residents on 1 January 2024; Statbel's counts of the year for the age shares, from 2010). A series break (series_break) is shown, never bridged.`,
    };
    notes.set(id, note);
    if (id === "median_income") notes.set("median_income_quartier_mean", note);
  }
  const alone = notes.get("share_65_alone")!;
  notes.set("share_65_alone", {
    fr: `${alone.fr} Rupture de définition en 2025 (breaks) : les valeurs 2025 de l'export suivent une autre définition et ne sont pas publiées.`,
    nl: `${alone.nl} Definitiebreuk in 2025 (breaks): de waarden 2025 van de export volgen een andere definitie en worden niet gepubliceerd.`,
    en: `${alone.en} Definition break in 2025 (breaks): the export's 2025 values follow another definition and are not published.`,
  });
  const population = range("population");
  notes.set(POPULATION_IDS.sectors, {
    fr: ` Autres années (quartiers seulement) : population de l'export du Monitoring des Quartiers (${population}), la même somme des secteurs de Statbel (vérifiée égale en 2024 pour chaque quartier).`,
    nl: ` Andere jaren (alleen wijken): bevolking uit de export van de Wijkmonitoring (${population}), dezelfde som van de Statbel-sectoren (in 2024 voor elke wijk gelijk bevonden).`,
    en: ` Other years (quartiers only): population from the Monitoring des Quartiers export (${population}), the same sum of Statbel's sectors (checked equal in 2024 for every quartier).`,
  });
  notes.set(POPULATION_IDS.official, {
    fr: " Séries : chaque année du fichier Statbel par commune (1er janvier).",
    nl: " Reeksen: elk jaar van het Statbel-bestand per gemeente (1 januari).",
    en: " Series: every year of Statbel's file by commune (1 January).",
  });
  const [first, last] = [indexYears[0], indexYears.at(-1)];
  const index: Localized = {
    fr: ` Indice par année (quartiers, ${first}-${last}) : chaque année où l'export donne toutes les composantes, même calcul parmi les quartiers résidentiels d'au moins 1000 habitants cette année-là ayant toutes les composantes de l'année. Les rangs sont relatifs : un rang qui change dit qu'un quartier a changé par rapport aux autres, pas forcément qu'il a changé lui-même, et le groupe comparé (57 quartiers au plus) n'est pas celui de l'indice de référence ${headlineIndexYear} (dernières valeurs disponibles, années mêlées) : une rupture de méthode (method) sépare les deux.`,
    nl: ` Index per jaar (wijken, ${first}-${last}): elk jaar waarvoor de export alle componenten geeft, dezelfde berekening onder de woonwijken met minstens 1000 inwoners in dat jaar en alle componenten van dat jaar. Rangen zijn relatief: een gewijzigde rang zegt dat een wijk veranderd is ten opzichte van de andere, niet noodzakelijk dat ze zelf veranderd is, en de vergeleken groep (hoogstens 57 wijken) is niet die van de referentie-index ${headlineIndexYear} (laatst beschikbare waarden, gemengde jaren): een methodebreuk (method) scheidt beide.`,
    en: ` Index per year (quartiers, ${first}-${last}): every year the export gives all components, the same computation among the residential quartiers with at least 1000 residents that year and every component of that year. Ranks are relative: a change of rank says a quartier changed relative to the others, not necessarily that it changed itself, and the pool compared (57 quartiers at most) is not that of the ${headlineIndexYear} headline index (latest available values, mixed years): a method break (method) separates the two.`,
  };
  for (const id of indexIds) notes.set(id, index);
  return notes;
}
