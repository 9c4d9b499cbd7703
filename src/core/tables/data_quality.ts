import { nullable, required, tableSchema } from "../table-schema.ts";
import { LEVEL_COLUMN } from "./common-columns.ts";

/** Missing, corrected or excluded values; a note may be about a whole source, level or indicator. */
export const data_quality = tableSchema("data_quality", [
  nullable("source_id", "VARCHAR"),
  LEVEL_COLUMN,
  nullable("territory_code", "VARCHAR"),
  nullable("indicator_id", "VARCHAR"),
  required("issue", "VARCHAR"),
  // English, as before the translations, so that reusers' queries keep working.
  required("detail", "VARCHAR"),
  // The explanation in each language (detail_en is `detail`), for the pages and reusers.
  required("detail_fr", "VARCHAR"),
  required("detail_nl", "VARCHAR"),
  required("detail_en", "VARCHAR"),
]);
