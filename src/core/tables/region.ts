import { required, tableSchema } from "../table-schema.ts";
import { NAME_COLUMNS, NAME_EN_COLUMN, POPULATION_COLUMN, SECTOR_COUNT_COLUMN } from "./territory-columns.ts";

export const region = tableSchema("region", [
  required("region_code", "VARCHAR"),
  ...NAME_COLUMNS,
  NAME_EN_COLUMN,
  POPULATION_COLUMN,
  SECTOR_COUNT_COLUMN,
]);
