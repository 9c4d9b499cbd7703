import { required, tableSchema } from "../table-schema.ts";
import { LEVEL_COLUMN, TERRITORY_CODE_COLUMN } from "./common-columns.ts";

/** The rank of every ranked territory under every alternative weighting. */
export const fragility_robustness = tableSchema("fragility_robustness", [
  LEVEL_COLUMN,
  TERRITORY_CODE_COLUMN,
  required("variant", "VARCHAR"),
  required("rank", "INTEGER"),
]);
