import { describe, expect, it } from "vitest";
import { allowedTypos, editDistance, searchKey, searchTokens } from "../../../../src/lib/search/normalise.ts";
import { nearestAreas, prepareIndex, resultTarget, searchAreas } from "../../../../src/lib/search/match.ts";
import type { SearchArea, SearchIndex } from "../../../../src/lib/search/search-index.ts";

const area = (
  level: SearchArea["level"],
  code: string,
  fr: string,
  nl = fr,
  en = fr,
  commune?: string,
): SearchArea => ({
  level,
  code,
  names: { fr, nl, en },
  ...(commune ? { commune } : {}),
});

/** Purpose-built names: accents, hyphens, NL names that differ, a street sector, a postcode. */
const INDEX: SearchIndex = {
  areas: [
    area("region", "R", "Région de Bruxelles-Capitale", "Brussels Hoofdstedelijk Gewest", "Brussels-Capital Region"),
    area("bassin", "S", "Sud", "Zuid", "South"),
    area("commune", "C1", "Bruxelles", "Brussel", "Bruxelles"),
    area("commune", "C2", "Ixelles", "Elsene", "Ixelles"),
    area("commune", "C3", "Woluwe-Saint-Pierre", "Sint-Pieters-Woluwe", "Woluwe-Saint-Pierre"),
    area("quartier", "Q1", "Flagey - Malibran", "Flagey - Malibran", "Flagey - Malibran", "C2"),
    area("quartier", "Q2", "Marolles", "Marollen", "Marolles", "C1"),
    area("quartier", "Q3", "Cureghem Rosée", "Kuregem Dauw", "Cureghem Rosée", "C1"),
    area("quartier", "Q4", "Stockel", "Stokkel", "Stockel", "C3"),
  ],
  sectors: [
    { code: "S1", fr: "FLAGEY (PLACE)", nl: "FLAGEYPLEIN", quartier: "Q1", commune: "C2" },
    { code: "S2", fr: "LOUISE (AVENUE)-NORD", nl: "LOUIZALAAN-NOORD", quartier: "Q1", commune: "C1" },
  ],
  postcodes: [
    {
      postcode: "1050",
      communes: [
        ["C2", 30],
        ["C1", 4],
      ],
      quartiers: [["Q1", 12]],
    },
    { postcode: "1000", communes: [["C1", 50]], quartiers: [["Q2", 9]] },
  ],
};
const prepared = prepareIndex(INDEX);
const codes = (typed: string) =>
  searchAreas(prepared, typed).map((r) =>
    r.kind === "area"
      ? `${r.area.level}:${r.area.code}:${r.rank}`
      : r.kind === "sector"
        ? `sector:${r.sector.code}:${r.rank}`
        : `postcode:${r.postcode.postcode}:${r.rank}`,
  );

describe("normalising typed text and names", () => {
  it("drops accents, case and punctuation", () => {
    expect(searchTokens("LOUISE (AVENUE)-Nord-Est")).toEqual(["louise", "avenue", "nord", "est"]);
    expect(searchKey("Cureghem  Rosée")).toBe("cureghem rosee");
    expect(searchKey("Saint-Josse-ten-Noode")).toBe("saint josse ten noode");
  });

  it("counts one transposition as one edit and stops past the limit", () => {
    expect(editDistance("marolels", "marolles", 2)).toBe(1);
    expect(editDistance("brussels", "brussel", 2)).toBe(1);
    expect(editDistance("abc", "xyz", 1)).toBe(2);
    expect(editDistance("a", "abcdef", 2)).toBe(3);
  });

  it("allows no typo under 5 letters, one from 5, two from 8", () => {
    expect([allowedTypos("ucle"), allowedTypos("uccle"), allowedTypos("molenbee"), allowedTypos("schaerbeek")]).toEqual(
      [0, 1, 2, 2],
    );
  });
});

describe("searchAreas(index, typed)", () => {
  it("finds a quartier by one of its words, before the sector of the same name", () => {
    expect(codes("Flagey")).toEqual(["quartier:Q1:1", "sector:S1:1"]);
  });

  it("finds a partial word", () => {
    expect(codes("marolle")).toEqual(["quartier:Q2:1"]);
  });

  it("ignores accents and forgives a typo", () => {
    expect(codes("Cureghem Rosee")).toEqual(["quartier:Q3:0"]);
    expect(codes("curegem rosee")).toEqual(["quartier:Q3:2"]);
  });

  it("finds the Dutch name, exact first", () => {
    expect(codes("Stokkel")).toEqual(["quartier:Q4:0"]);
    expect(codes("kuregem")).toEqual(["quartier:Q3:1"]);
  });

  it("finds a street in a sector's name in either language and leads to its quartier", () => {
    const [result] = searchAreas(prepared, "avenue Louise");
    expect(result?.kind).toBe("sector");
    expect(resultTarget(result!)).toEqual({ level: "quartier", code: "Q1" });
    expect(codes("louizalaan")).toEqual(["sector:S2:1"]);
  });

  it("ranks the region's English name before the commune reached by a typo", () => {
    expect(codes("Brussels")).toEqual(["region:R:1", "commune:C1:2"]);
  });

  it("finds a postcode and leads to the commune with most addresses", () => {
    const [result] = searchAreas(prepared, "1050");
    expect(codes("1050")).toEqual(["postcode:1050:0"]);
    expect(resultTarget(result!)).toEqual({ level: "commune", code: "C2" });
    expect(codes("10")).toEqual(["postcode:1000:1", "postcode:1050:1"]);
  });

  it("finds nothing in empty text, nor a short word with a typo", () => {
    expect(codes("  - ")).toEqual([]);
    expect(codes("ixele")).toEqual(["commune:C2:2"]);
    expect(codes("uxel")).toEqual([]);
  });

  it("keeps at most `limit` results", () => {
    expect(searchAreas(prepared, "s", 2)).toHaveLength(2);
  });
});

describe("nearestAreas(index, typed)", () => {
  it("suggests the closest names when nothing matches", () => {
    expect(codes("ixellles xyz")).toEqual([]);
    expect(nearestAreas(prepared, "ixellles xyz").map((a) => a.code)).toEqual(["C2"]);
    expect(nearestAreas(prepared, "qqqqqqqq")).toEqual([]);
  });
});
