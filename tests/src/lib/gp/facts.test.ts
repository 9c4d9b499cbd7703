import { describe, expect, it } from "vitest";
import {
  factCommunes,
  factsForCommune,
  factsStating,
  factText,
  formatStated,
  namingStatements,
  quoteLang,
  type GpFact,
} from "../../../../src/lib/gp/facts.ts";

/** A purpose-built fact: only what the selections read differs from row to row. */
function fact(
  id: string,
  topic: string,
  indicator: string,
  territory: string | null,
  url = "https://a.example/1",
): GpFact {
  return {
    fact_id: id,
    topic,
    source_id: "test",
    source_row: 2,
    geography_as_stated: "commune",
    area_as_stated: "area",
    territory_code: territory,
    indicator_as_stated: indicator,
    value: 1,
    value_as_stated: "stated",
    unit_as_stated: null,
    reference_period_as_stated: "2019",
    publisher_as_stated: "publisher",
    source_url: url,
    more_urls: null,
    source_kind: "press",
    status: "press_reported",
    conflict_id: null,
    caveat: null,
    quote_language: "fr",
    statement_fr: `${indicator} (fr)`,
    statement_nl: `${indicator} (nl)`,
    statement_en: indicator,
    caveat_fr: null,
    caveat_nl: null,
    caveat_en: null,
    period_fr: "2019 (fr)",
    period_nl: "2019 (nl)",
    period_en: "2019",
    publisher_fr: "éditeur",
    publisher_nl: "uitgever",
    publisher_en: "publisher",
  };
}

const facts = [
  fact("a", "shortage_statements", "named short", "21001"),
  fact("b", "shortage_statements", "named short", "21007"),
  fact("c", "shortage_statements", "named short", "21001"),
  fact("d", "shortage_statements", "named short", "21011", "https://b.example/2"),
  fact("e", "supply_statements", "two communes", "21019;21018"),
  fact("f", "regional_figures", "count", "04000"),
  fact("g", "gmd_coverage", "elsewhere", null),
];

describe("factCommunes(fact)", () => {
  it("reads one or several commune codes; the region and other areas have none", () => {
    expect(factCommunes(facts[0]!)).toEqual(["21001"]);
    expect(factCommunes(facts[4]!)).toEqual(["21019", "21018"]);
    expect(factCommunes(facts[5]!)).toEqual([]);
    expect(factCommunes(facts[6]!)).toEqual([]);
  });
});

describe("factsForCommune(facts, commune)", () => {
  it("keeps the facts naming the commune, alone or with another, in table order", () => {
    expect(factsForCommune(facts, "21001").map((f) => f.fact_id)).toEqual(["a", "c"]);
    expect(factsForCommune(facts, "21018").map((f) => f.fact_id)).toEqual(["e"]);
    expect(factsForCommune(facts, "21002")).toEqual([]);
  });
});

describe("factsStating(facts, topic, indicator)", () => {
  it("finds every fact stating the wording, and refuses a wording no fact states", () => {
    expect(factsStating(facts, "regional_figures", "count").map((f) => f.fact_id)).toEqual(["f"]);
    expect(() => factsStating(facts, "regional_figures", "counted")).toThrow(
      'gp_facts has no regional_figures fact stating "counted"',
    );
  });
});

describe("namingStatements(facts, topic)", () => {
  it("groups the facts of one statement by wording and page, each commune once", () => {
    const groups = namingStatements(facts, "shortage_statements");
    expect(groups.map((g) => [g.indicator, g.facts.map((f) => f.fact_id), g.communes])).toEqual([
      ["named short", ["a", "b", "c"], ["21001", "21007"]],
      ["named short", ["d"], ["21011"]],
    ]);
    expect(namingStatements(facts, "regional_figures")).toEqual([]);
  });
});

describe("formatStated(value, language)", () => {
  it("writes a stated number in the page's language without adding decimals", () => {
    expect(formatStated(1.23, "fr")).toBe("1,23");
    expect(formatStated(1.23, "en")).toBe("1.23");
    expect(formatStated(15, "nl")).toBe("15");
  });
});

describe("factText(fact, language) and quoteLang(fact)", () => {
  it("gives the statement, caveat and period in the page's language, and the quote's language", () => {
    const stated = {
      ...fact("x", "supply_statements", "share", "21001"),
      caveat_fr: "réserve",
      caveat_nl: "voorbehoud",
    };
    expect(factText(stated, "fr")).toEqual({
      statement: "share (fr)",
      caveat: "réserve",
      period: "2019 (fr)",
      publisher: "éditeur",
    });
    expect(factText(stated, "nl")).toEqual({
      statement: "share (nl)",
      caveat: "voorbehoud",
      period: "2019 (nl)",
      publisher: "uitgever",
    });
    expect(factText(stated, "en")).toEqual({
      statement: "share",
      caveat: null,
      period: "2019",
      publisher: "publisher",
    });
    expect(quoteLang(stated)).toBe("fr");
    expect(quoteLang({ ...stated, quote_language: null })).toBeUndefined();
  });
});
