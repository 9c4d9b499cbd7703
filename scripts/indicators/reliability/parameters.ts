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
    explanation:
      "A value of a territory with fewer residents is withheld (rates per 1,000 or 10,000 residents: flag suppressed_small_denominator) or published with the flag small_denominator (shares, means, indices), at every level. The same threshold as the fragility ranking (fragility/min_residents), so that one rule governs every figure. It follows the public-health publishers' practice of not showing values that rest on too small numbers (OHID Fingertips; APHO Technical Briefing 3, 2008): at 1,000 residents one facility moves a rate by 10 per 10,000, more than twice the region's pharmacy density, and a share's 95 % interval is still about ±3 points.",
    source_id: null,
  },
  {
    family: "reliability",
    parameter: "non_residential_quartiers",
    value: "cemetery;industrial;park",
    status: "reference",
    explanation:
      "Quartiers of the Monitoring des Quartiers outside the residential range of UrbIS codes (700s cemeteries, 800s industrial zones, 900s parks and forest: quartiers.type). Their values carry the flag non_residential and the site keeps them, like any value flagged small_denominator or suppressed, out of rankings, worst-first lists and colour classes (they are shown hatched, labelled 'too few residents').",
    source_id: null,
  },
  {
    family: "reliability",
    parameter: "interval_proportion",
    value: "wilson_95",
    status: "reference",
    explanation:
      "95 % interval of a share with a known count and denominator: Wilson's score interval (Newcombe 1998, method 3), as recommended by APHO Technical Briefing 3 (2008) and used by OHID Fingertips. Published in ci_low and ci_high, rounded outwards to 0.1 point, or to the indicator's own precision where it is coarser (whole points for the coverage shares), so that an interval always contains its published value. For the coverage shares, modelled from a population grid, it measures small-number variation only, not the placement of residents (see their sensitivity_* rows).",
    source_id: null,
  },
  {
    family: "reliability",
    parameter: "interval_count",
    value: "byar_95",
    status: "reference",
    explanation:
      "95 % interval of a count, and of a count per 1,000 or 10,000 residents: Byar's approximation of the exact Poisson interval (Breslow and Day 1987), as recommended by APHO Technical Briefing 3 (2008) and used by OHID Fingertips. Rounded outwards (0.1 per 10,000; 0.01 per 1,000), or to the indicator's own precision where it is coarser.",
    source_id: null,
  },
  {
    family: "reliability",
    parameter: "region_comparison",
    value: "interval_contains_region",
    status: "setting",
    explanation:
      "region_comparison is 'similar' when the published interval contains the region's published value, otherwise 'better' or 'worse' by the indicator's polarity ('higher' or 'lower' for a neutral one), as Fingertips compares areas with England. Empty where no interval is known.",
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
