import { nullable, required, tableSchema } from "../table-schema.ts";

/** Every parameter of every method; `value` is text, as parameters are numbers or words. */
export const method_parameters = tableSchema("method_parameters", [
  required("family", "VARCHAR"),
  required("parameter", "VARCHAR"),
  required("value", "VARCHAR"),
  required("status", "VARCHAR"),
  required("explanation", "VARCHAR"),
  nullable("source_id", "VARCHAR"),
  // The explanation in each language (`explanation` is the English, kept for existing queries).
  required("explanation_fr", "VARCHAR"),
  required("explanation_nl", "VARCHAR"),
  required("explanation_en", "VARCHAR"),
]);
