import type { Localized } from "../../../src/core/languages.ts";
import { MONITORING_EXPORT } from "../../raw/ibsa-monitoring-export.ts";
import { PORTAL_EXPORT } from "../../raw/ibsa-monitoring-vulnerability.ts";
import type { IndicatorDefinition } from "../indicator-model.ts";
import { AGGREGATION_TEXT, aggregationSources, medianIncomeMeanDefinition } from "./component-aggregation.ts";
import { COMPONENT_IDS, COMPONENT_SOURCES, type ComponentId } from "./components.ts";
import type { FragilityParameters } from "./parameters.ts";

/**
 * The fragility family's published indicators: the components, the index, its theme scores and
 * its rank figures (ids, labels, units, polarity, method texts, in reading order). The values
 * come from stage.ts and component-indicators.ts.
 */

/** The index reads both IBSA exports. */
const INDEX_SOURCES = [PORTAL_EXPORT, MONITORING_EXPORT];

/** Id of a theme's score: `fragility_socioeconomic`. */
export const themeScoreId = (themeId: string) => `fragility_${themeId}`;

type ComponentText = Pick<IndicatorDefinition, "label" | "unit" | "polarity"> & { what: IndicatorDefinition["method"] };

export const COMPONENT_TEXT: Record<ComponentId, ComponentText> = {
  bim_share: {
    label: {
      fr: "Bénéficiaires de l'intervention majorée (BIM)",
      nl: "Rechthebbenden op verhoogde tegemoetkoming (VT)",
      en: "Entitled to increased reimbursement (BIM)",
    },
    unit: "percent",
    polarity: "higher_is_worse",
    what: {
      fr: "Part de la population ayant droit à l'intervention majorée de l'assurance soins de santé (BIM), en %. IBSA, Monitoring des Quartiers (données INAMI).",
      nl: "Aandeel van de bevolking met recht op verhoogde tegemoetkoming van de ziekteverzekering (VT), in %. BISA, Wijkmonitoring (RIZIV-gegevens).",
      en: "Share of the population entitled to increased reimbursement of health insurance (BIM), in %. IBSA, Monitoring des Quartiers (INAMI data).",
    },
  },
  cpas_share: {
    label: { fr: "Revenu d'intégration du CPAS", nl: "Leefloon van het OCMW", en: "Living on a CPAS welfare income" },
    unit: "percent",
    polarity: "higher_is_worse",
    what: {
      fr: "Part de la population bénéficiant d'un revenu du CPAS (revenu d'intégration ou équivalent), en %. IBSA, Monitoring des Quartiers (données SPP Intégration sociale).",
      nl: "Aandeel van de bevolking met een OCMW-inkomen (leefloon of equivalent), in %. BISA, Wijkmonitoring (gegevens POD Maatschappelijke Integratie).",
      en: "Share of the population receiving a CPAS income (integration income or equivalent), in %. IBSA, Monitoring des Quartiers (data of the federal social integration service).",
    },
  },
  unemployment_rate: {
    label: { fr: "Taux de chômage", nl: "Werkloosheidsgraad", en: "Unemployment rate" },
    unit: "percent",
    polarity: "higher_is_worse",
    what: {
      fr: "Demandeurs d'emploi inoccupés en % de la population active. IBSA, Monitoring des Quartiers (données Actiris, Statbel).",
      nl: "Niet-werkende werkzoekenden in % van de beroepsbevolking. BISA, Wijkmonitoring (gegevens Actiris, Statbel).",
      en: "Unemployed jobseekers as % of the labour force. IBSA, Monitoring des Quartiers (Actiris, Statbel data).",
    },
  },
  median_income: {
    label: {
      fr: "Revenu imposable médian par déclaration",
      nl: "Mediaan belastbaar inkomen per aangifte",
      en: "Median taxable income per tax return",
    },
    unit: "euros",
    polarity: "higher_is_better",
    what: {
      fr: "Revenu net imposable médian des déclarations fiscales, en euros. IBSA, Monitoring des Quartiers (données Statbel).",
      nl: "Mediaan netto belastbaar inkomen van de belastingaangiften, in euro. BISA, Wijkmonitoring (Statbel-gegevens).",
      en: "Median net taxable income of tax returns, in euros. IBSA, Monitoring des Quartiers (Statbel data).",
    },
  },
  share_65_79: {
    label: { fr: "Part des 65-79 ans", nl: "Aandeel 65- tot 79-jarigen", en: "Share aged 65-79" },
    unit: "percent",
    polarity: "neutral",
    what: {
      fr: "Part des 65-79 ans dans la population totale, en %. IBSA, Monitoring des Quartiers (données Statbel).",
      nl: "Aandeel 65- tot 79-jarigen in de totale bevolking, in %. BISA, Wijkmonitoring (Statbel-gegevens).",
      en: "Share of people aged 65-79 in the total population, in %. IBSA, Monitoring des Quartiers (Statbel data).",
    },
  },
  share_80_plus: {
    label: { fr: "Part des 80 ans et plus", nl: "Aandeel 80-plussers", en: "Share aged 80 and over" },
    unit: "percent",
    polarity: "higher_is_worse",
    what: {
      fr: "Part des 80 ans et plus dans la population totale, en %. IBSA, Monitoring des Quartiers (données Statbel).",
      nl: "Aandeel 80-plussers in de totale bevolking, in %. BISA, Wijkmonitoring (Statbel-gegevens).",
      en: "Share of people aged 80 and over in the total population, in %. IBSA, Monitoring des Quartiers (Statbel data).",
    },
  },
  share_65_alone: {
    label: {
      fr: "Personnes de 65 ans et plus vivant seules",
      nl: "Alleenwonende 65-plussers",
      en: "People aged 65+ living alone",
    },
    unit: "percent",
    polarity: "higher_is_worse",
    what: {
      fr: "Ménages d'une personne de 65 ans et plus, en % des ménages privés. IBSA, Monitoring des Quartiers (données Statbel). Une seule définition est publiée : la série 2001-2024 des 57 quartiers qui l'ont. Pour 60 autres quartiers, l'export ne donne qu'une valeur 2025 de 8 à 64 %, incompatible avec cette série (elle correspond à la part des 65 ans et plus vivant seuls, un autre indicateur) : ces valeurs ne sont pas publiées (data_quality, definition_break). Faute de couvrir tous les quartiers classés, cette composante ne fait plus partie de l'indice de fragilité.",
      nl: "Eenpersoonshuishoudens van 65-plussers, in % van de private huishoudens. BISA, Wijkmonitoring (Statbel-gegevens). Er wordt één definitie gepubliceerd: de reeks 2001-2024 van de 57 wijken die ze hebben. Voor 60 andere wijken geeft de export enkel een waarde voor 2025 van 8 tot 64 %, onverenigbaar met die reeks (ze komt overeen met het aandeel alleenwonenden onder de 65-plussers, een andere indicator): die waarden worden niet gepubliceerd (data_quality, definition_break). Omdat ze niet alle gerangschikte wijken dekt, maakt deze component geen deel meer uit van de kwetsbaarheidsindex.",
      en: "One-person households aged 65 and over, as % of private households. IBSA, Monitoring des Quartiers (Statbel data). One definition is published: the 2001-2024 series of the 57 quartiers that have it. For 60 other quartiers the export gives only a 2025 value of 8 to 64 %, inconsistent with that series (it matches the share of residents aged 65+ who live alone, another indicator): those values are not published (data_quality, definition_break). As it does not cover every ranked quartier, this component is no longer part of the fragility index.",
    },
  },
};

/**
 * The components as published indicators, and the mean of the quartiers' median incomes published
 * above them; `yearOf` gives each one's latest year in the exports.
 */
export function componentDefinitions(yearOf: (id: ComponentId) => number): IndicatorDefinition[] {
  const components = COMPONENT_IDS.map((id): IndicatorDefinition => ({
    id,
    family: "fragility",
    label: COMPONENT_TEXT[id].label,
    unit: COMPONENT_TEXT[id].unit,
    polarity: COMPONENT_TEXT[id].polarity,
    year: yearOf(id),
    method: {
      fr: `${COMPONENT_TEXT[id].what.fr} ${AGGREGATION_TEXT[id].fr}`,
      nl: `${COMPONENT_TEXT[id].what.nl} ${AGGREGATION_TEXT[id].nl}`,
      en: `${COMPONENT_TEXT[id].what.en} ${AGGREGATION_TEXT[id].en}`,
    },
    sources: [COMPONENT_SOURCES[id].source, ...aggregationSources(id)],
    status: "published",
  }));
  const median = components.findIndex((d) => d.id === "median_income");
  components.splice(median + 1, 0, medianIncomeMeanDefinition(yearOf("median_income")));
  return components;
}

/** The index indicators every territory gets, whatever the themes. */
export const INDEX_IDS = [
  "fragility_index",
  "fragility_rank",
  "fragility_rank_best",
  "fragility_rank_worst",
  "fragility_flag_count",
] as const;

/** The index, its theme scores, rank, rank range and flag count as published indicators. */
export function indexDefinitions(parameters: FragilityParameters, year: number): IndicatorDefinition[] {
  const components = parameters.themes
    .map(
      (t) => `${t.label.en}: ${t.components.map((c) => `${c.id}${c.weight !== 1 ? ` ×${c.weight}` : ""}`).join(", ")}`,
    )
    .join("; ");
  const common = {
    fr: `Méthode de l'indice de vulnérabilité sociale des CDC : rang centile de chaque composante parmi les territoires comparables (quartiers résidentiels d'au moins ${parameters.min_residents} habitants entre eux, communes entre elles, bassins entre eux), somme des rangs par thème, rang centile des sommes. Les niveaux supérieurs sont recalculés à partir des taux reconstitués, jamais par moyenne de rangs. Chaque série de l'export du Monitoring est contrôlée (rupture de définition, série copiée d'un autre quartier, valeurs impossibles pour la population du quartier) : les valeurs écartées comptent comme manquantes et un quartier sans toutes ses composantes n'est pas classé (data_quality).`,
    nl: `Methode van de Social Vulnerability Index van de CDC: percentielrang van elke component onder vergelijkbare gebieden (woonwijken met minstens ${parameters.min_residents} inwoners onder elkaar, gemeenten onder elkaar, zorgbassins onder elkaar), som van de rangen per thema, percentielrang van de sommen. Hogere niveaus worden herberekend uit gereconstrueerde percentages, nooit als gemiddelde van rangen. Elke reeks van de export van de Wijkmonitoring wordt gecontroleerd (definitiebreuk, reeks gekopieerd van een andere wijk, waarden die de bevolking van de wijk onmogelijk maakt): weggelaten waarden tellen als ontbrekend en een wijk zonder al haar componenten wordt niet gerangschikt (data_quality).`,
    en: `Method of the CDC Social Vulnerability Index: percentile rank of each component among comparable territories (residential quartiers of at least ${parameters.min_residents} residents among themselves, communes among communes, bassins among bassins), sum of ranks per theme, percentile rank of the sums. Higher levels are recomputed from rebuilt rates, never by averaging ranks. Every series of the Monitoring export is checked (definition break, series copied from another quartier, values the quartier's population makes impossible): values set aside count as missing and a quartier without all its components is not ranked (data_quality).`,
  };
  // Components published but kept out of the index, with the reason (parameters.left_out).
  const leftOut = {
    fr: parameters.left_out.map((entry) => ` ${entry.reason.fr}`).join(""),
    nl: parameters.left_out.map((entry) => ` ${entry.reason.nl}`).join(""),
    en: parameters.left_out.map((entry) => ` ${entry.reason.en}`).join(""),
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
      fr: `${common.fr} ${extra.fr}${leftOut.fr}`,
      nl: `${common.nl} ${extra.nl}${leftOut.nl}`,
      en: `${common.en} ${extra.en} Components: ${components}.${leftOut.en}`,
    },
    sources: INDEX_SOURCES,
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
        themeScoreId(theme.id),
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
