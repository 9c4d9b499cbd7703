import { indicators } from "../../src/core/tables/indicators.ts";
import type { Table } from "../../src/core/table-schema.ts";
import { compareCodes } from "../lib/compare-codes.ts";
import type { IndicatorValue } from "../indicators/indicator-model.ts";
import { LEVEL_DESCRIPTION, TERRITORY_CODE_DESCRIPTION } from "./common-descriptions.ts";
import { declaredTable } from "./declared-table.ts";

/** The long `indicators` table: one row per level × territory × indicator × year. */
export function indicatorsTable(values: IndicatorValue[], levelOrder: string[]): Table {
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
      indicator_id: {
        fr: "Indicateur (table indicator_catalog)",
        nl: "Indicator (tabel indicator_catalog)",
        en: "Indicator (indicator_catalog table)",
      },
      year: { fr: "Année de référence", nl: "Referentiejaar", en: "Reference year" },
      value: {
        fr: "Valeur (vide si non disponible ou non applicable : voir flag)",
        nl: "Waarde (leeg indien niet beschikbaar of niet van toepassing: zie flag)",
        en: "Value (empty when not available or not applicable: see flag)",
      },
      numerator: { fr: "Numérateur, pour les taux", nl: "Teller, voor percentages", en: "Numerator, for rates" },
      denominator: { fr: "Dénominateur, pour les taux", nl: "Noemer, voor percentages", en: "Denominator, for rates" },
      flag: {
        fr: "Remarque de qualité ou raison d'une valeur absente",
        nl: "Kwaliteitsopmerking of reden van een ontbrekende waarde",
        en: "Quality note or reason for a missing value",
      },
    },
    sorted.map((v) => ({ ...v })),
  );
}
