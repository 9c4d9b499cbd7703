import { indicators } from "../../src/core/tables/indicators.ts";
import type { Table } from "../../src/core/table-schema.ts";
import { compareCodes } from "../lib/compare-codes.ts";
import type { SeriesValue } from "../indicators/series/breaks.ts";
import {
  INDICATOR_ID_DESCRIPTION,
  LEVEL_DESCRIPTION,
  TERRITORY_CODE_DESCRIPTION,
  REFERENCE_YEAR_DESCRIPTION,
} from "./common-descriptions.ts";
import { declaredTable } from "./declared-table.ts";

/** The long `indicators` table: one row per level × territory × indicator × year. */
export function indicatorsTable(values: SeriesValue[], levelOrder: string[]): Table {
  const rank = new Map(levelOrder.map((level, index) => [level, index]));
  const sorted = [...values].sort(
    (a, b) =>
      rank.get(a.level)! - rank.get(b.level)! ||
      a.indicator_id.localeCompare(b.indicator_id) ||
      compareCodes(a.territory_code, b.territory_code) ||
      a.year - b.year,
  );
  return declaredTable(
    indicators,
    {
      fr: "Valeurs des indicateurs, format long : une ligne par niveau, territoire, indicateur et année. Définitions dans indicator_catalog.",
      nl: "Waarden van de indicatoren, lang formaat: één rij per niveau, gebied, indicator en jaar. Definities in indicator_catalog.",
      en: "Indicator values in long format: one row per level, territory, indicator and year. Definitions in indicator_catalog.",
    },
    {
      level: LEVEL_DESCRIPTION,
      territory_code: TERRITORY_CODE_DESCRIPTION,
      indicator_id: INDICATOR_ID_DESCRIPTION,
      year: REFERENCE_YEAR_DESCRIPTION,
      value: {
        fr: "Valeur (vide si non disponible ou non applicable : voir flag)",
        nl: "Waarde (leeg indien niet beschikbaar of niet van toepassing: zie flag)",
        en: "Value (empty when not available or not applicable: see flag)",
      },
      numerator: { fr: "Numérateur, pour les taux", nl: "Teller, voor percentages", en: "Numerator, for rates" },
      denominator: { fr: "Dénominateur, pour les taux", nl: "Noemer, voor percentages", en: "Denominator, for rates" },
      flag: {
        fr: "Remarques de qualité ou raison d'une valeur absente, séparées par « ; » (small_denominator : moins d'habitants que le seuil de method_parameters reliability/min_residents ; suppressed_small_denominator : valeur retenue pour cette raison ; non_residential : cimetière, zone industrielle ou parc)",
        nl: "Kwaliteitsopmerkingen of reden van een ontbrekende waarde, gescheiden door ';' (small_denominator: minder inwoners dan de drempel in method_parameters reliability/min_residents; suppressed_small_denominator: waarde daarom niet gepubliceerd; non_residential: begraafplaats, industriezone of park)",
        en: "Quality notes or the reason for a missing value, separated by ';' (small_denominator: fewer residents than the threshold in method_parameters reliability/min_residents; suppressed_small_denominator: value withheld for that reason; non_residential: cemetery, industrial zone or park)",
      },
      ci_low: {
        fr: "Borne basse de l'intervalle de confiance à 95 % (Wilson pour une part, Byar pour un taux par habitants), là où numérateur et dénominateur sont connus",
        nl: "Ondergrens van het 95 %-betrouwbaarheidsinterval (Wilson voor een aandeel, Byar voor een aantal per inwoners), waar teller en noemer bekend zijn",
        en: "Lower limit of the 95 % confidence interval (Wilson for a share, Byar for a rate per residents), where numerator and denominator are known",
      },
      ci_high: {
        fr: "Borne haute de l'intervalle de confiance à 95 %",
        nl: "Bovengrens van het 95 %-betrouwbaarheidsinterval",
        en: "Upper limit of the 95 % confidence interval",
      },
      region_comparison: {
        fr: "Comparaison avec la Région selon l'intervalle : similar (l'intervalle contient la valeur régionale), better, worse (selon la polarité), higher ou lower (indicateur neutre)",
        nl: "Vergelijking met het Gewest volgens het interval: similar (het interval bevat de gewestelijke waarde), better, worse (volgens de polariteit), higher of lower (neutrale indicator)",
        en: "Comparison with the region using the interval: similar (the interval contains the region's value), better, worse (by polarity), higher or lower (neutral indicator)",
      },
      series_break: {
        fr: "Rupture de série entre l'année précédente publiée pour ce territoire et cette année : definition (définition changée), territorial (limites changées), source (autre source) ou method (autre méthode) ; vide si la série est comparable ou pour la première année. Ne pas comparer par-dessus une rupture.",
        nl: "Breuk in de reeks tussen het vorige gepubliceerde jaar van dit gebied en dit jaar: definition (andere definitie), territorial (andere grenzen), source (andere bron) of method (andere methode); leeg als de reeks vergelijkbaar is of voor het eerste jaar. Niet vergelijken over een breuk heen.",
        en: "Series break between this territory's previous published year and this year: definition (changed definition), territorial (changed boundaries), source (another source) or method (another method); empty where the series is comparable or on the first year. Do not compare across a break.",
      },
    },
    sorted.map((v) => ({ ci_low: null, ci_high: null, region_comparison: null, ...v, series_break: v.series_break })),
  );
}
