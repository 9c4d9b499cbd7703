import { InputError } from "../lib/errors.ts";
import { readJson } from "../sources/read-text.ts";
import type { Source } from "../sources/registry.ts";
import { controlCharacterProblem, shown } from "../sources/strict-values.ts";

/** OpenStreetMap general practices, as an Overpass API answer (an optional GP supply source). */
export const OSM_DOCTORS = "osm-doctors";

export interface OsmDoctor {
  /** OSM element, `node/101` or `way/202`. */
  id: string;
  name: string | null;
  lon: number;
  lat: number;
  /** Year of the map state the answer reflects. */
  year: number;
}

/**
 * Elements tagged amenity=doctors or healthcare=doctor with a "general" speciality, at their
 * position (a way's or relation's centre); an element without coordinates names file and element.
 */
export function readOsmDoctors(path: string, source: Pick<Source, "reference_date">): OsmDoctor[] {
  const parsed = readJson(path);
  const elements = (parsed as { elements?: unknown }).elements;
  if (!Array.isArray(elements)) throw new InputError(path, `expected an Overpass answer with an "elements" array`);
  // The answer dates itself (osm3s.timestamp_osm_base); the registry's date is the fallback.
  const stamp =
    (parsed as { osm3s?: { timestamp_osm_base?: unknown } }).osm3s?.timestamp_osm_base ?? source.reference_date;
  if (typeof stamp !== "string" || !/^\d{4}(?!\d)/.test(stamp))
    throw new InputError(path, `expected a date such as "2026-11-01T00:00:00Z", found ${shown(stamp)}`, {
      column: "osm3s.timestamp_osm_base",
    });
  const year = Number(stamp.slice(0, 4));
  const doctors: OsmDoctor[] = [];
  elements.forEach(
    (
      element: {
        type?: string;
        id?: number;
        lat?: number;
        lon?: number;
        center?: { lat: number; lon: number };
        tags?: Record<string, string>;
      },
      index,
    ) => {
      const tags = element.tags ?? {};
      const doctor = tags.amenity === "doctors" || tags.healthcare === "doctor";
      if (!doctor || !/general/i.test(tags["healthcare:speciality"] ?? "")) return;
      const lat = element.lat ?? element.center?.lat;
      const lon = element.lon ?? element.center?.lon;
      if (typeof lat !== "number" || typeof lon !== "number")
        throw new InputError(path, `element ${element.type}/${element.id} has no coordinates`, {
          row: index + 1,
          column: "lat",
        });
      const control = tags.name === undefined ? undefined : controlCharacterProblem(String(tags.name));
      if (control) throw new InputError(path, control, { row: index + 1, column: "tags.name" });
      doctors.push({
        id: `${element.type}/${element.id}`,
        name: tags.name ?? null,
        lon,
        lat,
        year,
      });
    },
  );
  return doctors;
}
