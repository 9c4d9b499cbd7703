import { localized, required, tableSchema } from "../table-schema.ts";

/** The territorial levels, finest first. */
export const levels = tableSchema("levels", [
  required("level", "VARCHAR"),
  required("level_order", "INTEGER"),
  required("table_name", "VARCHAR"),
  ...localized("label"),
  ...localized("plural"),
  required("status", "VARCHAR"),
  ...localized("note"),
  required("source_ids", "VARCHAR"),
  required("n_territories", "INTEGER"),
]);
