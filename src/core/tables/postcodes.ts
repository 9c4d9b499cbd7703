import { required, tableSchema } from "../table-schema.ts";

/** Postcodes with the communes and quartiers where addresses carrying them were located. */
export const postcodes = tableSchema("postcodes", [
  required("postcode", "VARCHAR"),
  required("commune_code", "VARCHAR"),
  required("quartier_code", "VARCHAR"),
  required("addresses", "INTEGER"),
  required("source_id", "VARCHAR"),
]);
