import { required } from "../table-schema.ts";

/** Columns that key many tables: a territory is a level and a code (table territories). */
export const LEVEL_COLUMN = required("level", "VARCHAR");
export const TERRITORY_CODE_COLUMN = required("territory_code", "VARCHAR");
