/**
 * The register's columns as the page documents them (names from the engine's REGISTER_COLUMNS,
 * src/core/gp/register/table.ts) and the parameter fields of the page's form, with the URL keys
 * of the engine's (de)serialiser.
 */

export interface ColumnDoc {
  name: string;
  required: "yes" | "location" | "no";
  example: string;
}

export const COLUMN_DOCS: readonly ColumnDoc[] = [
  { name: "practice_id", required: "yes", example: "P001" },
  { name: "name", required: "no", example: "Cabinet du Parc" },
  { name: "lon", required: "location", example: "4.3571" },
  { name: "lat", required: "location", example: "50.8466" },
  { name: "x_l72", required: "location", example: "149512.3" },
  { name: "y_l72", required: "location", example: "170421.8" },
  { name: "sector_code", required: "location", example: "21004A00-" },
  { name: "quartier_code", required: "location", example: "1" },
  { name: "gp_headcount", required: "no", example: "3" },
  { name: "gp_fte", required: "no", example: "2.4" },
  { name: "age", required: "no", example: "58" },
  { name: "accepts_new_patients", required: "no", example: "oui" },
  { name: "year", required: "no", example: "2025" },
];

export type ParameterKey = "r" | "d" | "t" | "s" | "f";

export type ParameterField =
  | { key: ParameterKey; kind: "number"; min: number; max: number; integer: boolean }
  | { key: ParameterKey; kind: "choice"; options: readonly string[] };
