import { describe, expect, it } from "vitest";
import { GP_HEADLINE_SOURCE, readGpHeadlineFigures } from "../../../scripts/raw/web-gp-headline-as-stated.ts";
import { GP_LEGAL_TEXTS_SOURCE, readGpShortageLegalTexts } from "../../../scripts/raw/web-gp-shortage-legal-texts.ts";
import { readStatedStatements } from "../../../scripts/raw/web-gp-statements-as-stated.ts";
import { rawFixture, realContext, replaceText } from "../../helpers/raw-fixture.ts";

const SHORTAGE = "web-gp-shortage-statements-as-stated";
const headlineFile = (rawDir: string) => `${rawDir}/web-bassins-clss-gp-figures/gp_headline_figures_as_stated.csv`;
const legalFile = (rawDir: string) => `${rawDir}/web-gp-shortage-figures/gp_shortage_legal_texts.csv`;
const shortageFile = (rawDir: string) => `${rawDir}/web-gp-shortage-figures/gp_shortage_validation_as_stated.csv`;

describe("the GP fact readers on the real transcriptions", () => {
  it("reads the 20 regional headline figures, the list of zones as words", () => {
    const facts = readGpHeadlineFigures(realContext());
    expect(facts).toHaveLength(20);
    expect(facts[0]).toMatchObject({
      row: 2,
      indicator: "active GPs in the Brussels-Capital Region",
      value: 1468,
      valueAsStated: "1468",
      territoryCode: "04000",
    });
    const zones = facts.at(-1)!;
    expect(zones.value).toBeNull();
    expect(zones.valueAsStated).toMatch(/^peripheral parts of Watermael-Boitsfort/);
  });

  it("reads the three Cocom legal texts with their dates and every cited page", () => {
    const facts = readGpShortageLegalTexts(realContext());
    expect(facts.map((f) => f.period)).toEqual(["2019-05-13", "2022-01-27", "2024-12-19"]);
    expect(facts[0]!.urls).toHaveLength(3);
    expect(facts[0]!.urls[1]).toBe("https://etaamb.openjustice.be/nl/ministerieel-besluit-van-13-mei-2019_n2019012722");
    expect(facts[1]!.caveat).toBe("Reference: none stated. Quartier list in the stored material: no.");
  });

  it("reads the 32 shortage statements, the 8 communes named first", () => {
    const facts = readStatedStatements(realContext(), SHORTAGE);
    expect(facts).toHaveLength(32);
    expect(facts.slice(0, 8).map((f) => f.territoryCode)).toEqual([
      "21001",
      "21003",
      "21004",
      "21007",
      "21011",
      "21012",
      "21014",
      "21018",
    ]);
    expect(facts[9]).toMatchObject({ row: 11, value: 1, unit: "flag (1 = named)" });
  });

  it("qualifies a GMD/DMG figure by its age group", () => {
    const facts = readStatedStatements(realContext(), "web-dmg-coverage-as-stated");
    expect(facts.find((f) => f.value === 77.9)!.indicator).toBe("GMD coverage (GMDs / insured members) (ages 75+)");
  });
});

describe("the GP fact readers on bad input", () => {
  it("refuses a headline number that is not a plain decimal", () => {
    const { context, rawDir } = rawFixture({ [GP_HEADLINE_SOURCE]: replaceText(",1468,", ',"1 468",') });
    expect(() => readGpHeadlineFigures(context)).toThrow(
      `${headlineFile(rawDir)} (row 2, column "value"): "1 468" is not a number (expected a plain decimal such as 12 or -4.35)`,
    );
  });

  it("refuses a negative headline figure", () => {
    const { context, rawDir } = rawFixture({ [GP_HEADLINE_SOURCE]: replaceText(",1.23,", ",-1.23,") });
    expect(() => readGpHeadlineFigures(context)).toThrow(
      `${headlineFile(rawDir)} (row 3, column "value"): -1.23 is negative; a count, share or rate stated on a page cannot be`,
    );
  });

  it("refuses a legal text dated on a day that does not exist", () => {
    const { context, rawDir } = rawFixture({ [GP_LEGAL_TEXTS_SOURCE]: replaceText(",2019-05-13,", ",2019-02-30,") });
    expect(() => readGpShortageLegalTexts(context)).toThrow(
      `${legalFile(rawDir)} (row 2, column "date"): "2019-02-30" is not a date (expected YYYY-MM-DD, a day that exists)`,
    );
  });

  it("refuses a cited page that is not a web address", () => {
    const { context, rawDir } = rawFixture({
      [SHORTAGE]: replaceText(",https://www.doktr.be/blog/", ",www.doktr.be/blog/"),
    });
    expect(() => readStatedStatements(context, SHORTAGE)).toThrow(
      `${shortageFile(rawDir)} (row 10, column "source_url"): "www.doktr.be/blog/een-blik-op-huisartsarme-zones-in-belgie" is not a web address (expected http:// or https://, several separated by " ; ")`,
    );
  });

  it("refuses a statement whose number has a decimal comma", () => {
    const { context, rawDir } = rawFixture({ [SHORTAGE]: replaceText(",28,Uit", ',"28,5",Uit') });
    expect(() => readStatedStatements(context, SHORTAGE)).toThrow(
      `${shortageFile(rawDir)} (row 10, column "value"): "28,5" is not a number (expected a plain decimal such as 12 or -4.35)`,
    );
  });

  it("refuses a statements file without its notes column", () => {
    const { context, rawDir } = rawFixture({ [SHORTAGE]: replaceText("source_url,notes", "source_url,remarks") });
    expect(() => readStatedStatements(context, SHORTAGE)).toThrow(
      new RegExp(
        `^${shortageFile(rawDir)} \\(row 1, column "notes"\\): missing column "notes" \\(found: .*remarks\\)$`,
      ),
    );
  });
});
