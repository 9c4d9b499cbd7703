import { nullable, required, tableSchema } from "../table-schema.ts";
import { LEVEL_COLUMN, TERRITORY_CODE_COLUMN } from "./common-columns.ts";

/** Indicator values, long format; a missing value says why in `flag` (tokens joined by ";"). */
export const indicators = tableSchema("indicators", [
  LEVEL_COLUMN,
  TERRITORY_CODE_COLUMN,
  required("indicator_id", "VARCHAR"),
  required("year", "INTEGER"),
  nullable("value", "DOUBLE"),
  nullable("numerator", "DOUBLE"),
  nullable("denominator", "DOUBLE"),
  nullable("flag", "VARCHAR"),
  nullable("ci_low", "DOUBLE"),
  nullable("ci_high", "DOUBLE"),
  nullable("region_comparison", "VARCHAR"),
  // The kind of break (definition, territorial, source, method) since the area's previous year.
  nullable("series_break", "VARCHAR"),
]);
