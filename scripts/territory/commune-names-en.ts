import { join } from "node:path";
import { InputError } from "../lib/errors.ts";
import { readCsv } from "../sources/read-csv.ts";

export const COMMUNE_NAMES_EN_FILE = "commune-names-en.csv";

/**
 * Each commune's English name, from the reviewed table data/reference/commune-names-en.csv. Statbel
 * names the communes in French and Dutch only; English usage (the Region's English site) mostly
 * takes the French name, but says "City of Brussels" for Bruxelles/Brussel, never "Bruxelles".
 * An unknown code, a commune listed twice or left out stops the run.
 */
export function readCommuneNamesEn(referenceDir: string, communeCodes: readonly string[]): Map<string, string> {
  const path = join(referenceDir, COMMUNE_NAMES_EN_FILE);
  const csv = readCsv(path, { columns: ["commune_code", "name_en", "source"] });
  const known = new Set(communeCodes);
  const names = new Map<string, string>();
  for (let i = 0; i < csv.length; i++) {
    const code = csv.required(i, "commune_code");
    if (!known.has(code)) throw csv.error(i, "commune_code", `unknown commune code ${code}`);
    if (names.has(code)) throw csv.error(i, "commune_code", `commune ${code} is listed twice`);
    names.set(code, csv.required(i, "name_en"));
    csv.required(i, "source");
  }
  const missing = communeCodes.filter((code) => !names.has(code));
  if (missing.length)
    throw new InputError(path, `no English name for commune(s) ${missing.join(", ")}`, { column: "commune_code" });
  return names;
}
