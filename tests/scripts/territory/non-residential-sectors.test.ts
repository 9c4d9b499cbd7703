import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../../../scripts/lib/paths.ts";
import { nonResidentialReason } from "../../../scripts/territory/non-residential-sectors.ts";
import { nonResidentialTable } from "../../../scripts/dev/make-non-residential-sectors.ts";

const sector = (nameFr: string, nameNl: string, population: number, quartierType = "residential") => ({
  nameFr,
  nameNl,
  population,
  quartierType,
});

describe("nonResidentialReason(sector)", () => {
  it("leaves out every sector of a park or cemetery quartier, whatever its residents", () => {
    expect(nonResidentialReason(sector("PARC DE FOREST", "PARK VAN VORST", 486, "park"))).toBe("park_quartier");
    expect(nonResidentialReason(sector("CIMETIERE", "KERKHOF", 0, "cemetery"))).toBe("cemetery_quartier");
  });

  it("leaves out industrial sectors and sectors named after a park, a forest, a cemetery or a zoning only with few residents", () => {
    expect(nonResidentialReason(sector("GARE DU MIDI", "ZUIDSTATION", 0, "industrial"))).toBe(
      "industrial_quartier_few_residents",
    );
    expect(nonResidentialReason(sector("BIRMINGHAM", "BIRMINGHAM", 356, "industrial"))).toBeNull();
    expect(nonResidentialReason(sector("CIMETIERE", "KERKHOF", 51))).toBe("cemetery_name_few_residents");
    expect(nonResidentialReason(sector("PARC DE RIVIEREN", "DE RIVIERENPARK", 0))).toBe(
      "park_or_forest_name_few_residents",
    );
    expect(nonResidentialReason(sector("ZONING DE BUREAUX-NORD", "KANTORENZONING-NOORD", 70))).toBe(
      "industrial_name_few_residents",
    );
    // Named after a park or a wood, but lived in: a candidate site.
    expect(nonResidentialReason(sector("PARC DES PRINCES", "PRINSENPARK", 1290))).toBeNull();
    expect(nonResidentialReason(sector("GRANDE RUE AU BOIS", "GROTE BOSSTRAAT", 3511))).toBeNull();
  });

  it("leaves out a sector with near-zero residents, and keeps one with ten", () => {
    expect(nonResidentialReason(sector("ROGIER", "ROGIER", 0))).toBe("near_zero_residents");
    expect(nonResidentialReason(sector("NORD", "NOORD", 9))).toBe("near_zero_residents");
    expect(nonResidentialReason(sector("NORD", "NOORD", 10))).toBeNull();
  });
});

const tables = join(projectRoot, "public", "data", "tables");
describe.skipIf(!existsSync(join(tables, "sectors.csv")))("data/reference/non-residential-sectors.csv", () => {
  const read = (path: string) =>
    Papa.parse<Record<string, string>>(readFileSync(path, "utf8"), { header: true, skipEmptyLines: true }).data;

  it("is what the script writes from the published sectors and quartiers (reviewed, nothing typed by hand)", () => {
    const written = nonResidentialTable(read(join(tables, "sectors.csv")), read(join(tables, "quartiers.csv")));
    const committed = read(join(projectRoot, "data", "reference", "non-residential-sectors.csv"));
    expect(committed).toEqual(written);
    expect(committed).toHaveLength(62);
    expect(committed.every((row) => row.review === "kept")).toBe(true);
  });
});
