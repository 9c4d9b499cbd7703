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
