import { nullable, required, tableSchema } from "../table-schema.ts";

/** Every column of every table; a row without column is the table itself. */
export const codebook = tableSchema("codebook", [
  required("table_name", "VARCHAR"),
  nullable("column_name", "VARCHAR"),
  nullable("column_type", "VARCHAR"),
  required("description_fr", "VARCHAR"),
  required("description_nl", "VARCHAR"),
  required("description_en", "VARCHAR"),
]);
