import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { gpFacts } from "../../../../scripts/indicators/gp/facts.ts";
import { sourcePath } from "../../../../scripts/lib/context.ts";
import { referenceDir } from "../../../../scripts/lib/paths.ts";
import { rawFixture, realContext, replaceText } from "../../../helpers/raw-fixture.ts";

const COMMUNES = new Set(Array.from({ length: 19 }, (_, i) => `210${String(i + 1).padStart(2, "0")}`));
const TEXTS = "gp-fact-texts.csv";

/** A copy of the reference tables with the translations edited (the edit must apply). */
function textsFixture(search: string | RegExp, replacement: string) {
  const dir = join(mkdtempSync(join(tmpdir(), "obs-ref-")), "reference");
  cpSync(referenceDir, dir, { recursive: true });
  const path = join(dir, TEXTS);
  const text = readFileSync(path, "utf8");
  const changed = text.replace(search, replacement);
  if (changed === text) throw new Error(`fixture edit did not apply: ${String(search)}`);
  writeFileSync(path, changed);
  return { context: { ...realContext(), referenceDir: dir }, path };
}

describe("GP fact translations on the real data", () => {
  const { rows } = gpFacts(realContext(), COMMUNES);
  const byId = new Map(rows.map((r) => [r.fact_id, r]));

  it("gives every fact its statement, period and publisher in French, Dutch and English, and a caveat where it has one", () => {
    for (const row of rows) {
      for (const language of ["fr", "nl", "en"] as const) {
        expect(row[`statement_${language}`], row.fact_id).not.toBe("");
        expect(row[`period_${language}`], row.fact_id).not.toBe("");
        expect(row[`publisher_${language}`], row.fact_id).not.toBe("");
        expect(row[`caveat_${language}`] === null, row.fact_id).toBe(row.caveat === null);
      }
    }
    expect(byId.get("web-gp-shortage-statements-as-stated/26")).toMatchObject({
      indicator_as_stated: "availability of updated GP counts since the OSS 2018 study",
      statement_fr: "existence de chiffres actualisés du nombre de généralistes depuis l'étude de l'OSS de 2018",
      statement_nl: "beschikbaarheid van bijgewerkte huisartsencijfers sinds de OWG-studie van 2018",
      period_fr: "réponse du 18 octobre 2023",
      period_nl: "antwoord van 18 oktober 2023",
      publisher_fr:
        "ministres bruxellois de la Santé (Collège réuni de la Cocom), réponse à la question écrite n° 752 (Jan Busselen)",
      quote_language: "fr",
    });
  });

  it("marks each quote's language, none for a bare figure; a legal text's statement is what its excerpt says", () => {
    expect(byId.get("web-gp-headline-as-stated/2")!.quote_language).toBeNull();
    expect(byId.get("web-gp-shortage-statements-as-stated/10")!.quote_language).toBe("nl");
    expect(byId.get("web-dmg-coverage-as-stated/4")!.quote_language).toBe("en");
    const legal = byId.get("web-gp-shortage-legal-texts/2")!;
    expect(legal.quote_language).toBe("fr");
    expect(legal.statement_en).toBe(
      "Recital: the Monitoring des Quartiers (IBSA) is based on statistical sectors and delimits zones on objective data; refers to the OSS study. The article text with the list is beyond the stored excerpt.",
    );
    expect(legal.period_nl).toBe("2019-05-13");
  });
});

describe("GP fact translations on bad input", () => {
  it("refuses a fact without a translation, naming its raw file and row", () => {
    const { context } = textsFixture(/\nweb-gp-supply-as-stated,7,[^\n]*/, "");
    expect(() => gpFacts(context, COMMUNES)).toThrow(
      `${sourcePath(context, "web-gp-supply-as-stated")} (row 7, column "indicator"): GP fact web-gp-supply-as-stated/7 has no translation in data/reference/gp-fact-texts.csv: add a row (statement, caveat, period and publisher in fr, nl, en)`,
    );
  });

  it("refuses a translation whose fact is gone", () => {
    const { context, path } = textsFixture("\nweb-dmg-coverage-as-stated,20,", "\nweb-dmg-coverage-as-stated,70,");
    expect(() => gpFacts(context, COMMUNES)).toThrow(
      `${path} (row 90, column "row"): no GP fact web-dmg-coverage-as-stated/70: the row was removed or moved; review the translation`,
    );
  });

  it("refuses a fact listed twice", () => {
    const { context, path } = textsFixture(/\n(web-gp-headline-as-stated,3,[^\n]*)/, "\n$1\n$1");
    expect(() => gpFacts(context, COMMUNES)).toThrow(
      `${path} (row 4, column "row"): web-gp-headline-as-stated/3 is listed twice`,
    );
  });

  it("refuses a translation of a statement the raw file no longer makes", () => {
    const { context } = rawFixture({
      "web-gp-headline-as-stated": replaceText(
        "GPs who would like to work less (%)",
        "GPs who would like to work fewer hours (%)",
      ),
    });
    expect(() => gpFacts(context, COMMUNES)).toThrow(
      `${referenceDir}/${TEXTS} (row 17, column "statement_as_transcribed"): web-gp-headline-as-stated/17 now reads "GPs who would like to work fewer hours (%)": the translation no longer matches the file; review it`,
    );
  });

  it("refuses a figure typed into a translation that the raw row does not state", () => {
    const { context, path } = textsFixture(
      ",médecins généralistes actifs en Région de Bruxelles-Capitale,",
      ",1500 médecins généralistes actifs en Région de Bruxelles-Capitale,",
    );
    expect(() => gpFacts(context, COMMUNES)).toThrow(
      `${path} (row 2, column "statement_fr"): the figure 1500 is not in web-gp-headline-as-stated/2's raw row: a translation may only repeat the file's figures`,
    );
  });

  it("refuses a missing translation", () => {
    const { context, path } = textsFixture(",actieve huisartsen in het Brussels Hoofdstedelijk Gewest,", ",,");
    expect(() => gpFacts(context, COMMUNES)).toThrow(`${path} (row 2, column "statement_nl"): empty value`);
  });

  it("refuses a caveat translated for a fact that has none", () => {
    const { context, path } = textsFixture(
      "GPs per 1000 inhabitants,,,,,2017",
      "GPs per 1000 inhabitants,,une réserve,,,2017",
    );
    expect(() => gpFacts(context, COMMUNES)).toThrow(
      `${path} (row 3, column "caveat_fr"): web-gp-headline-as-stated/3 has no caveat: leave the translation empty`,
    );
  });

  it("refuses a quote language that is not fr, nl or en, and a language for a bare figure", () => {
    const wrong = textsFixture("web-gp-supply-as-stated,7,fr,", "web-gp-supply-as-stated,7,de,");
    expect(() => gpFacts(wrong.context, COMMUNES)).toThrow(
      `${wrong.path} (row 62, column "quote_language"): "de" is not the language of a quote (expected fr, nl, en)`,
    );
    const bare = textsFixture("web-gp-headline-as-stated,2,,", "web-gp-headline-as-stated,2,en,");
    expect(() => gpFacts(bare.context, COMMUNES)).toThrow(
      `${bare.path} (row 2, column "quote_language"): the quote "1468" has no words: leave it empty`,
    );
  });
});
