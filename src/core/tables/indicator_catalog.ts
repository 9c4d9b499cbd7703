import { localized, nullable, required, tableSchema } from "../table-schema.ts";

export const indicator_catalog = tableSchema("indicator_catalog", [
  required("indicator_id", "VARCHAR"),
  required("family", "VARCHAR"),
  ...localized("label"),
  required("unit", "VARCHAR"),
  required("polarity", "VARCHAR"),
  required("reference_year", "INTEGER"),
  // Empty for an indicator published at no level.
  nullable("levels", "VARCHAR"),
  ...localized("method"),
  required("source_ids", "VARCHAR"),
  required("status", "VARCHAR"),
  // Years with a value at any level; `breaks` lists "year:kind" separated by ";".
  nullable("first_year", "INTEGER"),
  nullable("last_year", "INTEGER"),
  nullable("breaks", "VARCHAR"),
]);
