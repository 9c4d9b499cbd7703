import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { readCsvTable, readTopology } from "../../../../src/data/observatory-data.ts";
import { topologyLocator } from "../../../../src/core/gp/register/geography.ts";
import { whereabouts } from "../../../../src/lib/search/where-am-i.ts";
import { buildSearchIndex } from "../../../../src/lib/search/build-index.ts";
import { prepareIndex, resultTarget, searchAreas, type SearchResult } from "../../../../src/lib/search/match.ts";

const index = buildSearchIndex({
  region: readCsvTable("region"),
  bassins: readCsvTable("bassins"),
  communes: readCsvTable("communes"),
  quartiers: readCsvTable("quartiers"),
  sectors: readCsvTable("sectors"),
  postcodes: readCsvTable("postcodes"),
});
const prepared = prepareIndex(index);
const area = (level: string, name: string) =>
  index.areas.find((a) => a.level === level && (a.names.fr === name || a.names.nl === name))!;
const first = (typed: string): SearchResult => searchAreas(prepared, typed)[0]!;

describe("the search on the published index", () => {
  it("finds the searches of the issue, each leading to its area", () => {
    expect(resultTarget(first("Flagey"))).toEqual({
      level: "quartier",
      code: area("quartier", "Flagey - Malibran").code,
    });
    expect(resultTarget(first("marolle"))).toEqual({ level: "quartier", code: area("quartier", "Marolles").code });
    expect(resultTarget(first("Cureghem Rosee"))).toEqual({
      level: "quartier",
      code: area("quartier", "Cureghem Rosée").code,
    });
    expect(resultTarget(first("cureghm rosee"))).toEqual(resultTarget(first("Cureghem Rosee")));
    expect(resultTarget(first("Stokkel"))).toEqual({ level: "quartier", code: area("quartier", "Stockel").code });
    expect(first("Stokkel").matched).toBe("Stokkel");
  });

  it("finds 1210 as a postcode of Saint-Josse-ten-Noode", () => {
    const result = first("1210");
    expect(result.kind).toBe("postcode");
    expect(resultTarget(result)).toEqual({ level: "commune", code: area("commune", "Saint-Josse").code });
  });

  it("finds avenue Louise as sectors named after it, leading to their quartiers", () => {
    const results = searchAreas(prepared, "avenue Louise");
    expect(results.length).toBeGreaterThan(0);
    for (const r of results) {
      expect(r.kind).toBe("sector");
      expect(r.matched).toMatch(/^LOUISE \(AVENUE\)/);
    }
    const quartiers = index.areas.filter((a) => a.level === "quartier");
    expect(quartiers.find((q) => q.code === resultTarget(results[0]!).code)).toBeDefined();
  });

  it("finds Brussels: the region first, then the commune of Brussels", () => {
    const results = searchAreas(prepared, "Brussels");
    expect(resultTarget(results[0]!)).toEqual({ level: "region", code: "04000" });
    expect(results.map(resultTarget)).toContainEqual({ level: "commune", code: area("commune", "Bruxelles").code });
  });

  it("stays small: under 20 kB compressed (17.8 kB when written)", () => {
    const gzip = gzipSync(JSON.stringify(index), { level: 9 }).length;
    expect(gzip).toBeLessThan(20_000);
  });

  it("resolves a point on place Flagey to its sector, quartier and commune, and Antwerp to outside", () => {
    const locate = topologyLocator(readTopology("sector"));
    expect(whereabouts(locate, index, 4.372167, 50.8286452)).toEqual({
      inside: true,
      sector: {
        code: "21009A101",
        fr: "FLAGEY (PLACE)",
        nl: "FLAGEYPLEIN",
        quartier: area("quartier", "Flagey - Malibran").code,
        commune: "21009",
      },
    });
    expect(whereabouts(locate, index, 4.4025, 51.2194)).toEqual({ inside: false });
  });
});
