import { nullable, required, tableSchema } from "../table-schema.ts";

/** The service points of the coverage indicators, located in their sector. */
export const services = tableSchema("services", [
  required("service_id", "VARCHAR"),
  required("type", "VARCHAR"),
  nullable("name", "VARCHAR"),
  required("lon", "DOUBLE"),
  required("lat", "DOUBLE"),
  required("x_l72", "DOUBLE"),
  required("y_l72", "DOUBLE"),
  required("sector_code", "VARCHAR"),
  required("quartier_code", "VARCHAR"),
  required("commune_code", "VARCHAR"),
  required("location", "VARCHAR"),
  required("source_id", "VARCHAR"),
  required("completeness", "VARCHAR"),
  required("reference_date", "VARCHAR"),
]);
