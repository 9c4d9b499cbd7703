import { indicator_trends } from "../../src/core/tables/indicator_trends.ts";
import type { Table } from "../../src/core/table-schema.ts";
import { compareCodes } from "../lib/compare-codes.ts";
import type { TrendRow } from "../indicators/series/trends.ts";
import { INDICATOR_ID_DESCRIPTION, LEVEL_DESCRIPTION, TERRITORY_CODE_DESCRIPTION } from "./common-descriptions.ts";
import { declaredTable } from "./declared-table.ts";

/** `indicator_trends`: change and robust trend of every series over its last comparable years. */
export function trendsTable(rows: TrendRow[], levelOrder: string[]): Table {
  const rank = new Map(levelOrder.map((level, index) => [level, index]));
  const sorted = [...rows].sort(
    (a, b) =>
      rank.get(a.level)! - rank.get(b.level)! ||
      a.indicator_id.localeCompare(b.indicator_id) ||
      compareCodes(a.territory_code, b.territory_code),
  );
  return declaredTable(
    indicator_trends,
    {
      fr: "Évolution de chaque indicateur publié sur plusieurs années, par territoire, sur ses dernières années comparables (sans rupture de série) : variation absolue et relative, pente robuste (Theil–Sen) avec son intervalle à 95 % et sens de l'évolution selon la polarité.",
      nl: "Evolutie van elke indicator die over meerdere jaren gepubliceerd is, per gebied, over de laatste vergelijkbare jaren (zonder breuk in de reeks): absolute en relatieve verandering, robuuste helling (Theil–Sen) met haar 95 %-interval en richting volgens de polariteit.",
      en: "Change of every indicator published for several years, per territory, over its last comparable years (no series break): absolute and relative change, robust slope (Theil–Sen) with its 95 % interval and polarity-aware direction.",
    },
    {
      level: LEVEL_DESCRIPTION,
      territory_code: TERRITORY_CODE_DESCRIPTION,
      indicator_id: INDICATOR_ID_DESCRIPTION,
      from_year: {
        fr: "Première année avec une valeur des dernières années comparables : après la dernière rupture, ou la dernière suite d'au moins deux années comparables si une méthode commence à la dernière année",
        nl: "Eerste jaar met een waarde van de laatste vergelijkbare jaren: na de laatste breuk, of de laatste reeks van minstens twee vergelijkbare jaren als een methode in het laatste jaar begint",
        en: "First year with a value of the last comparable years: after the last break, or the latest run of at least two comparable years where a method starts in the last year",
      },
      to_year: {
        fr: "Dernière année avec une valeur de ces années",
        nl: "Laatste jaar met een waarde van die jaren",
        en: "Last year with a value of those years",
      },
      value_from: { fr: "Valeur en from_year", nl: "Waarde in from_year", en: "Value in from_year" },
      value_to: { fr: "Valeur en to_year", nl: "Waarde in to_year", en: "Value in to_year" },
      change_abs: {
        fr: "Variation absolue, value_to − value_from, dans l'unité de l'indicateur",
        nl: "Absolute verandering, value_to − value_from, in de eenheid van de indicator",
        en: "Absolute change, value_to − value_from, in the indicator's unit",
      },
      change_rel_pct: {
        fr: "Variation relative en % de value_from (vide si value_from vaut 0)",
        nl: "Relatieve verandering in % van value_from (leeg als value_from 0 is)",
        en: "Relative change in % of value_from (empty when value_from is 0)",
      },
      slope_per_year: {
        fr: "Pente de Theil–Sen (médiane des pentes entre toutes les paires d'années), par an",
        nl: "Theil–Sen-helling (mediaan van de hellingen tussen alle paren jaren), per jaar",
        en: "Theil–Sen slope (median of the slopes between every pair of years), per year",
      },
      slope_low: {
        fr: "Borne basse de l'intervalle de confiance à 95 % de la pente (Sen, variance du S de Kendall avec ex aequo) ; vide avec moins de 3 années",
        nl: "Ondergrens van het 95 %-betrouwbaarheidsinterval van de helling (Sen, variantie van Kendalls S met gelijke waarden); leeg bij minder dan 3 jaren",
        en: "Lower limit of the slope's 95 % confidence interval (Sen, variance of Kendall's S with ties); empty with fewer than 3 years",
      },
      slope_high: {
        fr: "Borne haute de l'intervalle de confiance à 95 % de la pente",
        nl: "Bovengrens van het 95 %-betrouwbaarheidsinterval van de helling",
        en: "Upper limit of the slope's 95 % confidence interval",
      },
      n_years: {
        fr: "Nombre d'années avec une valeur entre from_year et to_year",
        nl: "Aantal jaren met een waarde tussen from_year en to_year",
        en: "Number of years with a value from from_year to to_year",
      },
      direction: {
        fr: "Sens selon la polarité : improved (amélioration), worsened (dégradation), no_clear_change (l'intervalle de la pente contient 0, moins de 3 années comparables ou petits nombres) ; vide pour un indicateur neutre",
        nl: "Richting volgens de polariteit: improved (verbeterd), worsened (verslechterd), no_clear_change (het interval van de helling bevat 0, minder dan 3 vergelijkbare jaren of kleine aantallen); leeg voor een neutrale indicator",
        en: "Polarity-aware direction: improved, worsened, no_clear_change (the slope's interval contains 0, fewer than 3 comparable years, or small numbers); empty for a neutral indicator",
      },
    },
    sorted.map((r) => ({ ...r })),
  );
}
