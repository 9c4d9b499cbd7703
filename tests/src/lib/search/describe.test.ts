import { describe, expect, it } from "vitest";
import { translatorFrom } from "../../../../src/i18n/format-message.ts";
import messages from "../../../../src/i18n/messages/search.json";
import { areaLookup, describeResult, sectorDisplayName } from "../../../../src/lib/search/describe.ts";
import { prepareIndex, searchAreas } from "../../../../src/lib/search/match.ts";
import type { SearchIndex } from "../../../../src/lib/search/search-index.ts";
import { geolocationErrorKey, whereabouts } from "../../../../src/lib/search/where-am-i.ts";

const INDEX: SearchIndex = {
  areas: [
    { level: "region", code: "R", names: { fr: "Région", nl: "Gewest", en: "Region" } },
    { level: "commune", code: "C", names: { fr: "Ixelles", nl: "Elsene", en: "Ixelles" } },
    { level: "quartier", code: "Q", names: { fr: "Stockel", nl: "Stokkel", en: "Stockel" }, commune: "C" },
  ],
  sectors: [{ code: "S", fr: "LOUISE (AVENUE)-NORD", nl: "LOUIZALAAN-NOORD", quartier: "Q", commune: "C" }],
  postcodes: [{ postcode: "1050", communes: [["C", 12]], quartiers: [["Q", 12]] }],
};
const prepared = prepareIndex(INDEX);
const describeFirst = (typed: string, language: "fr" | "nl" | "en") =>
  describeResult(
    searchAreas(prepared, typed)[0]!,
    areaLookup(INDEX),
    language,
    translatorFrom(messages[language], language),
  );

describe("describeResult(result, area, language, t)", () => {
  it("names an area in the page's language, with the name that matched when it differs", () => {
    expect(describeFirst("Stokkel", "fr")).toEqual({ name: "Stockel (Stokkel)", detail: "Quartier de Ixelles" });
    expect(describeFirst("Stokkel", "nl")).toEqual({ name: "Stokkel", detail: "Wijk in Elsene" });
    expect(describeFirst("Ixelles", "en")).toEqual({ name: "Ixelles", detail: "Municipality" });
  });

  it("says a sector is a street or place and which quartier it leads to", () => {
    expect(describeFirst("avenue louise", "en")).toEqual({
      name: "Louise (Avenue)-Nord",
      detail: "Street or place (statistical sector) → neighbourhood Stockel, Ixelles",
    });
    expect(describeFirst("louizalaan", "nl").name).toBe("Louizalaan-Noord");
  });

  it("lists a postcode's communes with their address counts", () => {
    expect(describeFirst("1050", "fr")).toEqual({
      name: "1050",
      detail: "Code postal → Ixelles (12 adresses connues)",
    });
  });
});

describe("sectorDisplayName(name)", () => {
  it("writes Statbel's upper-case names with capitals at the start of words only", () => {
    expect(sectorDisplayName("MARIE-LOUISE (SQUARE)")).toBe("Marie-Louise (Square)");
    expect(sectorDisplayName("STOCKEL (CHAUSSEE DE)")).toBe("Stockel (Chaussee De)");
  });
});

describe("whereabouts(locate, index, lon, lat)", () => {
  it("gives the sector holding the point, or outside", () => {
    const locate = (lon: number) => (lon < 5 ? "S" : null);
    expect(whereabouts(locate, INDEX, 4.37, 50.83)).toEqual({ inside: true, sector: INDEX.sectors[0] });
    expect(whereabouts(locate, INDEX, 5.5, 51.2)).toEqual({ inside: false });
  });

  it("maps the geolocation error codes to their messages", () => {
    expect([1, 2, 3].map(geolocationErrorKey)).toEqual([
      "explorer.find.locateDenied",
      "explorer.find.locateUnavailable",
      "explorer.find.locateTimeout",
    ]);
  });
});
