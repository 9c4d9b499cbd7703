import type { Localized } from "../../../src/core/languages.ts";
import { MONITORING_EXPORT } from "../../raw/ibsa-monitoring-export.ts";
import { PORTAL_EXPORT } from "../../raw/ibsa-monitoring-vulnerability.ts";
import { AGE_SOURCE } from "../../raw/statbel-population-age-sex-commune.ts";
import { SOURCES } from "../../territory/territorial-model.ts";
import type { IndicatorDefinition } from "../indicator-model.ts";
import { POPULATION_YEAR } from "../population/catalogue.ts";
import type { NeedWeights } from "./need-weights.ts";
import type { ShortageParameters } from "../../../src/core/gp/shortage.ts";

/**
 * The GP family's published indicators: need, then shortage (ids, labels, units, polarity,
 * method texts, in reading order). The values come from stage.ts.
 */

/**
 * What the need indicators rest on: the GP-use figures the weights derive from
 * (data/reference/gp-need-weights.csv), the age and BIM shares, Statbel's commune age bands
 * (fallback) and the sector populations.
 */
export const NEED_SOURCES = [
  "web-gp-use-by-age-as-stated",
  PORTAL_EXPORT,
  MONITORING_EXPORT,
  AGE_SOURCE,
  SOURCES.sectors,
];
export const SHORTAGE_IDS = [
  "gp_per_1000",
  "gp_fte_per_1000",
  "gp_need_adjusted_per_1000",
  "gp_access_2sfca",
  "gp_share_below_threshold",
  "gp_share_below_severe",
] as const;
export type ShortageId = (typeof SHORTAGE_IDS)[number];
/** The indicators that need practice positions. */
export const SPATIAL_IDS: readonly ShortageId[] = [
  "gp_access_2sfca",
  "gp_share_below_threshold",
  "gp_share_below_severe",
];

/** What the GP supply of this build is, as the definitions word it. */
export interface SupplyDescription {
  /** No supply, located practices, or counts per quartier. */
  kind: "none" | "practices" | "counts";
  /** The supply sources read (none when kind is "none"). */
  sources: string[];
  /** Year of the supply, or of the need figures when there is none. */
  year: number;
  /** What a GP counts as in the need-adjusted ratio: full-time equivalents or heads. */
  capacityBasis: string;
}

/** The GP indicators as published, worded for the supply this build has (none, practices or counts). */
export function gpDefinitions(
  supply: SupplyDescription,
  p: ShortageParameters,
  w: NeedWeights,
  needYear: number,
): IndicatorDefinition[] {
  const { sources: supplySources, year } = supply;
  const notAvailable: Localized = {
    fr: " Offre non disponible dans cette version : aucun fichier ouvert des cabinets de médecine générale ne couvre la région ; la méthode est prête pour ces données.",
    nl: " Aanbod niet beschikbaar in deze versie: geen open bestand van huisartsenpraktijken dekt het gewest; de methode is klaar voor die gegevens.",
    en: " Supply not available in this build: no open file of GP practices covers the region; the method is ready for the data.",
  };
  const fromCounts: Localized = {
    fr: " Offre donnée en nombres de généralistes par quartier : calculé pour les territoires formés de quartiers entiers.",
    nl: " Aanbod gegeven als aantallen huisartsen per wijk: berekend voor gebieden die uit hele wijken bestaan.",
    en: " Supply given as GP counts per quartier: computed for territories made of whole quartiers.",
  };
  const needsLocations: Localized = {
    fr: " Non calculé dans cette version : l'offre est donnée en nombres par quartier, sans la position des cabinets que cette méthode demande.",
    nl: " Niet berekend in deze versie: het aanbod is gegeven als aantallen per wijk, zonder de ligging van de praktijken die deze methode vraagt.",
    en: " Not computed in this build: the supply is given as counts per quartier, without the practice positions this method needs.",
  };
  const define = (
    id: ShortageId,
    label: Localized,
    unit: string,
    polarity: IndicatorDefinition["polarity"],
    method: Localized,
  ): IndicatorDefinition => {
    const spatial = SPATIAL_IDS.includes(id);
    const available = supply.kind === "practices" || (supply.kind === "counts" && !spatial);
    const suffix =
      supply.kind === "none" ? notAvailable : supply.kind === "counts" ? (spatial ? needsLocations : fromCounts) : null;
    return {
      id,
      family: "gp",
      label,
      unit,
      polarity,
      year,
      status: available ? "published" : "not_available",
      sources: [...supplySources, ...NEED_SOURCES],
      method: suffix ? { fr: method.fr + suffix.fr, nl: method.nl + suffix.nl, en: method.en + suffix.en } : method,
    };
  };
  const needDefinition = (
    id: string,
    label: Localized,
    unit: string,
    polarity: IndicatorDefinition["polarity"],
    method: Localized,
  ): IndicatorDefinition => ({
    id,
    family: "gp",
    label,
    unit,
    polarity,
    year: needYear,
    status: "published",
    sources: NEED_SOURCES,
    method,
  });
  const needMethod: Localized = {
    fr: `Besoin attendu en médecine générale par habitant, relatif à la moyenne régionale (= 1). Chaque habitant est pondéré par le recours au généraliste de son âge, par habitant et non par patient : contacts par patient (AIM) multipliés par la part des habitants ayant vu un généraliste dans l'année (95-97 % à 75 ans et plus, 77 % des hommes de 25-44 ans). Poids (structure d'âge IBSA ${needYear} du quartier) : moins de 65 ans ${w.age_weight_0_64}, 65-79 ans ${w.age_weight_65_79} (hypothèse : point médian, aucun chiffre publié), 80 ans et plus ${w.age_weight_80_plus}. La précarité relève le besoin des moins de 65 ans selon la part BIM du quartier (facteur ${w.precarity_uplift_bim}, rapport des contacts avec et sans BIM à 25-44 ans) ; elle ne relève pas les 65 ans et plus, dont les poids incluent déjà la part BIM de leur âge : la BIM n'est comptée qu'une fois. Chaque chiffre utilisé, sa source et son année figurent dans method_parameters (famille gp). Un quartier sans structure d'âge ou sans part BIM publiée prend celles de sa commune (Statbel ; BIM recalculée depuis les quartiers) ; sa valeur porte le signalement « repli sur la commune » et une ligne de data_quality. Secteurs : valeurs de leur quartier.`,
    nl: `Verwachte nood aan huisartsenzorg per inwoner, relatief t.o.v. het gewestelijk gemiddelde (= 1). Elke inwoner wordt gewogen naar het huisartsgebruik van zijn leeftijd, per inwoner en niet per patiënt: contacten per patiënt (IMA) vermenigvuldigd met het aandeel inwoners dat in het jaar een huisarts zag (95-97 % bij 75+, 77 % van de mannen van 25-44). Gewichten (leeftijdsstructuur van de wijk, BISA ${needYear}): jonger dan 65 ${w.age_weight_0_64}, 65-79 jaar ${w.age_weight_65_79} (veronderstelling: middenpunt, geen gepubliceerd cijfer), 80+ ${w.age_weight_80_plus}. Bestaansonzekerheid verhoogt de nood van de inwoners jonger dan 65 volgens het VT-aandeel van de wijk (factor ${w.precarity_uplift_bim}, verhouding van de contacten met en zonder VT bij 25-44 jaar); niet die van de 65-plussers, wier gewichten het VT-aandeel van hun leeftijd al bevatten: VT telt maar één keer. Elk gebruikt cijfer, zijn bron en jaar staan in method_parameters (familie gp). Een wijk zonder gepubliceerde leeftijdsstructuur of VT-aandeel neemt die van haar gemeente (Statbel; VT herberekend uit de wijken); haar waarde krijgt de markering 'gemeentegegevens gebruikt' en een regel in data_quality. Sectoren: waarden van hun wijk.`,
    en: `Expected need for general practice per resident, relative to the regional mean (= 1). Each resident is weighted by the GP use of their age, per resident rather than per patient: contacts per patient (IMA/AIM) times the share of residents who saw a GP in the year (95-97 % at 75+, 77 % of men aged 25-44). Weights (the quartier's IBSA ${needYear} age structure): under 65 ${w.age_weight_0_64}, 65-79 ${w.age_weight_65_79} (an assumption: the midpoint, no figure is published), 80+ ${w.age_weight_80_plus}. Precarity raises the need of residents under 65 by the quartier's BIM share (factor ${w.precarity_uplift_bim}, the ratio of contacts with and without BIM at ages 25-44); it does not raise the over-65s, whose weights already hold the BIM share of their age, so BIM counts once. Every figure used, its source and year are in method_parameters (family gp). A quartier without published age shares or BIM share takes its commune's (Statbel; BIM rebuilt from quartiers); its value is flagged 'municipality data used' with a data_quality row. Sectors take their quartier's values.`,
  };
  const needPopulationMethod: Localized = {
    fr: `Habitants (1er janvier ${POPULATION_YEAR}) multipliés par leur besoin en médecine générale relatif à la moyenne régionale (indice de besoin) : le nombre d'habitants « moyens » auquel équivaut la demande attendue du territoire. La somme sur la région égale sa population. ${needMethod.fr}`,
    nl: `Inwoners (1 januari ${POPULATION_YEAR}) vermenigvuldigd met hun nood aan huisartsenzorg t.o.v. het gewestelijk gemiddelde (noodindex): het aantal 'gemiddelde' inwoners waarmee de verwachte vraag van het gebied overeenkomt. De som over het gewest is gelijk aan zijn bevolking. ${needMethod.nl}`,
    en: `Residents (1 January ${POPULATION_YEAR}) multiplied by their need for general practice relative to the regional mean (the need index): the number of 'average' residents the territory's expected demand amounts to. Summed over the region it equals the population. ${needMethod.en}`,
  };
  const capacity =
    supply.capacityBasis === "fte" ? { fr: "ETP", nl: "VTE", en: "FTE" } : { fr: "médecins", nl: "artsen", en: "GPs" };
  return [
    needDefinition(
      "gp_need_index",
      {
        fr: "Besoin en médecine générale (indice)",
        nl: "Nood aan huisartsenzorg (index)",
        en: "Need for general practice (index)",
      },
      "index_region_1",
      "higher_is_worse",
      needMethod,
    ),
    needDefinition(
      "gp_need_population",
      { fr: "Population pondérée par le besoin", nl: "Bevolking gewogen naar nood", en: "Need-weighted population" },
      "persons",
      "neutral",
      needPopulationMethod,
    ),
    define(
      "gp_per_1000",
      {
        fr: "Médecins généralistes pour 1 000 habitants",
        nl: "Huisartsen per 1.000 inwoners",
        en: "GPs per 1,000 residents",
      },
      "per_1000",
      "higher_is_better",
      {
        fr: `Généralistes actifs dans le territoire pour 1 000 habitants, comparés aux seuils INAMI (pénurie sous ${p.inami_shortage_per_1000}, pénurie sévère sous ${p.inami_severe_per_1000}).`,
        nl: `Actieve huisartsen in het gebied per 1.000 inwoners, vergeleken met de RIZIV-drempels (tekort onder ${p.inami_shortage_per_1000}, ernstig tekort onder ${p.inami_severe_per_1000}).`,
        en: `Active GPs in the territory per 1,000 residents, against the INAMI thresholds (shortage below ${p.inami_shortage_per_1000}, severe below ${p.inami_severe_per_1000}).`,
      },
    ),
    define(
      "gp_fte_per_1000",
      {
        fr: "Généralistes en ETP pour 1 000 habitants",
        nl: "Huisartsen in VTE per 1.000 inwoners",
        en: "GP full-time equivalents per 1,000 residents",
      },
      "per_1000",
      "higher_is_better",
      {
        fr: "Équivalents temps plein de médecine générale pour 1 000 habitants.",
        nl: "Voltijdse equivalenten huisartsgeneeskunde per 1.000 inwoners.",
        en: "General-practice full-time equivalents per 1,000 residents.",
      },
    ),
    define(
      "gp_need_adjusted_per_1000",
      { fr: "Offre rapportée au besoin", nl: "Aanbod t.o.v. de nood", en: "Supply relative to need" },
      "per_1000",
      "higher_is_better",
      {
        fr: `${capacity.fr} pour 1 000 habitants pondérés par le besoin (âge et précarité).`,
        nl: `${capacity.nl} per 1.000 inwoners gewogen naar nood (leeftijd en bestaansonzekerheid).`,
        en: `${capacity.en} per 1,000 need-weighted residents (age and precarity).`,
      },
    ),
    define(
      "gp_access_2sfca",
      {
        fr: "Accessibilité spatiale aux généralistes (2SFCA)",
        nl: "Ruimtelijke toegankelijkheid van huisartsen (2SFCA)",
        en: "Spatial access to GPs (2SFCA)",
      },
      "per_1000",
      "higher_is_better",
      {
        fr: `Méthode à deux étapes des aires flottantes (2SFCA) : rayon ${p.catchment_m} m à vol d'oiseau depuis le point représentatif de chaque secteur, décroissance ${p.decay}, demande pondérée par le besoin ; moyenne pondérée par la population.`,
        nl: `Two-step floating catchment area (2SFCA): straal ${p.catchment_m} m in vogelvlucht vanaf het representatieve punt van elke sector, afname ${p.decay}, vraag gewogen naar nood; bevolkingsgewogen gemiddelde.`,
        en: `Two-step floating catchment area (2SFCA): ${p.catchment_m} m straight-line radius from each sector's representative point, ${p.decay} distance decay, need-weighted demand; population-weighted mean.`,
      },
    ),
    define(
      "gp_share_below_threshold",
      {
        fr: "Habitants en zone sous le seuil INAMI",
        nl: "Inwoners in zones onder de RIZIV-drempel",
        en: "Residents in zones below the INAMI threshold",
      },
      "percent",
      "higher_is_worse",
      {
        fr: `Part des habitants vivant dans un secteur dont l'accessibilité 2SFCA est inférieure à ${p.inami_shortage_per_1000} généraliste pour 1 000.`,
        nl: `Aandeel inwoners in een sector waarvan de 2SFCA-toegankelijkheid lager is dan ${p.inami_shortage_per_1000} huisarts per 1.000.`,
        en: `Share of residents living in a sector whose 2SFCA access is below ${p.inami_shortage_per_1000} GP per 1,000.`,
      },
    ),
    define(
      "gp_share_below_severe",
      {
        fr: "Habitants en zone de pénurie sévère",
        nl: "Inwoners in zones met ernstig tekort",
        en: "Residents in severe-shortage zones",
      },
      "percent",
      "higher_is_worse",
      {
        fr: `Part des habitants vivant dans un secteur dont l'accessibilité 2SFCA est inférieure à ${p.inami_severe_per_1000} généraliste pour 1 000.`,
        nl: `Aandeel inwoners in een sector waarvan de 2SFCA-toegankelijkheid lager is dan ${p.inami_severe_per_1000} huisarts per 1.000.`,
        en: `Share of residents living in a sector whose 2SFCA access is below ${p.inami_severe_per_1000} GP per 1,000.`,
      },
    ),
  ];
}
