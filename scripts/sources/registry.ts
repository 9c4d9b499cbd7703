import { InputError } from "../lib/errors.ts";
import { sourceRegistryPath } from "../lib/paths.ts";
import { readJson } from "./read-text.ts";
import type { LocalizedSourceTexts } from "./source-texts.ts";

/** One raw input of the pipeline, as recorded in data/sources.json. */
export interface Source {
  id: string;
  title: string;
  publisher: string;
  official_url: string | null;
  licence: string;
  attribution: string;
  reference_date: string;
  /**
   * Null only for optional live queries (OpenStreetMap via Overpass), whose content changes: such
   * an entry lets data:fetch run the query, and the pipeline refuses the answer until its checksum
   * is recorded here.
   */
  sha256: string | null;
  bytes: number;
  format: string;
  crs: string | null;
  rows: number | null;
  /** Path relative to the raw-data directory. */
  path: string;
  acquisition: {
    type: string;
    /** Where `npm run data:fetch` downloads the exact file from, when one exists. */
    download_url?: string;
    upstream_url?: string;
    derived_from?: string;
    note?: string;
  };
  caveats: string[];
  /** Optional sources may be absent: the pipeline then publishes a "not available" status. */
  optional?: boolean;
  /** What the pipeline uses the source for, when not read by a fixed stage (GP supply). */
  role?: "gp-supply";
  /** How a GP supply source is read (see scripts/indicators/gp/supply.ts). */
  adapter?: "practice-register-csv" | "overpass-json" | "quartier-counts-csv";
  /** French and Dutch texts of a source the pipeline builds itself (registered ones are in data/reference/source-texts.json). */
  texts?: Pick<LocalizedSourceTexts, "fr" | "nl">;
}

export type SourceRegistry = ReadonlyMap<string, Source>;

const requiredFields = [
  "id",
  "title",
  "publisher",
  "licence",
  "attribution",
  "reference_date",
  "format",
  "path",
] as const;

export function loadSourceRegistry(path = sourceRegistryPath): SourceRegistry {
  // The strict reader: a key given twice (say two sha256) would otherwise keep the last silently.
  const parsed = readJson(path);
  const list = (parsed as { sources?: unknown }).sources;
  if (!Array.isArray(list)) throw new InputError(path, `expected an object with a "sources" array`);
  const registry = new Map<string, Source>();
  list.forEach((entry: Record<string, unknown>, index) => {
    for (const field of requiredFields) {
      if (typeof entry[field] !== "string" || entry[field] === "") {
        throw new InputError(path, `source entry is missing "${field}"`, { row: index + 1, column: field });
      }
    }
    const live = entry.optional === true && (entry.acquisition as { type?: string } | undefined)?.type === "live-query";
    if (!(live && entry.sha256 === null) && !/^[0-9a-f]{64}$/.test(String(entry.sha256))) {
      throw new InputError(
        path,
        `sha256 is not 64 hexadecimal digits (only an optional live-query source may have none)`,
        { row: index + 1, column: "sha256" },
      );
    }
    if (
      entry.role === "gp-supply" &&
      !["practice-register-csv", "overpass-json", "quartier-counts-csv"].includes(String(entry.adapter))
    ) {
      throw new InputError(
        path,
        `GP supply source needs an adapter: practice-register-csv, overpass-json or quartier-counts-csv`,
        { row: index + 1, column: "adapter" },
      );
    }
    const source = entry as unknown as Source;
    if (registry.has(source.id))
      throw new InputError(path, `duplicated source id "${source.id}"`, { row: index + 1, column: "id" });
    registry.set(source.id, source);
  });
  return registry;
}

export function getSource(registry: SourceRegistry, id: string): Source {
  const source = registry.get(id);
  if (!source) throw new Error(`Unknown source id "${id}": add it to data/sources.json`);
  return source;
}
