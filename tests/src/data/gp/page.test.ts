import { describe, expect, it } from "vitest";
import { communeNamingMap } from "../../../../src/data/gp/commune-map.ts";
import { communeFacts, communeNamings, inamiThresholds, keyFact, keyFacts } from "../../../../src/data/gp/page.ts";
import { readCsvTable } from "../../../../src/data/observatory-data.ts";

const facts = readCsvTable("gp_facts");

describe("the GP page's data on the published gp_facts", () => {
  it("finds the regional GP counts of 2017 and 2025 as published, and refuses to pick one of two", () => {
    const counts = keyFacts("gpCount");
    expect(counts.map((f) => [f.value, f.source_id, f.source_row])).toEqual(
      facts
        .filter((f) => f.indicator_as_stated === "active GPs in the Brussels-Capital Region")
        .map((f) => [Number(f.value), f.source_id, Number(f.source_row)]),
    );
    expect(counts).toHaveLength(2);
    expect(() => keyFact("gpCount")).toThrow(
      'gp_facts states "active GPs in the Brussels-Capital Region" 2 times; expected once',
    );
    expect(keyFact("notAccepting").value).toBe(
      Number(facts.find((f) => f.indicator_as_stated === "GPs no longer accepting new patients (%)")!.value),
    );
  });

  it("names the communes of the 'grande pénurie' statement and, per commune, the other statements naming it", () => {
    const { shortage, communes } = communeNamings("fr");
    const named = facts.filter((f) => f.indicator_as_stated!.startsWith("commune named as containing quartier(s)"));
    expect(shortage.communes).toEqual(named.map((f) => f.territory_code));
    expect(communes).toHaveLength(19);
    expect(communes.filter((c) => c.named).map((c) => c.code)).toEqual(named.map((f) => f.territory_code).toSorted());
    const evere = communes.find((c) => c.code === "21006")!;
    expect(evere.named).toBe(false);
    expect(evere.others.map((g) => g.indicator)).toEqual([
      "commune stated among those with the lowest GP numbers (OWG/OSS 2017 study)",
    ]);
    expect(communeFacts("21006").map((f) => f.fact_id)).toEqual(
      facts.filter((f) => f.territory_code === "21006").map((f) => f.fact_id),
    );
  });

  it("draws the 19 communes with a legend counting the named ones", () => {
    const { svg, legendItems } = communeNamingMap("en", communeNamings("en").shortage.communes);
    expect(svg.match(/data-code="/g)).toHaveLength(19);
    expect(legendItems.map((i) => i.label)).toEqual(["named (8)", "not named (11)"]);
  });

  it("reads the INAMI thresholds the shortage method uses", () => {
    expect(inamiThresholds()).toEqual({ threshold: 0.9, severe: 0.5 });
  });
});
