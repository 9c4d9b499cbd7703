import { describe, expect, it } from "vitest";
import {
  chooseLevel,
  groupByFamily,
  hasWords,
  joinList,
  orderRows,
  parametersFor,
  pluralKey,
  qualityNotesFor,
  regionOnSameScale,
  summarize,
  wordsFor,
  worstFirstDirection,
  type ValueRow,
} from "../../../../src/lib/indicator/page.ts";
import type { Indicator } from "../../../../src/lib/published.ts";
import { languages } from "../../../../src/core/languages.ts";

const base: Omit<Indicator, "id" | "family" | "label"> = {
  unit: "percent",
  polarity: "higher_is_worse",
  year: 2024,
  levels: ["quartier"],
  method: { fr: "", nl: "", en: "" },
  sources: [],
  status: "published",
};
const make = (id: string, family: Indicator["family"], label: string): Indicator => ({
  ...base,
  id,
  family,
  label: { fr: label, nl: label, en: label },
});
const row = (code: string, name: string, value: number | null, flag: string | null = null): ValueRow => ({
  code,
  name,
  value,
  year: 2024,
  flag,
});

describe("groupByFamily(list, language)", () => {
  it("orders families fragility, GP, coverage, population, and labels alphabetically within each", () => {
    const groups = groupByFamily(
      [
        make("p", "population", "Population"),
        make("c", "coverage", "Zeta"),
        make("c2", "coverage", "Alpha"),
        make("f", "fragility", "Index"),
        make("g", "gp", "Need"),
      ],
      "fr",
    );
    expect(groups.map((g) => g.family)).toEqual(["fragility", "gp", "coverage", "population"]);
    expect(groups[2]!.indicators.map((i) => i.id)).toEqual(["c2", "c"]);
  });

  it("sorts accented labels the way the language does (É with E)", () => {
    const groups = groupByFamily(
      [make("b", "fragility", "Emploi"), make("a", "fragility", "Écart"), make("c", "fragility", "Zone")],
      "fr",
    );
    expect(groups[0]!.indicators.map((i) => i.label.fr)).toEqual(["Écart", "Emploi", "Zone"]);
  });
});

describe("chooseLevel(withValues, preferred, finestFirst)", () => {
  const finest = ["sector", "quartier", "commune", "bassin", "region"];
  it("takes the first preferred level that has values", () => {
    expect(chooseLevel(["sector", "quartier", "commune", "region"], ["quartier", "commune", "bassin"], finest)).toBe(
      "quartier",
    );
    expect(chooseLevel(["commune", "region"], ["quartier", "commune", "bassin"], finest)).toBe("commune");
  });
  it("falls back to the finest level it has (a distance computed per sector only), never the region alone", () => {
    expect(chooseLevel(["sector"], ["quartier", "commune", "bassin"], finest)).toBe("sector");
    expect(chooseLevel(["region"], ["quartier"], finest)).toBeUndefined();
    expect(chooseLevel([], ["quartier"], finest)).toBeUndefined();
  });
});

describe("worstFirstDirection(polarity, unit)", () => {
  it("puts the worst first: high values when higher is worse, low values when higher is better", () => {
    expect(worstFirstDirection("higher_is_worse", "percent")).toBe("descending");
    expect(worstFirstDirection("higher_is_better", "percent")).toBe("ascending");
  });
  it("reads a neutral ranking from its first position, other neutral values from the largest", () => {
    expect(worstFirstDirection("neutral", "rank")).toBe("ascending");
    expect(worstFirstDirection("neutral", "persons")).toBe("descending");
  });
});

describe("orderRows(rows, direction, language)", () => {
  const rows = [
    row("1", "Alpha", 10),
    row("2", "Beta", null, "not_applicable"),
    row("3", "Gamma", 30),
    row("4", "Delta", 10),
    row("5", "Epsilon", 20),
  ];

  it("orders by value in the direction given, rows without a value last", () => {
    expect(orderRows(rows, "descending", "en").map((r) => r.code)).toEqual(["3", "5", "1", "4", "2"]);
    expect(orderRows(rows, "ascending", "en").map((r) => r.code)).toEqual(["1", "4", "5", "3", "2"]);
  });

  it("breaks ties by name, so the order never depends on the input order", () => {
    expect(orderRows([...rows].reverse(), "descending", "en")).toEqual(orderRows(rows, "descending", "en"));
  });

  it("does not change the rows it is given", () => {
    const copy = structuredClone(rows);
    orderRows(rows, "ascending", "en");
    expect(rows).toEqual(copy);
  });
});

describe("summarize(rows, language)", () => {
  it("gives count, lowest, highest, ties and median of the rows with a value", () => {
    const summary = summarize(
      [row("1", "A", 4), row("2", "B", 1), row("3", "C", null), row("4", "D", 1), row("5", "E", 9)],
      "en",
    )!;
    expect(summary.count).toBe(4);
    expect(summary.lowest.name).toBe("B");
    expect(summary.lowestTies).toBe(2);
    expect(summary.highest.name).toBe("E");
    expect(summary.highestTies).toBe(1);
    expect(summary.median).toBe(2.5);
  });
  it("is undefined without any value", () => {
    expect(summarize([row("1", "A", null)], "en")).toBeUndefined();
  });
});

describe("qualityNotesFor(indicator, notes)", () => {
  const notes = [
    { source_id: "s1", indicator_id: "bim_share", issue: "missing_in_source" },
    { source_id: "s1", indicator_id: "", issue: "corrected" },
    { source_id: "s2", indicator_id: "", issue: "excluded" },
    { source_id: "s1", indicator_id: "cpas_share", issue: "missing_in_source" },
    { source_id: "gp-supply", indicator_id: "gp_per_1000", issue: "supply_not_available" },
  ];
  it("keeps the notes naming the indicator and the general notes on its sources", () => {
    expect(
      qualityNotesFor({ id: "bim_share", sources: ["s1"], status: "published" }, notes).map((n) => n.issue),
    ).toEqual(["missing_in_source", "corrected"]);
  });
  it("keeps the missing-supply note for every shortage indicator that is not available", () => {
    expect(
      qualityNotesFor({ id: "gp_access_2sfca", sources: [], status: "not_available" }, notes).map(
        (n) => n.indicator_id,
      ),
    ).toEqual(["gp_per_1000"]);
  });
});

describe("parametersFor(indicator, parameters)", () => {
  it("keeps the parameters of the indicator's family", () => {
    const parameters = [
      { family: "gp", parameter: "catchment_m" },
      { family: "fragility", parameter: "worst_decile" },
    ];
    expect(parametersFor({ family: "gp" }, parameters).map((p) => p.parameter)).toEqual(["catchment_m"]);
  });
});

describe("wordsFor(language, prefix, code)", () => {
  it("explains a flag in words in each language", () => {
    expect(wordsFor("fr", "indicators.flag", "no_residents")).toMatch(/habitants/);
    expect(wordsFor("nl", "indicators.flag", "no_residents")).toMatch(/inwoners/);
    expect(wordsFor("en", "indicators.flag", "no_residents")).toMatch(/residents/);
  });
  it("shows an unknown code as it is rather than failing", () => {
    expect(wordsFor("en", "indicators.flag", "brand_new_flag")).toBe("brand_new_flag");
    expect(hasWords("en", "indicators.flag", "brand_new_flag")).toBe(false);
  });
  it("has words for every status, polarity and family in every language", () => {
    for (const language of languages) {
      for (const code of ["published", "not_available"])
        expect(hasWords(language, "indicators.status", code)).toBe(true);
      for (const code of ["higher_is_worse", "higher_is_better", "neutral"])
        expect(hasWords(language, "indicators.polarity", code)).toBe(true);
      for (const code of ["fragility", "gp", "coverage", "population"])
        expect(hasWords(language, "indicators.family", code)).toBe(true);
    }
  });
});

describe("joinList(items, language) and pluralKey(prefix, count, language)", () => {
  it("joins level names the way each language does", () => {
    expect(joinList(["quartier", "commune", "région"], "fr")).toBe("quartier, commune et région");
    expect(joinList(["wijk", "gemeente", "gewest"], "nl")).toBe("wijk, gemeente en gewest");
    expect(joinList(["neighbourhood", "municipality", "region"], "en")).toBe("neighbourhood, municipality and region");
  });
  it("chooses the message for none, one or many", () => {
    expect(pluralKey("k", 0, "fr")).toBe("k.zero");
    expect(pluralKey("k", 1, "nl")).toBe("k.one");
    expect(pluralKey("k", 7, "en")).toBe("k.other");
  });
});

describe("regionOnSameScale(unit)", () => {
  it("draws the region beside its territories for rates and indexes, not for counts of people", () => {
    expect(regionOnSameScale("percent")).toBe(true);
    expect(regionOnSameScale("index_region_1")).toBe(true);
    expect(regionOnSameScale("persons")).toBe(false);
  });
});
