import { nullable, tableSchema } from "../table-schema.ts";
import { LEVEL_COLUMN, TERRITORY_CODE_COLUMN } from "./common-columns.ts";
import { NAME_COLUMNS, NAME_EN_COLUMN, POPULATION_COLUMN } from "./territory-columns.ts";

/**
 * "Everything about every area": one row per territory with its names, the commune and bassin
 * holding most of its population, and every indicator's latest published value with that year.
 * After the declared columns come two columns per indicator in catalogue order: `<indicator_id>_value`
 * (DOUBLE, the value) and `<indicator_id>_year` (INTEGER, the year it is from). The pipeline
 * also writes one file per level (LATEST_LEVEL_FILE) for spreadsheets.
 */
export const indicators_latest = tableSchema("indicators_latest", [
  LEVEL_COLUMN,
  TERRITORY_CODE_COLUMN,
  ...NAME_COLUMNS,
  NAME_EN_COLUMN,
  nullable("commune_code", "VARCHAR"),
  nullable("commune_name_fr", "VARCHAR"),
  nullable("commune_name_nl", "VARCHAR"),
  nullable("bassin_code", "VARCHAR"),
  nullable("bassin_name_fr", "VARCHAR"),
  nullable("bassin_name_nl", "VARCHAR"),
  POPULATION_COLUMN,
]);

export const latestValueColumn = (indicatorId: string) => `${indicatorId}_value`;
export const latestYearColumn = (indicatorId: string) => `${indicatorId}_year`;

/** The per-level copy of indicators_latest, inside public/data: "latest/quartier.csv". */
export const latestLevelFile = (level: string, extension: "csv" | "parquet") => `latest/${level}.${extension}`;
