/**
 * OBS_GP_SUPPLY: a practice register given to the pipeline directly, without editing
 * data/sources.json. It becomes the run's only GP supply source (`user-gp-supply`, read by the
 * practice-register-csv adapter, CSV or XLSX), its sha256 recorded in the sources table and
 * manifest like any input's, so that a published figure always names the file it came from.
 */
import { statSync } from "node:fs";
import { basename, resolve } from "node:path";
import { InputError } from "../lib/errors.ts";
import { sha256File } from "../lib/hash.ts";
import { checkRegularFile, pathEntryExists } from "./raw-file.ts";
import type { Source, SourceRegistry } from "./registry.ts";

export const USER_GP_SUPPLY = "user-gp-supply";

/** The registry with the user's register as its only gp-supply source (the registered ones set aside). */
export async function withUserGpSupply(registry: SourceRegistry, file: string): Promise<SourceRegistry> {
  const path = resolve(file);
  if (!pathEntryExists(path))
    throw new InputError(
      path,
      "OBS_GP_SUPPLY names a file that does not exist: give the path of a CSV or XLSX register",
    );
  checkRegularFile(path);
  const name = basename(path);
  const source: Source = {
    id: USER_GP_SUPPLY,
    title: `GP practice register provided by the user (${name})`,
    publisher: "provided by the user",
    official_url: null,
    licence: "provided by the user",
    attribution: "provided by the user",
    reference_date: "not stated",
    sha256: await sha256File(path),
    bytes: statSync(path).size,
    format: name.toLowerCase().endsWith(".xlsx") ? "xlsx" : "csv",
    crs: null,
    rows: null,
    path,
    acquisition: { type: "provided-by-user", note: "Given to the pipeline with OBS_GP_SUPPLY." },
    caveats: [
      "A register supplied by whoever built this copy of the observatory: its completeness and accuracy are theirs to state.",
    ],
    optional: false,
    texts: {
      fr: {
        title: `Registre des cabinets de médecine générale fourni par l'utilisateur (${name})`,
        publisher: "fourni par l'utilisateur",
        licence: "fourni par l'utilisateur",
        attribution: "fourni par l'utilisateur",
        reference_date: "non indiquée",
        caveats: [
          "Un registre fourni par la personne qui a construit cette copie de l'observatoire : c'est à elle d'en indiquer l'exhaustivité et l'exactitude.",
        ],
      },
      nl: {
        title: `Register van huisartsenpraktijken aangeleverd door de gebruiker (${name})`,
        publisher: "aangeleverd door de gebruiker",
        licence: "aangeleverd door de gebruiker",
        attribution: "aangeleverd door de gebruiker",
        reference_date: "niet vermeld",
        caveats: [
          "Een register aangeleverd door wie deze kopie van het observatorium bouwde: het is aan hen om de volledigheid en juistheid ervan te vermelden.",
        ],
      },
    },
    role: "gp-supply",
    adapter: "practice-register-csv",
  };
  const entries = [...registry.values()].map((s): Source => {
    if (s.role !== "gp-supply") return s;
    const { role: _role, adapter: _adapter, ...rest } = s;
    return rest;
  });
  return new Map([...entries, source].map((s) => [s.id, s]));
}
