import { tableSchema } from "../table-schema.ts";
import { LEVEL_COLUMN, TERRITORY_CODE_COLUMN } from "./common-columns.ts";
import { NAME_COLUMNS, NAME_EN_COLUMN } from "./territory-columns.ts";

/**
 * The indicators in wide form for spreadsheets: one row per territory. The declared columns come
 * first; after them one DOUBLE column per indicator and year, named `<indicator_id>_<year>`
 * (WIDE_VALUE_COLUMN), described in the codebook: which ones depends on the published years.
 */
export const indicators_wide = tableSchema("indicators_wide", [
  LEVEL_COLUMN,
  TERRITORY_CODE_COLUMN,
  ...NAME_COLUMNS,
  NAME_EN_COLUMN,
]);

export const WIDE_VALUE_COLUMN = /^[a-z][a-z0-9_]*_\d{4}$/;

export const wideColumnName = (indicatorId: string, year: number) => `${indicatorId}_${year}`;
