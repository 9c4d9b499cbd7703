import { required, tableSchema } from "../table-schema.ts";
import { NAME_COLUMNS, NAME_EN_COLUMN, POPULATION_COLUMN, SECTOR_COUNT_COLUMN } from "./territory-columns.ts";

export const bassins = tableSchema("bassins", [
  required("bassin_code", "VARCHAR"),
  ...NAME_COLUMNS,
  NAME_EN_COLUMN,
  required("region_code", "VARCHAR"),
  POPULATION_COLUMN,
  SECTOR_COUNT_COLUMN,
]);
