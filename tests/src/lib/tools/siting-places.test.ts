import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../../../../scripts/lib/paths.ts";
import { readCsvTable } from "../../../../src/data/observatory-data.ts";
import { nonResidentialSectors } from "../../../../src/data/non-residential-sectors.ts";
import { runSiting, sitingDataFromTables, sitingProblem, type SitingData } from "../../../../src/lib/tools/siting.ts";
import { SITING_DEFAULTS } from "../../../../src/client/tools/siting-state.ts";
import { placeName } from "../../../../src/client/tools/siting-view.ts";
import { translatorFrom } from "../../../../src/i18n/format-message.ts";
import { messages } from "../../../../src/i18n/translate.ts";

/** Three sectors: a street, a park (left out by default) and one named after its quartier. */
const data: SitingData = {
  sectors: {
    codes: ["21001A00-", "21001A08-", "21009A22-"],
    names: {
      fr: ["COLONIES (RUE DES)", "ASTRID (PARC)", "FLAGEY"],
      nl: ["KOLONIENSTRAAT", "ASTRID (PARK)", "FLAGEY"],
      en: ["COLONIES (RUE DES)", "ASTRID (PARC)", "FLAGEY"],
    },
    quartier: ["1", "911", "2"],
    bassin: ["CO", "CO", "S"],
    population: [1000, 4, 800],
    x: [0, 100, 5000],
    y: [0, 0, 0],
    px: [0, 0, 0],
    py: [0, 0, 0],
    fragility: [0.5, null, 0.4],
    commune: ["21004", "21001", "21009"],
    nonResidential: [1],
  },
  areaNames: {
    quartier: {
      "1": { fr: "Quartier Royal", nl: "Koninklijke Wijk", en: "Quartier Royal" },
      "911": { fr: "Parc Astrid", nl: "Astridpark", en: "Parc Astrid" },
      "2": { fr: "Flagey", nl: "Flagey", en: "Flagey" },
    },
    commune: {
      "21004": { fr: "Bruxelles", nl: "Brussel", en: "Brussels" },
      "21001": { fr: "Anderlecht", nl: "Anderlecht", en: "Anderlecht" },
      "21009": { fr: "Ixelles", nl: "Elsene", en: "Ixelles" },
    },
  },
  centres: [],
  bassins: { codes: ["CO", "S"], names: { fr: ["CO", "S"], nl: ["CO", "S"], en: ["CO", "S"] } },
};

describe("placeName(data, index, language, t)", () => {
  it("names a site by its street or place, then its quartier, then its commune, in the page's language", () => {
    const fr = translatorFrom(messages.fr, "fr");
    const nl = translatorFrom(messages.nl, "nl");
    expect(placeName(data, 0, "fr", fr)).toBe("Rue des Colonies, Quartier Royal (Bruxelles)");
    expect(placeName(data, 0, "nl", nl)).toBe("Kolonienstraat, Koninklijke Wijk (Brussel)");
    expect(placeName(data, 1, "nl", nl)).toBe("Park Astrid, Astridpark (Anderlecht)");
    // The place is not said twice when the sector is named after its quartier.
    expect(placeName(data, 2, "fr", fr)).toBe("Flagey (Ixelles)");
    expect(placeName({ ...data, areaNames: undefined }, 0, "fr", fr)).toBe("Rue des Colonies");
  });
});

describe("sitingProblem(data, options): non-residential sectors", () => {
  it("leaves them out of the candidate sites unless the visitor includes them", () => {
    expect(sitingProblem(data, SITING_DEFAULTS).candidates).toEqual([0, 2]);
    expect(sitingProblem(data, { ...SITING_DEFAULTS, nonResidential: true }).candidates).toEqual([0, 1, 2]);
    expect(sitingProblem(data, { ...SITING_DEFAULTS, bassin: "CO" }).candidates).toEqual([0]);
  });
});

describe.skipIf(!existsSync(join(projectRoot, "public", "data", "tables", "sectors.csv")))(
  "on the published data (public/data) and data/reference/non-residential-sectors.csv",
  () => {
    const full = sitingDataFromTables({
      sectors: readCsvTable("sectors"),
      fragility: readCsvTable("fragility"),
      services: readCsvTable("services"),
      bassins: readCsvTable("bassins"),
      quartiers: readCsvTable("quartiers"),
      communes: readCsvTable("communes"),
      nonResidential: nonResidentialSectors(),
    });
    const quartierType = new Map(readCsvTable("quartiers").map((q) => [q.quartier_code!, q.type!]));
    const typeOfPick = (site: number) => quartierType.get(full.sectors.quartier[site]!);

    it("knows every listed sector", () => {
      expect(full.sectors.nonResidential).toHaveLength(nonResidentialSectors().length);
    });

    it("proposes no park, forest, cemetery or industrial sector by default: the second site is residential", () => {
      const excluded = new Set(full.sectors.nonResidential);
      const result = runSiting(full, SITING_DEFAULTS);
      expect(result.picks.filter((p) => excluded.has(p.site))).toEqual([]);
      expect(typeOfPick(result.picks[1]!.site)).toBe("residential");
      expect(full.sectors.population[result.picks[1]!.site]).toBeGreaterThan(100);
      // Asked to, the tool considers them again: its second site then is the park with one resident.
      const all = runSiting(full, { ...SITING_DEFAULTS, nonResidential: true });
      expect(typeOfPick(all.picks[1]!.site)).toBe("park");
      expect(full.sectors.population[all.picks[1]!.site]).toBe(1);
    });
  },
);
