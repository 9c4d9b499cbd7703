import { required, tableSchema } from "../table-schema.ts";
import { NAME_COLUMNS, NAME_EN_COLUMN, POPULATION_COLUMN, SECTOR_COUNT_COLUMN } from "./territory-columns.ts";

export const communes = tableSchema("communes", [
  required("commune_code", "VARCHAR"),
  ...NAME_COLUMNS,
  NAME_EN_COLUMN,
  required("bassin_code", "VARCHAR"),
  required("bassin_codes", "VARCHAR"),
  required("region_code", "VARCHAR"),
  POPULATION_COLUMN,
  SECTOR_COUNT_COLUMN,
]);
