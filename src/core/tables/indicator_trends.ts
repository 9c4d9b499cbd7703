import { nullable, required, tableSchema } from "../table-schema.ts";
import { LEVEL_COLUMN, TERRITORY_CODE_COLUMN } from "./common-columns.ts";

/** The change and trend of every series over its last comparable years (one row per area and indicator). */
export const indicator_trends = tableSchema("indicator_trends", [
  LEVEL_COLUMN,
  TERRITORY_CODE_COLUMN,
  required("indicator_id", "VARCHAR"),
  required("from_year", "INTEGER"),
  required("to_year", "INTEGER"),
  required("value_from", "DOUBLE"),
  required("value_to", "DOUBLE"),
  required("change_abs", "DOUBLE"),
  nullable("change_rel_pct", "DOUBLE"),
  nullable("slope_per_year", "DOUBLE"),
  nullable("slope_low", "DOUBLE"),
  nullable("slope_high", "DOUBLE"),
  required("n_years", "INTEGER"),
  nullable("direction", "VARCHAR"),
]);
