import { nullable, required, tableSchema } from "../table-schema.ts";
import { LEVEL_COLUMN } from "./common-columns.ts";

/** Missing, corrected or excluded values; a note may be about a whole source, level or indicator. */
export const data_quality = tableSchema("data_quality", [
  nullable("source_id", "VARCHAR"),
  LEVEL_COLUMN,
  nullable("territory_code", "VARCHAR"),
  nullable("indicator_id", "VARCHAR"),
  required("issue", "VARCHAR"),
  required("detail", "VARCHAR"),
]);
