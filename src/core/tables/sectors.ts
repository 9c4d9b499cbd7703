import { required, tableSchema } from "../table-schema.ts";
import { NAME_COLUMNS, POPULATION_COLUMN } from "./territory-columns.ts";

/** The statistical sectors, with the coarser territories they belong to and a point inside each. */
export const sectors = tableSchema("sectors", [
  required("sector_code", "VARCHAR"),
  ...NAME_COLUMNS,
  required("quartier_code", "VARCHAR"),
  required("commune_code", "VARCHAR"),
  required("bassin_code", "VARCHAR"),
  required("region_code", "VARCHAR"),
  POPULATION_COLUMN,
  required("area_ha", "DOUBLE"),
  required("point_lon", "DOUBLE"),
  required("point_lat", "DOUBLE"),
  required("point_x_l72", "DOUBLE"),
  required("point_y_l72", "DOUBLE"),
]);
