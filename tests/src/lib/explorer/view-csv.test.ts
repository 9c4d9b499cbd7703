import { describe, expect, it } from "vitest";
import type { ClientCatalogEntry } from "../../../../src/lib/client-data.ts";
import { viewCsv } from "../../../../src/lib/explorer/view-csv.ts";

const indicator: ClientCatalogEntry = {
  id: "bim_share",
  family: "fragility",
  label: { fr: "Part BIM", nl: "Aandeel VT", en: "BIM share" },
  unit: "percent",
  polarity: "higher_is_worse",
  year: 2024,
  levels: ["quartier"],
  status: "published",
  citation: { fr: "Éditeur d'essai (2024)", nl: "Testuitgever (2024)", en: "Test publisher (2024)" },
};
const base = { level: "quartier", indicator, language: "en" as const, codes: ["A1", "B2"], names: ["North", "South"] };

describe("viewCsv(input)", () => {
  it("writes one year with the static map CSV's columns", () => {
    const csv = viewCsv({ ...base, to: { year: 2018, values: [10.25, null], flags: [null, "not_applicable"] } });
    expect(csv.replace("\uFEFF", "").split("\r\n").filter(Boolean)).toEqual([
      "level,code,name,indicator_id,indicator,unit,year,value,flag,sources",
      "quartier,A1,North,bim_share,BIM share,percent,2018,10.25,,Test publisher (2024)",
      "quartier,B2,South,bim_share,BIM share,percent,2018,,not_applicable,Test publisher (2024)",
    ]);
  });

  it("cites the sources in the page's language", () => {
    const csv = viewCsv({
      ...base,
      language: "fr",
      to: { year: 2018, values: [10.25, null], flags: [null, null] },
    });
    expect(csv).toContain(",Éditeur d'essai (2024)");
    expect(csv).not.toContain("Test publisher");
  });

  it("writes a change with both years, both values, the absolute and relative change", () => {
    const csv = viewCsv({
      ...base,
      from: { year: 2018, values: [10.1, 24], flags: [null, null] },
      to: { year: 2024, values: [12.5, null], flags: [null, "missing"] },
    });
    expect(csv.replace("\uFEFF", "").split("\r\n").filter(Boolean)).toEqual([
      "level,code,name,indicator_id,indicator,unit,year_from,year_to,value_from,value_to,change_abs,change_rel_pct,flag_from,flag_to,sources",
      "quartier,A1,North,bim_share,BIM share,percent,2018,2024,10.1,12.5,2.4,23.7623762376,,,Test publisher (2024)",
      "quartier,B2,South,bim_share,BIM share,percent,2018,2024,24,,,,,missing,Test publisher (2024)",
    ]);
  });
});
