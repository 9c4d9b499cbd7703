import proj4 from "proj4";
import { describe, expect, it } from "vitest";
import { runPipeline } from "../../../../scripts/pipeline.ts";
import { rawFixture, type FileChange } from "../../../helpers/raw-fixture.ts";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** EPSG:3812, as the AFMPS register gives it beside its WGS84 entry (both must agree). */
const LAMBERT_2008 =
  "+proj=lcc +lat_0=50.797815 +lon_0=4.35921583333333 +lat_1=49.8333333333333 +lat_2=51.1666666666667 +x_0=649328 +y_0=665262 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs";

/** Every pharmacy of the register moved to one position, in both of its coordinate entries. */
function everyPharmacyAt(lon: number, lat: number): FileChange {
  const [x, y] = proj4("EPSG:4326", LAMBERT_2008, [lon, lat]) as [number, number];
  return (original) => {
    const records = JSON.parse(original.toString("utf8")) as { geo: Record<string, unknown>[] }[];
    for (const record of records) {
      for (const entry of record.geo) {
        if (entry.format === "epsg:3812") Object.assign(entry, { x, y });
        if (entry.format === "epsg:4326") Object.assign(entry, { longitude: lon, latitude: lat });
      }
    }
    return JSON.stringify(records);
  };
}

const outDir = () => join(mkdtempSync(join(tmpdir(), "obs-limits-")), "data");

describe("coverage plausibility limits (scripts/indicators/coverage/limits.ts)", () => {
  it("stops when more than 10 % of a source's points are dropped: every pharmacy moved outside the region", async () => {
    // Zaventem, a few hundred metres outside the region's eastern border.
    const { rawDir, registryPath, context } = rawFixture({ "afmps-pharmacies": everyPharmacyAt(4.47, 50.8835) });
    const file = join(rawDir, context.registry.get("afmps-pharmacies")!.path);
    await expect(runPipeline({ outDir: outDir(), rawDirs: [rawDir], registryPath })).rejects.toThrow(
      `${file}: 533 of 533 points dropped (533 outside every Brussels sector, 0 duplicates): 100 %, above the limit of 10 % ` +
        `(method_parameters: coverage, max_dropped_point_share). ` +
        `Check the file's coordinates (latitude and longitude swapped, another CRS, another region).`,
    );
  });

  it("stops when a service type reaches almost no resident of the region: every pharmacy at one point in the forest", async () => {
    // Forêt de Soignes, inside the region (Watermael-Boitsfort): every pharmacy is placed, none is dropped.
    const { rawDir, registryPath, context } = rawFixture({ "afmps-pharmacies": everyPharmacyAt(4.405, 50.785) });
    const file = join(rawDir, context.registry.get("afmps-pharmacies")!.path);
    await expect(runPipeline({ outDir: outDir(), rawDirs: [rawDir], registryPath })).rejects.toThrow(
      `${file}: share_within_1000m_pharmacy is 0.02 % for the whole region (533 pharmacy points placed in a sector, services beyond the border left out), ` +
        `below the floor of 5 % (method_parameters: coverage, min_region_share_within_1000m_pct). ` +
        `Check the file's coordinates: the service points are missing or misplaced.`,
    );
  });
});
