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
import { qualityDetail } from "../quality-detail.ts";
import { POPULATION_IDS, POPULATION_YEAR } from "../population/catalogue.ts";
import { communeAgeYears } from "../../raw/statbel-population-age-sex-commune.ts";
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
  const yearSpan = `${fragility.years[0]}-${fragility.years.at(-1)}`;
  const breaks: SeriesBreak[] = [
    ...indexIds.map((id): SeriesBreak => ({
      indicator_id: id,
      year: headlineIndexYear,
      kind: "method",
      reason: {
        fr: `L'indice principal classe chaque quartier sur sa dernière valeur de chaque composante (années mêlées, ensemble de ${headlineIndexYear}) ; l'indice annuel ${yearSpan} classe les valeurs d'une année parmi les quartiers que l'export donne cette année-là. Ensembles et années différents : pas comparables.`,
        nl: `De hoofdindex rangschikt elke wijk op haar laatste waarde van elke component (gemengde jaren, groep van ${headlineIndexYear}); de jaarlijkse index ${yearSpan} rangschikt de waarden van één jaar tussen de wijken die de export dat jaar geeft. Verschillende groepen en jaren: niet vergelijkbaar.`,
        en: `The headline index ranks every quartier on its latest value of each component (mixed years, ${headlineIndexYear} pool); the yearly index ${yearSpan} ranks one year's values among the quartiers the export gives that year. Different pools and years: not comparable.`,
      },
    })),
    ...definitionBreaks(context),
  ];
  const quality: DataQualityNote[] = partialYears(series.values).map(([id, coverage]) => ({
    source_id: MONITORING_EXPORT,
    level: "quartier",
    territory_code: null,
    indicator_id: id,
    issue: "partial_series",
    ...qualityDetail(partialSeriesText(id, coverage)),
  }));

  const componentList = parameters.componentIds.join(", ");
  const pools = [...fragility.poolSizes].map(([y, n]) => `${y} ${n}`).join(", ");
  const methodParameters: MethodParameter[] = [
    {
      family: "fragility",
      parameter: "series_yearly_index_years",
      value: yearSpan,
      status: "setting",
      explanation: {
        fr: `Années où l'export du Monitoring donne chaque composante de l'indice (${componentList}). Chaque année classe les quartiers résidentiels qui ont au moins min_residents habitants cette année-là (population de l'export) et chaque composante ; taille des ensembles : ${pools}. Les rangs sont relatifs à l'ensemble de l'année : un changement de rang est un changement par rapport aux autres quartiers, pas forcément dans le quartier lui-même. Quartiers seulement : l'export remplit ces années pour trop peu de quartiers de la plupart des communes et des bassins.`,
        nl: `Jaren waarin de export van de Wijkmonitoring elke component van de index geeft (${componentList}). Elk jaar rangschikt de residentiële wijken met minstens min_residents inwoners dat jaar (bevolking van de export) en elke component; grootte van de groepen: ${pools}. Rangen zijn relatief tot de groep van het jaar: een verandering van rang is een verandering ten opzichte van de andere wijken, niet noodzakelijk in de wijk zelf. Alleen wijken: de export vult die jaren in voor te weinig wijken van de meeste gemeenten en zorgbassins.`,
        en: `Years where the Monitoring export gives every component of the index (${componentList}). Each year ranks the residential quartiers with at least min_residents residents that year (export population) and every component; pool sizes: ${pools}. Ranks are relative to the year's pool: a change of rank means a change relative to the other quartiers, not necessarily in the quartier itself. Quartiers only: the export fills those years for too few quartiers of most communes and bassins.`,
      },
      source_id: MONITORING_EXPORT,
    },
    {
      family: "reliability",
      parameter: "trend_min_years",
      value: MIN_TREND_YEARS,
      status: "setting",
      explanation: {
        fr: "indicator_trends : une direction (improved, worsened) demande au moins ce nombre d'années comparables avec une valeur, une pente de Theil-Sen dont l'intervalle de Sen à 95 % (variance du S de Kendall avec ex aequo) exclut 0, et aucune année sur un petit nombre (small_denominator) ; sinon no_clear_change. Les indicateurs neutres n'ont pas de direction.",
        nl: "indicator_trends: een richting (improved, worsened) vraagt minstens dit aantal vergelijkbare jaren met een waarde, een Theil-Sen-helling waarvan het 95 %-interval van Sen (variantie van Kendalls S met gelijke waarden) 0 uitsluit, en geen jaar op een klein aantal (small_denominator); anders no_clear_change. Neutrale indicatoren krijgen geen richting.",
        en: "indicator_trends: a direction (improved, worsened) needs at least this many comparable years with a value, a Theil-Sen slope whose Sen 95 % interval (Kendall's S variance with ties) excludes 0, and no year on a small number (small_denominator); otherwise no_clear_change. Neutral indicators get no direction.",
      },
      source_id: null,
    },
    ...breaks
      .filter((b, i) => breaks.findIndex((o) => o.reason.en === b.reason.en) === i)
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
    methodNotes: methodNotes(
      series.values,
      {
        years: fragility.years,
        headlineYear: headlineIndexYear,
        ids: indexIds,
        minResidents: parameters.min_residents,
        largestPool: Math.max(...fragility.poolSizes.values()),
      },
      communeAgeYears(context)[0]!,
    ),
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
const ABOVE_QUARTIERS: Record<SeriesId, Localized> = {
  ...(Object.fromEntries(
    COMPONENT_IDS.map((id) => [
      id,
      COMPONENT_AGGREGATION[id].kind === "statbel_age_counts"
        ? {
            fr: "Les communes et la région viennent des comptages de Statbel par commune de chaque année (aucun avant la première année du fichier), quels que soient les quartiers couverts ; la partie d'une commune scindée entre bassins utilise les taux des quartiers là où ils existent.",
            nl: "Gemeenten en gewest komen uit de tellingen van Statbel per gemeente van elk jaar (geen vóór het eerste jaar van het bestand), welke wijken ook gedekt zijn; het deel van een over zorgbassins verdeelde gemeente gebruikt de wijkcijfers waar die bestaan.",
            en: "Communes and region come from Statbel's counts by commune of each year (none before the file's first year), whatever the quartiers covered; a bassin's part of a split commune uses the quartier rates where they exist.",
          }
        : {
            fr: "Une valeur de commune, de bassin ou de la région, moyenne de valeurs de quartiers, n'est pas publiée (insufficient_coverage) là où ces quartiers regroupent moins de min_covered_share_for_aggregates de ses habitants.",
            nl: "Een waarde voor een gemeente, een zorgbassin of het gewest, een gemiddelde van wijkwaarden, wordt niet gepubliceerd (insufficient_coverage) waar die wijken minder dan min_covered_share_for_aggregates van de inwoners tellen.",
            en: "A commune, bassin or region value, a mean of quartier values, is withheld (insufficient_coverage) where those quartiers hold less than min_covered_share_for_aggregates of its residents.",
          },
    ]),
  ) as Record<ComponentId, Localized>),
  population: {
    fr: "Pas de population au-dessus du quartier depuis l'export : population_official donne chaque année les communes et la région, d'après Statbel.",
    nl: "Geen bevolking boven de wijk uit de export: population_official geeft elk jaar de gemeenten en het gewest, volgens Statbel.",
    en: "No population above the quartier from the export: population_official gives communes and the region every year from Statbel.",
  },
};

/** The years of a series where the export gives fewer than all the quartiers it covers. */
interface PartialCoverage {
  full: number;
  runs: { count: number; first: number; last: number }[];
}

/** "The export gives bim_share for fewer than the 117 quartiers it covers: 57 in 2010-2023, 116 in 2024; ..." */
function partialSeriesText(id: SeriesId, { full, runs }: PartialCoverage): Localized {
  const years = (r: PartialCoverage["runs"][number]) => (r.first === r.last ? `${r.first}` : `${r.first}-${r.last}`);
  const list = (word: string) => runs.map((r) => `${r.count} ${word} ${years(r)}`).join(", ");
  return {
    fr: `L'export donne ${id} pour moins que les ${full} quartiers qu'il couvre : ${list("en")} ; les autres n'ont pas de ligne ces années-là. ${ABOVE_QUARTIERS[id].fr}`,
    nl: `De export geeft ${id} voor minder dan de ${full} wijken die hij dekt: ${list("in")}; de andere hebben geen rij in die jaren. ${ABOVE_QUARTIERS[id].nl}`,
    en: `The export gives ${id} for fewer than the ${full} quartiers it covers: ${list("in")}; the others have no row in those years. ${ABOVE_QUARTIERS[id].en}`,
  };
}

/** Per series, where the export gives fewer than all its quartiers. */
function partialYears(values: Map<SeriesId, Map<number, Map<string, number>>>): [SeriesId, PartialCoverage][] {
  const out: [SeriesId, PartialCoverage][] = [];
  // Every quartier the export gives any of these series for: a year with fewer is partial.
  const full = new Set([...values.values()].flatMap((byYear) => [...byYear.values()].flatMap((q) => [...q.keys()])))
    .size;
  for (const [id, byYear] of values) {
    const runs: PartialCoverage["runs"] = [];
    for (const year of yearsOf(byYear)) {
      const count = byYear.get(year)!.size;
      if (count >= full) continue;
      const run = runs.at(-1);
      if (run && run.count === count) run.last = year;
      else runs.push({ count, first: year, last: year });
    }
    if (runs.length) out.push([id, { full, runs }]);
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
  index: { years: number[]; headlineYear: number; ids: string[]; minResidents: number; largestPool: number },
  statbelFrom: number,
): Map<string, Localized> {
  const { years: indexYears, headlineYear: headlineIndexYear, ids: indexIds, minResidents, largestPool } = index;
  const notes = new Map<string, Localized>();
  const range = (id: SeriesId) => {
    const years = yearsOf(values.get(id)!);
    return `${years[0]}-${years.at(-1)}`;
  };
  for (const id of COMPONENT_IDS) {
    const years = range(id);
    const note: Localized = {
      fr: ` Séries : toutes les années de l'export du Monitoring des Quartiers (${years}), pour les quartiers où il les donne ; communes, bassins et région recalculés pour chaque année avec la même méthode (pondération par les habitants des secteurs au 1er janvier ${POPULATION_YEAR} ; effectifs Statbel de l'année pour les parts d'âge, à partir de ${statbelFrom}). Une rupture de série (series_break) est signalée, jamais comblée.`,
      nl: ` Reeksen: alle jaren van de export van de Wijkmonitoring (${years}), voor de wijken waarvoor hij ze geeft; gemeenten, zorgbassins en gewest voor elk jaar herberekend met dezelfde methode (weging naar de inwoners van de sectoren op 1 januari ${POPULATION_YEAR}; Statbel-aantallen van het jaar voor de leeftijdsaandelen, vanaf ${statbelFrom}). Een breuk in de reeks (series_break) wordt getoond, nooit overbrugd.`,
      en: ` Series: every year of the Monitoring des Quartiers export (${years}), for the quartiers it gives them for; communes, bassins and region rebuilt for each year with the same method (weights: the sectors' residents on 1 January ${POPULATION_YEAR}; Statbel's counts of the year for the age shares, from ${statbelFrom}). A series break (series_break) is shown, never bridged.`,
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
    fr: ` Autres années (quartiers seulement) : population de l'export du Monitoring des Quartiers (${population}), la même somme des secteurs de Statbel (vérifiée égale en ${POPULATION_YEAR} pour chaque quartier).`,
    nl: ` Andere jaren (alleen wijken): bevolking uit de export van de Wijkmonitoring (${population}), dezelfde som van de Statbel-sectoren (in ${POPULATION_YEAR} voor elke wijk gelijk bevonden).`,
    en: ` Other years (quartiers only): population from the Monitoring des Quartiers export (${population}), the same sum of Statbel's sectors (checked equal in ${POPULATION_YEAR} for every quartier).`,
  });
  notes.set(POPULATION_IDS.official, {
    fr: " Séries : chaque année du fichier Statbel par commune (1er janvier).",
    nl: " Reeksen: elk jaar van het Statbel-bestand per gemeente (1 januari).",
    en: " Series: every year of Statbel's file by commune (1 January).",
  });
  const [first, last] = [indexYears[0], indexYears.at(-1)];
  const indexNote: Localized = {
    fr: ` Indice par année (quartiers, ${first}-${last}) : chaque année où l'export donne toutes les composantes, même calcul parmi les quartiers résidentiels d'au moins ${minResidents} habitants cette année-là ayant toutes les composantes de l'année. Les rangs sont relatifs : un rang qui change dit qu'un quartier a changé par rapport aux autres, pas forcément qu'il a changé lui-même, et le groupe comparé (${largestPool} quartiers au plus) n'est pas celui de l'indice de référence ${headlineIndexYear} (dernières valeurs disponibles, années mêlées) : une rupture de méthode (method) sépare les deux.`,
    nl: ` Index per jaar (wijken, ${first}-${last}): elk jaar waarvoor de export alle componenten geeft, dezelfde berekening onder de woonwijken met minstens ${minResidents} inwoners in dat jaar en alle componenten van dat jaar. Rangen zijn relatief: een gewijzigde rang zegt dat een wijk veranderd is ten opzichte van de andere, niet noodzakelijk dat ze zelf veranderd is, en de vergeleken groep (hoogstens ${largestPool} wijken) is niet die van de referentie-index ${headlineIndexYear} (laatst beschikbare waarden, gemengde jaren): een methodebreuk (method) scheidt beide.`,
    en: ` Index per year (quartiers, ${first}-${last}): every year the export gives all components, the same computation among the residential quartiers with at least ${minResidents} residents that year and every component of that year. Ranks are relative: a change of rank says a quartier changed relative to the others, not necessarily that it changed itself, and the pool compared (${largestPool} quartiers at most) is not that of the ${headlineIndexYear} headline index (latest available values, mixed years): a method break (method) separates the two.`,
  };
  for (const id of indexIds) notes.set(id, indexNote);
  return notes;
}
