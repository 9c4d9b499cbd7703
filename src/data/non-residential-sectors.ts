/**
 * data/reference/non-residential-sectors.csv (written by scripts/dev/make-non-residential-sectors.ts,
 * reviewed by hand): the sectors the siting tool leaves out of its candidate sites by default.
 */
import Papa from "papaparse";
import csv from "../../data/reference/non-residential-sectors.csv?raw";

export function nonResidentialSectors(): Record<string, string>[] {
  return Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
}
