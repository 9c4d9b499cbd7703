import { required, tableSchema } from "../table-schema.ts";
import { NAME_COLUMNS, NAME_EN_COLUMN, POPULATION_COLUMN, SECTOR_COUNT_COLUMN } from "./territory-columns.ts";

/** The Monitoring quartiers; `<level>_codes` lists every coarser territory a quartier overlaps. */
export const quartiers = tableSchema("quartiers", [
  required("quartier_code", "VARCHAR"),
  ...NAME_COLUMNS,
  NAME_EN_COLUMN,
  required("type", "VARCHAR"),
  required("commune_code", "VARCHAR"),
  required("commune_codes", "VARCHAR"),
  required("bassin_code", "VARCHAR"),
  required("bassin_codes", "VARCHAR"),
  required("region_code", "VARCHAR"),
  POPULATION_COLUMN,
  SECTOR_COUNT_COLUMN,
]);
