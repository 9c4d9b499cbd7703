import { nullable, required, tableSchema } from "../table-schema.ts";

/**
 * What is known about general practitioners in Brussels without an open register: every figure and
 * statement of the staged web transcriptions, one row each, with its source, date, caveat and status.
 */
export const gp_facts = tableSchema("gp_facts", [
  required("fact_id", "VARCHAR"),
  required("topic", "VARCHAR"),
  required("source_id", "VARCHAR"),
  required("source_row", "INTEGER"),
  required("geography_as_stated", "VARCHAR"),
  required("area_as_stated", "VARCHAR"),
  nullable("territory_code", "VARCHAR"),
  required("indicator_as_stated", "VARCHAR"),
  nullable("value", "DOUBLE"),
  required("value_as_stated", "VARCHAR"),
  nullable("unit_as_stated", "VARCHAR"),
  required("reference_period_as_stated", "VARCHAR"),
  required("publisher_as_stated", "VARCHAR"),
  required("source_url", "VARCHAR"),
  nullable("more_urls", "VARCHAR"),
  required("source_kind", "VARCHAR"),
  required("status", "VARCHAR"),
  nullable("conflict_id", "VARCHAR"),
  nullable("caveat", "VARCHAR"),
  nullable("quote_language", "VARCHAR"),
  required("statement_fr", "VARCHAR"),
  required("statement_nl", "VARCHAR"),
  required("statement_en", "VARCHAR"),
  nullable("caveat_fr", "VARCHAR"),
  nullable("caveat_nl", "VARCHAR"),
  nullable("caveat_en", "VARCHAR"),
  required("period_fr", "VARCHAR"),
  required("period_nl", "VARCHAR"),
  required("period_en", "VARCHAR"),
  required("publisher_fr", "VARCHAR"),
  required("publisher_nl", "VARCHAR"),
  required("publisher_en", "VARCHAR"),
]);
