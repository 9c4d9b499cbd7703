/**
 * The rule's threshold and methods, published in `method_parameters`, and the sentence each
 * indicator's catalogue method gains to say how the rule treats it (FR/NL/EN).
 */
import type { Localized } from "../../../src/core/languages.ts";
import { MIN_RESIDENTS } from "../../../src/core/reliability.ts";
import type { IndicatorDefinition, MethodParameter } from "../indicator-model.ts";
import { treatmentOf, type ReliabilityTreatment } from "./rule.ts";

export { MIN_RESIDENTS };

export const reliabilityParameters: MethodParameter[] = [
  {
    family: "reliability",
    parameter: "min_residents",
    value: MIN_RESIDENTS,
    status: "setting",
    explanation: {
      fr: "La valeur d'un territoire de moins d'habitants n'est pas publiée (taux pour 1 000 ou 10 000 habitants : flag suppressed_small_denominator) ou est publiée avec le flag small_denominator (parts, moyennes, indices), à chaque niveau. Le même seuil que pour le classement de fragilité (fragility/min_residents), pour qu'une seule règle régisse chaque chiffre. Il suit la pratique des éditeurs de santé publique de ne pas montrer les valeurs qui reposent sur de trop petits nombres (OHID Fingertips ; APHO Technical Briefing 3, 2008) : à 1 000 habitants, un seul établissement fait varier un taux de 10 pour 10 000, plus du double de la densité de pharmacies de la Région, et l'intervalle à 95 % d'une part est encore d'environ ±3 points.",
      nl: "De waarde van een gebied met minder inwoners wordt niet gepubliceerd (cijfers per 1.000 of 10.000 inwoners: flag suppressed_small_denominator) of wordt gepubliceerd met de flag small_denominator (aandelen, gemiddelden, indexen), op elk niveau. Dezelfde drempel als voor de rangschikking van de kwetsbaarheid (fragility/min_residents), zodat één regel voor elk cijfer geldt. Hij volgt de praktijk van de volksgezondheidsinstanties om geen waarden te tonen die op te kleine aantallen steunen (OHID Fingertips; APHO Technical Briefing 3, 2008): bij 1.000 inwoners verschuift één voorziening een cijfer met 10 per 10.000, meer dan het dubbele van de apotheekdichtheid van het gewest, en het 95 %-interval van een aandeel is nog ongeveer ±3 punten.",
      en: "A value of a territory with fewer residents is withheld (rates per 1,000 or 10,000 residents: flag suppressed_small_denominator) or published with the flag small_denominator (shares, means, indices), at every level. The same threshold as the fragility ranking (fragility/min_residents), so that one rule governs every figure. It follows the public-health publishers' practice of not showing values that rest on too small numbers (OHID Fingertips; APHO Technical Briefing 3, 2008): at 1,000 residents one facility moves a rate by 10 per 10,000, more than twice the region's pharmacy density, and a share's 95 % interval is still about ±3 points.",
    },
    source_id: null,
  },
  {
    family: "reliability",
    parameter: "non_residential_quartiers",
    value: "cemetery;industrial;park",
    status: "reference",
    explanation: {
      fr: "Quartiers du Monitoring des Quartiers hors de la plage résidentielle des codes UrbIS (700 : cimetières, 800 : zones industrielles, 900 : parcs et forêts ; quartiers.type). Leurs valeurs portent le flag non_residential et le site les tient, comme toute valeur marquée small_denominator ou supprimée, à l'écart des classements, des listes des plus défavorisés et des classes de couleur (ils sont hachurés, avec la mention « trop peu d'habitants »).",
      nl: "Wijken van de Wijkmonitoring buiten de residentiële reeks van de UrbIS-codes (700: begraafplaatsen, 800: industriezones, 900: parken en bossen; quartiers.type). Hun waarden krijgen de flag non_residential en de site houdt ze, zoals elke waarde met de flag small_denominator of die niet gepubliceerd wordt, buiten rangschikkingen, lijsten van de slechtst scorende gebieden en kleurklassen (ze worden gearceerd getoond, met het label 'te weinig inwoners').",
      en: "Quartiers of the Monitoring des Quartiers outside the residential range of UrbIS codes (700s cemeteries, 800s industrial zones, 900s parks and forest: quartiers.type). Their values carry the flag non_residential and the site keeps them, like any value flagged small_denominator or suppressed, out of rankings, worst-first lists and colour classes (they are shown hatched, labelled 'too few residents').",
    },
    source_id: null,
  },
  {
    family: "reliability",
    parameter: "interval_proportion",
    value: "wilson_95",
    status: "reference",
    explanation: {
      fr: "Intervalle à 95 % d'une part dont l'effectif et le dénominateur sont connus : intervalle de score de Wilson (Newcombe 1998, méthode 3), comme le recommande l'APHO Technical Briefing 3 (2008) et comme l'utilise OHID Fingertips. Publié dans ci_low et ci_high, arrondi vers l'extérieur à 0,1 point, ou à la précision propre de l'indicateur quand elle est plus grossière (points entiers pour les parts de couverture), pour qu'un intervalle contienne toujours sa valeur publiée. Pour les parts de couverture, modélisées à partir d'une grille de population, il ne mesure que la variation due aux petits nombres, pas le placement des habitants (voir leurs lignes sensitivity_*).",
      nl: "95 %-interval van een aandeel met bekend aantal en bekende noemer: het score-interval van Wilson (Newcombe 1998, methode 3), zoals aanbevolen door APHO Technical Briefing 3 (2008) en gebruikt door OHID Fingertips. Gepubliceerd in ci_low en ci_high, naar buiten afgerond op 0,1 punt, of op de eigen precisie van de indicator als die grover is (hele punten voor de dekkingsaandelen), zodat een interval altijd zijn gepubliceerde waarde bevat. Voor de dekkingsaandelen, gemodelleerd op een bevolkingsraster, meet het alleen de variatie door kleine aantallen, niet de plaatsing van de inwoners (zie hun rijen sensitivity_*).",
      en: "95 % interval of a share with a known count and denominator: Wilson's score interval (Newcombe 1998, method 3), as recommended by APHO Technical Briefing 3 (2008) and used by OHID Fingertips. Published in ci_low and ci_high, rounded outwards to 0.1 point, or to the indicator's own precision where it is coarser (whole points for the coverage shares), so that an interval always contains its published value. For the coverage shares, modelled from a population grid, it measures small-number variation only, not the placement of residents (see their sensitivity_* rows).",
    },
    source_id: null,
  },
  {
    family: "reliability",
    parameter: "interval_count",
    value: "byar_95",
    status: "reference",
    explanation: {
      fr: "Intervalle à 95 % d'un effectif, et d'un effectif pour 1 000 ou 10 000 habitants : approximation de Byar de l'intervalle de Poisson exact (Breslow et Day 1987), comme le recommande l'APHO Technical Briefing 3 (2008) et comme l'utilise OHID Fingertips. Arrondi vers l'extérieur (0,1 pour 10 000 ; 0,01 pour 1 000), ou à la précision propre de l'indicateur quand elle est plus grossière.",
      nl: "95 %-interval van een aantal, en van een aantal per 1.000 of 10.000 inwoners: de benadering van Byar van het exacte Poisson-interval (Breslow en Day 1987), zoals aanbevolen door APHO Technical Briefing 3 (2008) en gebruikt door OHID Fingertips. Naar buiten afgerond (0,1 per 10.000; 0,01 per 1.000), of op de eigen precisie van de indicator als die grover is.",
      en: "95 % interval of a count, and of a count per 1,000 or 10,000 residents: Byar's approximation of the exact Poisson interval (Breslow and Day 1987), as recommended by APHO Technical Briefing 3 (2008) and used by OHID Fingertips. Rounded outwards (0.1 per 10,000; 0.01 per 1,000), or to the indicator's own precision where it is coarser.",
    },
    source_id: null,
  },
  {
    family: "reliability",
    parameter: "region_comparison",
    value: "interval_contains_region",
    status: "setting",
    explanation: {
      fr: "region_comparison vaut 'similar' quand l'intervalle publié contient la valeur publiée de la Région, sinon 'better' ou 'worse' selon la polarité de l'indicateur ('higher' ou 'lower' pour un indicateur neutre), comme Fingertips compare les territoires à l'Angleterre. Vide là où aucun intervalle n'est connu.",
      nl: "region_comparison is 'similar' als het gepubliceerde interval de gepubliceerde waarde van het gewest bevat, anders 'better' of 'worse' volgens de polariteit van de indicator ('higher' of 'lower' voor een neutrale), zoals Fingertips gebieden met Engeland vergelijkt. Leeg waar geen interval bekend is.",
      en: "region_comparison is 'similar' when the published interval contains the region's published value, otherwise 'better' or 'worse' by the indicator's polarity ('higher' or 'lower' for a neutral one), as Fingertips compares areas with England. Empty where no interval is known.",
    },
    source_id: null,
  },
];

const SENTENCES: Record<ReliabilityTreatment, Localized> = {
  suppress: {
    fr: `Règle des petits nombres : pour un territoire de moins de ${MIN_RESIDENTS} habitants, la valeur n'est pas publiée (flag suppressed_small_denominator ; numérateur et dénominateur restent publiés). Intervalle de confiance à 95 % de Byar (ci_low, ci_high) et comparaison avec la Région (region_comparison).`,
    nl: `Regel voor kleine aantallen: voor een gebied met minder dan ${MIN_RESIDENTS} inwoners wordt de waarde niet gepubliceerd (flag suppressed_small_denominator; teller en noemer blijven gepubliceerd). 95 %-betrouwbaarheidsinterval volgens Byar (ci_low, ci_high) en vergelijking met het Gewest (region_comparison).`,
    en: `Small-number rule: for a territory of fewer than ${MIN_RESIDENTS} residents the value is withheld (flag suppressed_small_denominator; numerator and denominator stay published). Byar 95 % confidence interval (ci_low, ci_high) and comparison with the region (region_comparison).`,
  },
  flag: {
    fr: `Règle des petits nombres : pour un territoire de moins de ${MIN_RESIDENTS} habitants, la valeur est publiée avec le flag small_denominator et n'entre pas dans les classements. Pour une part dont le numérateur et le dénominateur sont connus : intervalle de confiance à 95 % de Wilson (ci_low, ci_high) et comparaison avec la Région (region_comparison).`,
    nl: `Regel voor kleine aantallen: voor een gebied met minder dan ${MIN_RESIDENTS} inwoners wordt de waarde gepubliceerd met de flag small_denominator en niet gerangschikt. Voor een aandeel met bekende teller en noemer: 95 %-betrouwbaarheidsinterval volgens Wilson (ci_low, ci_high) en vergelijking met het Gewest (region_comparison).`,
    en: `Small-number rule: for a territory of fewer than ${MIN_RESIDENTS} residents the value is published with the flag small_denominator and left out of rankings. For a share with a known numerator and denominator: Wilson 95 % confidence interval (ci_low, ci_high) and comparison with the region (region_comparison).`,
  },
  exempt: {
    fr: `Règle des petits nombres : ne s'applique pas (un effectif d'habitants est lui-même le dénominateur ; la distance d'un secteur est une moyenne sur sa surface, calculée même sans habitants).`,
    nl: `Regel voor kleine aantallen: niet van toepassing (een aantal inwoners is zelf de noemer; de afstand van een sector is een gemiddelde over zijn oppervlakte, ook zonder inwoners berekend).`,
    en: `Small-number rule: does not apply (a count of residents is the denominator itself; a sector's distance is a mean over its area, computed even without residents).`,
  },
};

/**
 * The catalogue method with the rule's sentences for the indicator: one per treatment it receives
 * at the levels it is published at (a sector's distance is exempt, a quartier's mean is flagged).
 */
export function withReliabilityNote(definition: IndicatorDefinition, levels: string[]): IndicatorDefinition {
  const treatments = [...new Set(levels.map((level) => treatmentOf(definition, level)))].sort();
  const nonResidential: Localized = {
    fr: "Les quartiers non résidentiels (cimetières, zones industrielles, parcs) portent le flag non_residential.",
    nl: "Niet-residentiële wijken (begraafplaatsen, industriezones, parken) krijgen de flag non_residential.",
    en: "Non-residential quartiers (cemeteries, industrial zones, parks) carry the flag non_residential.",
  };
  const method = { ...definition.method };
  for (const language of ["fr", "nl", "en"] as const) {
    const sentences = treatments.map((treatment) => SENTENCES[treatment][language]);
    if (levels.includes("quartier")) sentences.push(nonResidential[language]);
    method[language] = [method[language], ...sentences].join(" ");
  }
  return { ...definition, method };
}
