import type { Localized } from "../../../src/core/languages.ts";
import { AGE_SOURCE } from "../../raw/statbel-population-age-sex-commune.ts";
import { MONITORING_EXPORT } from "../../raw/ibsa-monitoring-export.ts";
import { SOURCES } from "../../territory/territorial-model.ts";
import type { IndicatorDefinition, MethodParameter } from "../indicator-model.ts";
import { POPULATION_YEAR } from "../population/catalogue.ts";
import type { ComponentId } from "./components.ts";

/**
 * How each component's commune, bassin and region values are built from the quartiers'. IBSA
 * publishes rates per quartier, not their counts, so a coarser rate is recomputed from counts
 * only where a source has them (Statbel's residents by age and commune); elsewhere it is a mean
 * of the quartier rates weighted by residents, which is the rate's own denominator only for
 * shares of the population. The choices are published in method_parameters, one row each.
 */
export type AggregationMethod =
  /** Statbel counts by commune: exact for whole communes, shared among the parts of a split one. */
  | { kind: "statbel_age_counts"; band: "aged65to79" | "aged80plus" }
  /**
   * Mean of the quartier values weighted by the sectors' residents. `denominator`: what the
   * published denominator is, "residents" when they are the rate's own denominator, null when
   * the rate's denominator (labour force, households) is not published per quartier.
   */
  | { kind: "residents_weighted_mean"; denominator: "residents" | null };

export const COMPONENT_AGGREGATION: Record<ComponentId, AggregationMethod> = {
  bim_share: { kind: "residents_weighted_mean", denominator: "residents" },
  cpas_share: { kind: "residents_weighted_mean", denominator: "residents" },
  unemployment_rate: { kind: "residents_weighted_mean", denominator: null },
  median_income: { kind: "residents_weighted_mean", denominator: null },
  share_65_79: { kind: "statbel_age_counts", band: "aged65to79" },
  share_80_plus: { kind: "statbel_age_counts", band: "aged80plus" },
  share_65_alone: { kind: "residents_weighted_mean", denominator: null },
};

/**
 * A mean of medians is not a median: the quartiers' median income is published at quartier
 * level only, and its weighted mean above it under its own id and label.
 */
export const MEDIAN_INCOME_MEAN_ID = "median_income_quartier_mean";

/** The id a component's coarser values are published under. */
export function coarserIndicatorId(id: ComponentId): string {
  return id === "median_income" ? MEDIAN_INCOME_MEAN_ID : id;
}

/**
 * A mean of quartier values speaks for a territory only if the quartiers with a value hold most of
 * its residents: below this share it is withheld (flag insufficient_coverage); between it and 99 %
 * it is published with the flag partial_coverage. Uccle lacks quartier 115 (86 % covered).
 */
export const MIN_COVERED_SHARE = 0.8;
export const INSUFFICIENT_COVERAGE_FLAG = "insufficient_coverage";

/** Flag of a count-based value of a territory that holds part of a commune. */
export const ESTIMATED_PART_FLAG = "estimated_part";

const WEIGHTS = {
  fr: `les habitants que chaque quartier compte dans le territoire (secteurs statistiques, 1er janvier ${POPULATION_YEAR})`,
  nl: `het aantal inwoners dat elke wijk in het gebied telt (statistische sectoren, 1 januari ${POPULATION_YEAR})`,
  en: `the residents each quartier has in the territory (statistical sectors, 1 January ${POPULATION_YEAR})`,
};

const COUNTS: Localized = {
  fr: `Communes et région : recalculé à partir des effectifs exacts de Statbel par commune (population par âge et sexe, même année), numérateur et dénominateur publiés. Bassins : somme des communes entières ; pour une commune partagée entre bassins (Bruxelles-Ville), ses effectifs sont répartis entre ses parties, la population selon les habitants des secteurs et le numérateur selon ces habitants multipliés par le taux du quartier, de sorte que les parties totalisent la commune (valeur signalée « estimated_part »).`,
  nl: `Gemeenten en gewest: herberekend uit de exacte aantallen van Statbel per gemeente (bevolking naar leeftijd en geslacht, zelfde jaar), met teller en noemer. Zorgbassins: som van de volledige gemeenten; een gemeente die over zorgbassins verdeeld is (Brussel-Stad) krijgt haar aantallen verdeeld over haar delen, de bevolking volgens de inwoners van de sectoren en de teller volgens die inwoners maal het percentage van de wijk, zodat de delen samen de gemeente geven (waarde gemarkeerd als "estimated_part").`,
  en: `Communes and region: recomputed from Statbel's exact counts by commune (population by age and sex, same year), with numerator and denominator. Bassins: sum of the whole communes; a commune split between bassins (Bruxelles-Ville) has its counts shared among its parts, the population by the sectors' residents and the numerator by those residents times the quartier's rate, so that the parts add up to the commune (value flagged "estimated_part").`,
};

const SHARE_OF_POPULATION: Localized = {
  fr: `Communes, bassins et région : moyenne des taux des quartiers pondérée par ${WEIGHTS.fr}, le dénominateur du taux étant la population ; IBSA ne publie pas les effectifs par quartier. Le dénominateur publié est cette population pondératrice.`,
  nl: `Gemeenten, zorgbassins en gewest: gemiddelde van de wijkpercentages gewogen naar ${WEIGHTS.nl}, want de noemer van het percentage is de bevolking; BISA publiceert de aantallen per wijk niet. De gepubliceerde noemer is die wegende bevolking.`,
  en: `Communes, bassins and region: mean of the quartier rates weighted by ${WEIGHTS.en}, the rate's denominator being the population; IBSA does not publish the counts per quartier. The published denominator is that weighting population.`,
};

export const AGGREGATION_TEXT: Record<ComponentId, Localized> = {
  bim_share: SHARE_OF_POPULATION,
  cpas_share: SHARE_OF_POPULATION,
  unemployment_rate: {
    fr: `Communes, bassins et région : approximation, moyenne des taux des quartiers pondérée par ${WEIGHTS.fr}. Le dénominateur du taux est la population active, qu'aucune source ouverte ne donne par quartier ; la pondération par la population totale surpondère les quartiers où la part des actifs est faible. Aucun dénominateur n'est publié.`,
    nl: `Gemeenten, zorgbassins en gewest: benadering, gemiddelde van de wijkpercentages gewogen naar ${WEIGHTS.nl}. De noemer van het percentage is de beroepsbevolking, die geen open bron per wijk geeft; weging naar de totale bevolking geeft te veel gewicht aan wijken met een klein aandeel actieven. Er wordt geen noemer gepubliceerd.`,
    en: `Communes, bassins and region: an approximation, the mean of the quartier rates weighted by ${WEIGHTS.en}. The rate's denominator is the labour force, which no open source gives per quartier; weighting by total population overweights quartiers where few residents are in the labour force. No denominator is published.`,
  },
  median_income: {
    fr: `Publié au niveau des quartiers seulement : une moyenne de médianes n'est pas une médiane. Pour les communes, bassins et région, voir l'indicateur ${MEDIAN_INCOME_MEAN_ID}.`,
    nl: `Alleen op wijkniveau gepubliceerd: een gemiddelde van medianen is geen mediaan. Voor gemeenten, zorgbassins en gewest, zie de indicator ${MEDIAN_INCOME_MEAN_ID}.`,
    en: `Published for quartiers only: a mean of medians is not a median. For communes, bassins and the region, see the indicator ${MEDIAN_INCOME_MEAN_ID}.`,
  },
  share_65_79: COUNTS,
  share_80_plus: COUNTS,
  share_65_alone: {
    fr: `Communes, bassins et région : approximation, moyenne des taux des quartiers pondérée par ${WEIGHTS.fr}. Le dénominateur du taux n'est pas publié par quartier ; la pondération par les habitants suppose des ménages de même taille dans tous les quartiers du territoire. Aucun dénominateur n'est publié.`,
    nl: `Gemeenten, zorgbassins en gewest: benadering, gemiddelde van de wijkpercentages gewogen naar ${WEIGHTS.nl}. De noemer van het percentage wordt niet per wijk gepubliceerd; weging naar de inwoners veronderstelt even grote huishoudens in alle wijken van het gebied. Er wordt geen noemer gepubliceerd.`,
    en: `Communes, bassins and region: an approximation, the mean of the quartier rates weighted by ${WEIGHTS.en}. The rate's denominator is not published per quartier; weighting by residents assumes households of the same size in every quartier of the territory. No denominator is published.`,
  },
};

/** Sources a component's coarser values read besides its own (Statbel's counts by commune). */
export function aggregationSources(id: ComponentId): string[] {
  return COMPONENT_AGGREGATION[id].kind === "statbel_age_counts" ? [AGE_SOURCE] : [];
}

/** The indicator under which the weighted mean of the quartiers' median incomes is published. */
export function medianIncomeMeanDefinition(year: number): IndicatorDefinition {
  return {
    id: MEDIAN_INCOME_MEAN_ID,
    family: "fragility",
    label: {
      fr: "Revenu médian des quartiers, moyenne pondérée par la population",
      nl: "Mediaan inkomen van de wijken, gemiddelde gewogen naar bevolking",
      en: "Quartier median incomes, population-weighted mean",
    },
    unit: "euros",
    polarity: "higher_is_better",
    year,
    method: {
      fr: `Moyenne des revenus imposables médians par déclaration des quartiers (IBSA, Monitoring des Quartiers, données Statbel), pondérée par ${WEIGHTS.fr}. Ce n'est pas le revenu médian du territoire : une moyenne de médianes n'en est pas une, et aucune source ouverte ne donne la médiane officielle par commune. Publié pour les communes, bassins et région ; la médiane de chaque quartier est l'indicateur median_income.`,
      nl: `Gemiddelde van de mediane belastbare inkomens per aangifte van de wijken (BISA, Wijkmonitoring, Statbel-gegevens), gewogen naar ${WEIGHTS.nl}. Het is niet het mediaan inkomen van het gebied: een gemiddelde van medianen is geen mediaan, en geen open bron geeft de officiële mediaan per gemeente. Gepubliceerd voor gemeenten, zorgbassins en gewest; de mediaan van elke wijk is de indicator median_income.`,
      en: `Mean of the quartiers' median taxable income per tax return (IBSA, Monitoring des Quartiers, Statbel data), weighted by ${WEIGHTS.en}. It is not the territory's median income: a mean of medians is not a median, and no open source gives the official median per commune. Published for communes, bassins and the region; each quartier's median is the indicator median_income.`,
    },
    sources: [MONITORING_EXPORT, SOURCES.sectors],
    status: "published",
  };
}

/** One method_parameters row per component: how its coarser values are built, and from what. */
export function aggregationParameters(): MethodParameter[] {
  const explanation: Record<ComponentId, Localized> = {
    bim_share: {
      fr: "Part des bénéficiaires de l'intervention majorée (BIM) des communes, des bassins et de la région : taux des quartiers pondérés par les habitants des secteurs (1er janvier 2024), le dénominateur propre du taux (population totale) ; l'IBSA ne publie pas d'effectifs par quartier, le numérateur reste donc vide.",
      nl: "Aandeel rechthebbenden op de verhoogde tegemoetkoming (VT) van de gemeenten, zorgbassins en het gewest: cijfers van de wijken gewogen naar de inwoners van de sectoren (1 januari 2024), de eigen noemer van het cijfer (totale bevolking); BISA publiceert geen aantallen per wijk, dus de teller blijft leeg.",
      en: "Commune, bassin and region share of BIM beneficiaries: quartier rates weighted by the sectors' residents (1 January 2024), the rate's own denominator (total population); IBSA publishes no counts per quartier, so the numerator is left empty.",
    },
    cpas_share: {
      fr: "Part des bénéficiaires d'un revenu du CPAS des communes, des bassins et de la région : taux des quartiers pondérés par les habitants des secteurs (1er janvier 2024), le dénominateur propre du taux (population) ; l'IBSA ne publie pas d'effectifs par quartier, le numérateur reste donc vide.",
      nl: "Aandeel rechthebbenden op een inkomen van het OCMW van de gemeenten, zorgbassins en het gewest: cijfers van de wijken gewogen naar de inwoners van de sectoren (1 januari 2024), de eigen noemer van het cijfer (bevolking); BISA publiceert geen aantallen per wijk, dus de teller blijft leeg.",
      en: "Commune, bassin and region share of CPAS income beneficiaries: quartier rates weighted by the sectors' residents (1 January 2024), the rate's own denominator (population); IBSA publishes no counts per quartier, so the numerator is left empty.",
    },
    unemployment_rate: {
      fr: "Taux de chômage des communes, des bassins et de la région : taux des quartiers pondérés par les habitants des secteurs (1er janvier 2024), approximation de la population active, le dénominateur du taux, qu'aucune source ouverte ne donne par quartier. Les quartiers à faible taux d'activité sont surpondérés. Aucun dénominateur n'est publié.",
      nl: "Werkloosheidsgraad van de gemeenten, zorgbassins en het gewest: cijfers van de wijken gewogen naar de inwoners van de sectoren (1 januari 2024) als benadering van de beroepsbevolking, de noemer van het cijfer, die geen open bron per wijk geeft. Wijken met een lage activiteitsgraad wegen te zwaar door. Er wordt geen noemer gepubliceerd.",
      en: "Commune, bassin and region unemployment rate: quartier rates weighted by the sectors' residents (1 January 2024) as an approximation of the labour force, the rate's denominator, which no open source gives per quartier. Quartiers with a low activity rate are overweighted. No denominator is published.",
    },
    median_income: {
      fr: "Le revenu médian n'est publié que pour les quartiers. Au-dessus, la moyenne des médianes des quartiers pondérée par la population (habitants des secteurs, 1er janvier 2024) est publiée sous median_income_quartier_mean, pas comme une médiane ; aucune source ouverte ne donne la médiane officielle des communes.",
      nl: "Het mediaan inkomen wordt alleen voor de wijken gepubliceerd. Daarboven wordt het naar bevolking gewogen gemiddelde van de medianen van de wijken (inwoners van de sectoren, 1 januari 2024) gepubliceerd als median_income_quartier_mean, niet als een mediaan; geen open bron geeft de officiële mediaan van de gemeenten.",
      en: "Median income is published for quartiers only. Above them, the population-weighted mean of the quartier medians (sectors' residents, 1 January 2024) is published as median_income_quartier_mean, not as a median; no open source gives the official commune median.",
    },
    share_65_79: {
      fr: "Part des 65-79 ans des communes et de la région : habitants de 65 à 79 ans rapportés à tous les habitants par commune (Statbel), même année que les parts des quartiers (effectifs exacts). Bassins : sommes de communes entières ; les effectifs d'une commune partagée sont répartis entre ses parties selon les habitants des secteurs (dénominateur) et les habitants multipliés par le taux des quartiers (numérateur), avec le flag estimated_part.",
      nl: "Aandeel 65-79-jarigen van de gemeenten en het gewest: inwoners van 65 tot 79 jaar op alle inwoners per gemeente (Statbel), hetzelfde jaar als de aandelen van de wijken (exacte aantallen). Zorgbassins: sommen van hele gemeenten; de aantallen van een gedeelde gemeente worden over haar delen verdeeld volgens de inwoners van de sectoren (noemer) en inwoners maal het cijfer van de wijk (teller), met de flag estimated_part.",
      en: "Commune and region share aged 65-79: Statbel residents aged 65-79 over all residents by commune, same year as the quartier shares (exact counts). Bassins: sums of whole communes; a split commune's counts are shared among its parts by the sectors' residents (denominator) and residents times quartier rate (numerator), flagged estimated_part.",
    },
    share_80_plus: {
      fr: "Part des 80 ans et plus des communes et de la région : habitants de 80 ans et plus rapportés à tous les habitants par commune (Statbel), même année que les parts des quartiers (effectifs exacts). Bassins : sommes de communes entières ; les effectifs d'une commune partagée sont répartis entre ses parties selon les habitants des secteurs (dénominateur) et les habitants multipliés par le taux des quartiers (numérateur), avec le flag estimated_part.",
      nl: "Aandeel 80-plussers van de gemeenten en het gewest: inwoners van 80 jaar en ouder op alle inwoners per gemeente (Statbel), hetzelfde jaar als de aandelen van de wijken (exacte aantallen). Zorgbassins: sommen van hele gemeenten; de aantallen van een gedeelde gemeente worden over haar delen verdeeld volgens de inwoners van de sectoren (noemer) en inwoners maal het cijfer van de wijk (teller), met de flag estimated_part.",
      en: "Commune and region share aged 80+: Statbel residents aged 80 and over over all residents by commune, same year as the quartier shares (exact counts). Bassins: sums of whole communes; a split commune's counts are shared among its parts by the sectors' residents (denominator) and residents times quartier rate (numerator), flagged estimated_part.",
    },
    share_65_alone: {
      fr: "Part des habitants de 65 ans et plus vivant seuls des communes, des bassins et de la région : taux des quartiers pondérés par les habitants des secteurs (1er janvier 2024), approximation du dénominateur du taux, que l'export ne donne pas par quartier (elle suppose une même taille de ménage dans tous les quartiers d'un territoire). Aucun dénominateur n'est publié.",
      nl: "Aandeel alleenwonende 65-plussers van de gemeenten, zorgbassins en het gewest: cijfers van de wijken gewogen naar de inwoners van de sectoren (1 januari 2024) als benadering van de noemer van het cijfer, die de export niet per wijk geeft (dat veronderstelt een gelijke gezinsgrootte in alle wijken van een gebied). Er wordt geen noemer gepubliceerd.",
      en: "Commune, bassin and region share for residents aged 65+ living alone: quartier rates weighted by the sectors' residents (1 January 2024) as an approximation of the rate's denominator, which the export does not give per quartier (it assumes equal household size across a territory's quartiers). No denominator is published.",
    },
  };
  const coverage: MethodParameter = {
    family: "fragility",
    parameter: "min_covered_share_for_aggregates",
    value: MIN_COVERED_SHARE,
    status: "setting",
    explanation: {
      fr: "Une valeur de commune, de bassin ou de région construite comme moyenne de valeurs de quartiers n'est pas publiée (flag insufficient_coverage) quand les quartiers qui ont une valeur comptent moins que cette part de ses habitants (secteurs, 1er janvier 2024), et porte le flag partial_coverage sous 99 %. La plus faible couverture réelle est celle d'Uccle, 86 % (le quartier 115 est absent de l'export) ; une série publiée pour une partie seulement des quartiers parlerait sinon pour toute une commune.",
      nl: "Een waarde van een gemeente, zorgbassin of het gewest die als gemiddelde van wijkwaarden berekend wordt, wordt niet gepubliceerd (flag insufficient_coverage) als de wijken met een waarde minder dan dit aandeel van haar inwoners tellen (sectoren, 1 januari 2024), en krijgt de flag partial_coverage onder 99 %. De laagste echte dekking is die van Ukkel, 86 % (wijk 115 ontbreekt in de export); een reeks die maar voor een deel van de wijken gepubliceerd is, zou anders voor een hele gemeente spreken.",
      en: "A commune, bassin or region value built as a mean of quartier values is withheld (flag insufficient_coverage) when the quartiers with a value hold less than this share of its residents (sectors, 1 January 2024), and flagged partial_coverage below 99 %. The lowest real coverage is Uccle's 86 % (quartier 115 is absent from the export); a series published for only part of the quartiers would otherwise speak for a whole commune.",
    },
    source_id: SOURCES.sectors,
  };
  const rows = (Object.keys(COMPONENT_AGGREGATION) as ComponentId[]).map((id): MethodParameter => {
    const method = COMPONENT_AGGREGATION[id];
    return {
      family: "fragility",
      parameter: `aggregation_${coarserIndicatorId(id)}`,
      value:
        method.kind === "statbel_age_counts"
          ? "statbel_commune_counts"
          : id === "median_income"
            ? "residents_weighted_mean_of_medians"
            : method.denominator === "residents"
              ? "residents_weighted_mean"
              : "residents_weighted_mean_approximation",
      status: "setting",
      explanation: explanation[id],
      source_id: method.kind === "statbel_age_counts" ? AGE_SOURCE : SOURCES.sectors,
    };
  });
  return [...rows, coverage];
}
