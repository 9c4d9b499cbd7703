import { describe, expect, it } from "vitest";
import { dropDuplicates, normaliseName } from "../../../../scripts/indicators/coverage/deduplicate.ts";
import { QualityNotes } from "../../../../scripts/indicators/coverage/quality-notes.ts";
import type { Candidate } from "../../../../scripts/indicators/coverage/service-types.ts";
import type { TerritorialModel } from "../../../../scripts/territory/territorial-model.ts";

const levels = [
  { kind: "region", id: "region" },
  { kind: "sector", id: "sector" },
];
const notes = () => new QualityNotes({ levels } as unknown as TerritorialModel);
const dentist = (name: string | null, lon: number, origin: string): Candidate => ({
  types: ["dentist"],
  key: `osm-${lon.toFixed(6)},50.850000`,
  name,
  lon,
  lat: 50.85,
  source_id: "osm-health-poi",
  origin,
  borderTolerance: 0,
});

describe("normaliseName", () => {
  it("ignores case, accents and punctuation", () => {
    expect(normaliseName("Maison Médicale Jean-Jaurès")).toBe(normaliseName("maison medicale jean jaures"));
  });
});

describe("dropDuplicates", () => {
  it("keeps the first of two same-named points within the radius, with a note, and keeps unnamed points", () => {
    const collected = notes();
    const kept = dropDuplicates(
      [
        dentist("Cabinet Dentaire", 4.35, "feature 1"),
        dentist("cabinet dentaire", 4.3505, "feature 2"), // about 35 m east
        dentist("Cabinet Dentaire", 4.36, "feature 3"), // about 700 m east
        dentist(null, 4.35, "feature 4"),
      ],
      collected,
    );
    expect(kept.map((c) => c.origin)).toEqual(["feature 1", "feature 3", "feature 4"]);
    // Two services at the same rounded position get -2 after the first.
    expect(kept.map((c) => c.key)).toEqual([
      "osm-4.350000,50.850000",
      "osm-4.360000,50.850000",
      "osm-4.350000,50.850000-2",
    ]);
    expect(collected.list).toHaveLength(1);
    expect(collected.list[0]!.issue).toBe("duplicate");
    expect(collected.list[0]!.detail).toMatch(
      /^dentist "cabinet dentaire" \(feature 2\) is [\d.]+ m from "Cabinet Dentaire" \(feature 1\)/,
    );
  });
});
