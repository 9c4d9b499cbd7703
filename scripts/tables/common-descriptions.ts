/** Descriptions of the columns that key many tables (src/core/tables/common-columns.ts), written once. */
export const LEVEL_DESCRIPTION = {
  fr: "Niveau territorial (table levels)",
  nl: "Gebiedsniveau (tabel levels)",
  en: "Territorial level (levels table)",
};
export const TERRITORY_CODE_DESCRIPTION = {
  fr: "Code du territoire (table territories)",
  nl: "Code van het gebied (tabel territories)",
  en: "Territory code (territories table)",
};
export const INDICATOR_ID_DESCRIPTION = {
  fr: "Indicateur (table indicator_catalog)",
  nl: "Indicator (tabel indicator_catalog)",
  en: "Indicator (indicator_catalog table)",
};
export const REFERENCE_YEAR_DESCRIPTION = { fr: "Année de référence", nl: "Referentiejaar", en: "Reference year" };
/** Where a wide table's value columns send the reader for what they leave out. */
export const FLAGS_IN_INDICATORS = {
  fr: "flags et intervalles dans la table indicators",
  nl: "flags en intervallen in de tabel indicators",
  en: "flags and intervals in the indicators table",
};
