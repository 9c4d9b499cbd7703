import { column } from "../../src/core/table-schema.ts";

/** Columns that key many tables, described once. */
export const LEVEL_COLUMN = column("level", "VARCHAR", {
  fr: "Niveau territorial (table levels)",
  nl: "Gebiedsniveau (tabel levels)",
  en: "Territorial level (levels table)",
});
export const TERRITORY_CODE_COLUMN = column("territory_code", "VARCHAR", {
  fr: "Code du territoire (table territories)",
  nl: "Code van het gebied (tabel territories)",
  en: "Territory code (territories table)",
});
