import { nullable, required, tableSchema } from "../table-schema.ts";

export const sources = tableSchema("sources", [
  required("source_id", "VARCHAR"),
  required("title", "VARCHAR"),
  required("publisher", "VARCHAR"),
  nullable("official_url", "VARCHAR"),
  required("licence", "VARCHAR"),
  required("attribution", "VARCHAR"),
  required("reference_date", "VARCHAR"),
  required("sha256", "VARCHAR"),
  required("format", "VARCHAR"),
  required("acquisition", "VARCHAR"),
  // Empty when the source states none: a CSV cannot tell an empty text from a missing one.
  nullable("caveats", "VARCHAR"),
]);
