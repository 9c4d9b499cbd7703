import { nullable, required, tableSchema } from "../table-schema.ts";

/** The contrats locaux social-santé, one row per CLSS and Monitoring quartier. */
export const clss = tableSchema("clss", [
  required("clss_id", "VARCHAR"),
  required("name_as_stated", "VARCHAR"),
  required("commune_as_stated", "VARCHAR"),
  required("bassin_as_stated", "VARCHAR"),
  required("wave_as_stated", "VARCHAR"),
  required("quartier_code", "VARCHAR"),
  required("quartier_name_fr", "VARCHAR"),
  required("quartier_name_nl", "VARCHAR"),
  required("match", "VARCHAR"),
  nullable("note", "VARCHAR"),
  // The note in each language (the reference table's note_fr, note_nl; note_en is `note`).
  nullable("note_fr", "VARCHAR"),
  nullable("note_nl", "VARCHAR"),
  nullable("note_en", "VARCHAR"),
  required("source", "VARCHAR"),
]);
