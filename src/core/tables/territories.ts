import { required, tableSchema } from "../table-schema.ts";
import { NAME_COLUMNS, NAME_EN_COLUMN, POPULATION_COLUMN, SECTOR_COUNT_COLUMN } from "./territory-columns.ts";

/** Every territory of every level, one row each. */
export const territories = tableSchema("territories", [
  required("level", "VARCHAR"),
  required("code", "VARCHAR"),
  ...NAME_COLUMNS,
  NAME_EN_COLUMN,
  POPULATION_COLUMN,
  SECTOR_COUNT_COLUMN,
]);
