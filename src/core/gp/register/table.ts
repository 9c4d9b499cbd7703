/** A register as read from its file: the header and every row's cells as text, with their line numbers. */
export interface RegisterRow {
  /** 1-based line of the file (CSV) or sheet row (XLSX); the header is row 1. */
  row: number;
  cells: string[];
}

export interface RegisterTable {
  fileName: string;
  format: "csv" | "xlsx";
  /** The CSV separator; null for XLSX. */
  separator: "," | ";" | null;
  /** Column names as written in the header, trimmed and lower-cased. */
  header: string[];
  rows: RegisterRow[];
}

/** The register's columns (documented on the page, in the template and in the README). */
export const REGISTER_COLUMNS = {
  id: "practice_id",
  name: "name",
  lon: "lon",
  lat: "lat",
  x: "x_l72",
  y: "y_l72",
  sector: "sector_code",
  quartier: "quartier_code",
  headcount: "gp_headcount",
  fte: "gp_fte",
  age: "age",
  acceptsNew: "accepts_new_patients",
  year: "year",
} as const;
