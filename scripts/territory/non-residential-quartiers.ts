import { join } from "node:path";
import { InputError } from "../lib/errors.ts";
import { readCsv } from "../sources/read-csv.ts";

export const NON_RESIDENTIAL_FILE = "non-residential-quartiers.csv";
export const NON_RESIDENTIAL_KINDS = ["cemetery", "industrial", "park"] as const;
export type NonResidentialKind = (typeof NON_RESIDENTIAL_KINDS)[number];

/**
 * The kind UrbIS's Monitoring code ranges give a quartier (SOURCES.md, section 4): 700s cemeteries,
 * 800s industrial zones, 900s parks and forests, the rest residential. The reference table must agree.
 */
export function quartierType(code: string): "residential" | NonResidentialKind {
  const number = Number(code);
  if (number >= 700 && number < 800) return "cemetery";
  if (number >= 800 && number < 900) return "industrial";
  if (number >= 900) return "park";
  return "residential";
}

/** UrbIS Monitoring code ranges of each kind, for the messages. */
const RANGES: Record<NonResidentialKind, string> = { cemetery: "700–799", industrial: "800–899", park: "900–999" };

/**
 * The quartiers that are parks or forests, cemeteries or industrial zones, from the reviewed
 * reference table (data/reference/non-residential-quartiers.csv), each with its land use and the
 * reason. Checked against the quartiers read from the sources: a code that is unknown, a French
 * name that differs (a shifted code), a kind outside its UrbIS range, or a quartier of a
 * non-residential range left out stops the run.
 */
export function readNonResidentialQuartiers(
  referenceDir: string,
  quartierNames: Map<string, { name_fr: string }>,
): Map<string, NonResidentialKind> {
  const path = join(referenceDir, NON_RESIDENTIAL_FILE);
  const csv = readCsv(path, { columns: ["quartier_code", "name_fr", "kind", "land_use", "reason"] });
  const kinds = new Map<string, NonResidentialKind>();
  for (let i = 0; i < csv.length; i++) {
    const code = csv.required(i, "quartier_code");
    const quartier = quartierNames.get(code);
    if (!quartier) throw csv.error(i, "quartier_code", `unknown quartier code ${code}`);
    if (kinds.has(code)) throw csv.error(i, "quartier_code", `quartier ${code} is listed twice`);
    const name = csv.required(i, "name_fr");
    if (name !== quartier.name_fr)
      throw csv.error(i, "name_fr", `quartier ${code} is "${quartier.name_fr}" in the sources, not "${name}"`);
    const kind = csv.required(i, "kind") as NonResidentialKind;
    if (!NON_RESIDENTIAL_KINDS.includes(kind))
      throw csv.error(i, "kind", `unknown kind "${kind}" (expected ${NON_RESIDENTIAL_KINDS.join(", ")})`);
    if (quartierType(code) !== kind)
      throw csv.error(
        i,
        "kind",
        `quartier ${code} is listed as ${kind}, but UrbIS numbers ${kind} quartiers ${RANGES[kind]}`,
      );
    csv.required(i, "land_use");
    csv.required(i, "reason");
    kinds.set(code, kind);
  }
  for (const [code, quartier] of quartierNames) {
    const range = quartierType(code);
    if (range !== "residential" && !kinds.has(code))
      throw new InputError(
        path,
        `quartier ${code} (${quartier.name_fr}) is in the UrbIS ${range} range ${RANGES[range]} but is not listed`,
      );
  }
  return kinds;
}
