import { nullable, required, tableSchema } from "../table-schema.ts";
import { LEVEL_COLUMN, TERRITORY_CODE_COLUMN } from "./common-columns.ts";

/**
 * The social fragility index per territory; everything but the status is empty where the
 * territory is not ranked. The theme scores and component ranks follow
 * data/reference/fragility-parameters.json: the pipeline refuses parameters naming a theme or
 * component declared here under no column.
 */
export const fragility = tableSchema("fragility", [
  LEVEL_COLUMN,
  TERRITORY_CODE_COLUMN,
  required("status", "VARCHAR"),
  required("pool_size", "INTEGER"),
  nullable("fragility_index", "DOUBLE"),
  nullable("score_socioeconomic", "DOUBLE"),
  nullable("score_age_isolation", "DOUBLE"),
  nullable("rank", "INTEGER"),
  nullable("rank_best", "INTEGER"),
  nullable("rank_worst", "INTEGER"),
  nullable("flag_count", "INTEGER"),
  nullable("flags", "VARCHAR"),
  nullable("rank_bim_share", "DOUBLE"),
  nullable("rank_cpas_share", "DOUBLE"),
  nullable("rank_unemployment_rate", "DOUBLE"),
  nullable("rank_median_income", "DOUBLE"),
  nullable("rank_share_80_plus", "DOUBLE"),
]);
