import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import {
  NEED_WEIGHTS_FILE,
  deriveNeedWeights,
  loadNeedWeights,
  type CitedFigure,
  type FigureName,
} from "../../../../scripts/indicators/gp/need-weights.ts";
import { gpStage } from "../../../../scripts/indicators/gp/stage.ts";
import { needFactor } from "../../../../scripts/indicators/gp/need.ts";
import {
  readQuartierComponents,
  type QuartierComponents,
} from "../../../../scripts/indicators/fragility/components.ts";
import type { IndicatorStageOutput } from "../../../../scripts/indicators/indicator-model.ts";
import { sourcePath } from "../../../../scripts/lib/context.ts";
import { readCsv } from "../../../../scripts/sources/read-csv.ts";
import { buildGeometry } from "../../../../scripts/territory/geometry.ts";
import { buildTerritorialModel } from "../../../../scripts/territory/territorial-model.ts";
import { rawFixture, realContext, replaceText } from "../../../helpers/raw-fixture.ts";

// Defect 7 of issue 10: need weights per resident, BIM counted once, fallbacks flagged.
const context = realContext();
const model = buildTerritorialModel(context);
const quartierCodes = model.territories.get("quartier")!.map((q) => q.code);
const components = readQuartierComponents(context, quartierCodes);
const geometry = await buildGeometry(model);
const run = (c: QuartierComponents = components) =>
  gpStage(context, model, c, geometry.sectorPoints, geometry.topojson.get("sector")!);
const real = await run();

/** The weights the stage used, as it publishes them in method_parameters. */
function weightsOf(output: IndicatorStageOutput) {
  const value = (name: string) => Number(output.parameters!.find((p) => p.parameter === name)!.value);
  return {
    age_weight_0_64: value("age_weight_0_64"),
    age_weight_65_79: value("age_weight_65_79"),
    age_weight_80_plus: value("age_weight_80_plus"),
    precarity_uplift_bim: value("precarity_uplift_bim"),
    rows: [],
  };
}

const valueOf = (output: IndicatorStageOutput, level: string, code: string, id = "gp_need_index") =>
  output.values.find((v) => v.level === level && v.territory_code === code && v.indicator_id === id)!;

describe("GP need weights per resident (real data)", () => {
  // Recomputed here from the raw files, independently of the pipeline's reference table.
  const stated = readCsv(sourcePath(context, "web-gp-use-by-age-as-stated"), {
    columns: ["indicator", "age_group", "sex", "value", "reference_period"],
  });
  const figure = (indicator: string, age: string, sex: string, period: string) => {
    const hits = Array.from({ length: stated.length }, (_, i) => i).filter(
      (i) =>
        stated.text(i, "indicator") === indicator &&
        stated.text(i, "age_group") === age &&
        stated.text(i, "sex") === sex &&
        stated.text(i, "reference_period") === period,
    );
    expect(hits).toHaveLength(1);
    return stated.number(hits[0]!, "value");
  };
  const perPatient = "mean number of GP contacts per patient with at least one contact";
  const seen = "share of population with at least one GP contact in the year";
  const ages = readCsv(sourcePath(context, "statbel-population-age-sex-commune"), {
    columns: ["year", "sex", "age_from", "population"],
  });
  let women = 0;
  let all = 0;
  for (let i = 0; i < ages.length; i++) {
    if (ages.text(i, "year") !== "2025" || ages.number(i, "age_from") < 75) continue;
    all += ages.number(i, "population");
    if (ages.text(i, "sex") === "F") women += ages.number(i, "population");
  }

  it("weights the 80+ by contacts per resident: contacts per patient x share who saw a GP, 75+ against 25-44", () => {
    const seen75 =
      (women / all) * figure(seen, "75+", "female", "2021") + (1 - women / all) * figure(seen, "75+", "male", "2021");
    const perResident75 = (figure(perPatient, "75+", "all", "2020") * seen75) / 100;
    const perResident2544 =
      (figure(`${perPatient}, without increased reimbursement (VT/BIM)`, "25-44", "all", "2020") *
        figure(seen, "25-44", "male", "2021")) /
      100;
    const w = weightsOf(real);
    expect(w.age_weight_80_plus).toBe(Math.round((100 * perResident75) / perResident2544) / 100);
    expect(w.age_weight_80_plus).toBe(2.9);
    expect(w.age_weight_65_79).toBe(Math.round(((1 + w.age_weight_80_plus) / 2) * 100) / 100);
    expect(w.precarity_uplift_bim).toBe(1.51);
    expect(real.parameters!.find((p) => p.parameter === "age_weight_65_79")!.status).toBe("assumption");
  });

  it("publishes every figure of the derivation with its source and year", () => {
    const row = (name: string) => real.parameters!.find((p) => p.parameter === name)!;
    expect(row("contacts_per_patient_75_plus")).toMatchObject({
      value: 10.9,
      status: "reference",
      source_id: "web-gp-use-by-age-as-stated",
    });
    expect(row("contacts_per_patient_75_plus").explanation.en).toContain("Stated for Belgium, 2020: IMA/AIM");
    expect(row("share_seen_25_44_men")).toMatchObject({ value: 77, source_id: "web-gp-use-by-age-as-stated" });
    expect(row("share_seen_75_plus_women").explanation.en).toContain("2021");
    expect(row("women_share_75_plus")).toMatchObject({
      value: Math.round((10000 * women) / all) / 10000,
      source_id: "statbel-population-age-sex-commune",
    });
    expect(row("age_weight_80_plus").explanation.en).toBe(
      "Contacts per resident: 10.491 at 75+ / 3.619 at 25-44 without BIM = 2.9. Per patient the ratio would be 10.9 / 4.7 = 2.32, ignoring that more of the elderly see a GP. Assumes 75+ stands for the over-80s. The 75+ figure counts patients with and without BIM: the weight already holds the BIM share of that age, so the BIM uplift is not applied to it.",
    );
  });

  it("flags quartier 115, whose need rests on its commune's age structure, and notes it", () => {
    expect(valueOf(real, "quartier", "115")).toMatchObject({ flag: "commune_fallback" });
    expect(valueOf(real, "quartier", "115", "gp_need_population")).toMatchObject({ flag: "commune_fallback" });
    expect(real.quality.find((n) => n.level === "quartier" && n.territory_code === "115")).toMatchObject({
      indicator_id: "gp_need_index",
      issue: "commune_fallback",
      source_id: "ibsa-monitoring-export",
    });
    // A quartier with its own figures is not flagged.
    expect(valueOf(real, "quartier", "1").flag).toBeNull();
  });
});

describe("needFactor(share65to79, share80plus, bimShare, weights): BIM counted once", () => {
  const w = weightsOf(real);

  it("does not raise residents aged 80+ who are all BIM: their weight already holds BIM", () => {
    expect(needFactor(0, 100, 100, w)).toBe(w.age_weight_80_plus);
    expect(needFactor(100, 0, 100, w)).toBe(w.age_weight_65_79);
  });

  it("raises the under-65s only, by the quartier's BIM share (worked by hand)", () => {
    // 70 % under 65, 20 % aged 65-79 and 10 % aged 80+; 30 % BIM.
    const expected =
      0.7 * (1 + (w.precarity_uplift_bim - 1) * 0.3) + 0.2 * w.age_weight_65_79 + 0.1 * w.age_weight_80_plus;
    expect(needFactor(20, 10, 30, w)).toBeCloseTo(expected, 12);
    // An elderly quartier where the elderly are BIM: adding their BIM does not raise them.
    expect(needFactor(20, 10, 30, w) - needFactor(20, 10, 0, w)).toBeCloseTo(
      0.7 * (w.precarity_uplift_bim - 1) * 0.3,
      12,
    );
  });
});

describe("gpStage(...) when a quartier's age structure is missing", () => {
  // Quartier 109's age shares removed on purpose (the real data already sets 108's aside: see below).
  const without108: QuartierComponents = new Map(
    [...components].map(([id, byQuartier]) => [
      id,
      new Map(
        [...byQuartier].filter(([code]) => !(code === "109" && (id === "share_65_79" || id === "share_80_plus"))),
      ),
    ]),
  );
  let output: IndicatorStageOutput;
  beforeAll(async () => {
    output = await run(without108);
  });

  it("falls back to the commune's age structure, flags the quartier and notes it", () => {
    expect(valueOf(real, "quartier", "109").flag).toBeNull();
    expect(valueOf(output, "quartier", "109")).toMatchObject({ flag: "commune_fallback" });
    const residents = model.sectors.filter((s) => s.codes.quartier === "109");
    const note = output.quality.find((n) => n.level === "quartier" && n.territory_code === "109")!;
    expect(note).toMatchObject({ source_id: "ibsa-monitoring-export", issue: "commune_fallback" });
    expect(note.detail).toBe(
      `No age shares (65-79, 80+) for quartier 109: the need of its ${residents.reduce((s, x) => s + x.population, 0)} residents (${residents.filter((s) => s.population > 0).length} sectors) uses its commune's Statbel age structure (statbel-population-age-sex-commune); its gp_need_index and gp_need_population are flagged commune_fallback.`,
    );
    expect(valueOf(output, "quartier", "109").value).not.toBe(valueOf(real, "quartier", "109").value);
  });

  it("does so on the real data for quartier 108, whose age cells copied from 109 are set aside", () => {
    expect(valueOf(real, "quartier", "108").flag).toBe("commune_fallback");
    const note = real.quality.find(
      (n) => n.level === "quartier" && n.territory_code === "108" && n.issue === "commune_fallback",
    );
    expect(note?.detail).toMatch(/^No age shares \(65-79, 80\+\) for quartier 108: /);
  });
});

describe("deriveNeedWeights(figures, aged75) on purpose-built figures", () => {
  const text = (en: string) => ({ fr: `${en} (fr)`, nl: `${en} (nl)`, en });
  const cite = (value: number): CitedFigure => ({ value, period: "2020", use: text("Test."), citation: text("test") });
  const figures: Record<FigureName, CitedFigure> = {
    contacts_per_patient_25_44_without_bim: cite(5),
    contacts_per_patient_25_44_with_bim: cite(6),
    contacts_per_patient_75_plus: cite(10),
    share_seen_25_44_men: cite(50),
    share_seen_75_plus_women: cite(100),
    share_seen_75_plus_men: cite(80),
  };

  it("multiplies contacts per patient by the share who saw a GP, the sexes weighted by the residents aged 75+", () => {
    // 75+: 3 women for 1 man, 0.75 x 100 % + 0.25 x 80 % = 95 % saw a GP: 10 x 0.95 = 9.5 contacts per resident.
    // Reference: 5 x 50 % = 2.5 contacts per resident. 9.5 / 2.5 = 3.8 (per patient it would be 10 / 5 = 2).
    const w = deriveNeedWeights(figures, { women: 300, men: 100, year: 2025 });
    expect(w).toMatchObject({
      age_weight_0_64: 1,
      age_weight_80_plus: 3.8,
      age_weight_65_79: 2.4,
      precarity_uplift_bim: 1.2,
    });
    expect(w.rows.find((r) => r.parameter === "share_seen_75_plus")!.explanation).toEqual({
      fr: "Part des habitants de 75 ans et plus qui ont vu un généraliste dans l'année : 0,75 x 100 % (femmes, 2020) + 0,25 x 80 % (hommes, 2020) = 95 %.",
      nl: "Aandeel inwoners van 75 jaar en ouder dat in het jaar een huisarts zag: 0,75 x 100 % (vrouwen, 2020) + 0,25 x 80 % (mannen, 2020) = 95 %.",
      en: "Share of residents aged 75+ who saw a GP in the year: 0.75 x 100 % (women, 2020) + 0.25 x 80 % (men, 2020) = 95 %.",
    });
    // Each figure's use and citation in the row's language.
    expect(w.rows[0]!.explanation).toEqual({
      fr: "Test. (fr) Publié pour la Belgique, 2020 : test (fr).",
      nl: "Test. (nl) Vermeld voor België, 2020: test (nl).",
      en: "Test. Stated for Belgium, 2020: test.",
    });
    expect(w.rows.map((r) => r.parameter)).toEqual([
      "contacts_per_patient_25_44_without_bim",
      "contacts_per_patient_25_44_with_bim",
      "contacts_per_patient_75_plus",
      "share_seen_25_44_men",
      "share_seen_75_plus_women",
      "share_seen_75_plus_men",
      "women_share_75_plus",
      "share_seen_75_plus",
      "contacts_per_resident_75_plus",
      "contacts_per_resident_25_44_without_bim",
      "age_weight_0_64",
      "age_weight_80_plus",
      "age_weight_65_79",
      "precarity_uplift_bim",
    ]);
  });

  it("gives a quartier whose residents are all 80+ and all BIM the 80+ weight, not the weight times the uplift", () => {
    const w = deriveNeedWeights(figures, { women: 300, men: 100, year: 2025 });
    expect(needFactor(0, 100, 100, w)).toBe(3.8);
    expect(needFactor(0, 0, 100, w)).toBe(1.2);
  });
});

describe("loadNeedWeights(context, year): bad reference rows and stated figures", () => {
  const realTable = readFileSync(join(context.referenceDir, NEED_WEIGHTS_FILE), "utf8");
  const withTable = (text: string) => {
    const dir = mkdtempSync(join(tmpdir(), "obs-gp-weights-"));
    cpSync(context.referenceDir, dir, { recursive: true });
    writeFileSync(join(dir, NEED_WEIGHTS_FILE), text);
    return { ...context, referenceDir: dir };
  };
  const raw = sourcePath(context, "web-gp-use-by-age-as-stated");

  it("refuses a figure the stated file does not hold, naming both files", () => {
    const bad = withTable(
      realTable.replace(
        "men,share of population with at least one GP contact in the year,25-44,male,2021",
        "men,share of population with at least one GP contact in the year,25-44,male,2019",
      ),
    );
    expect(() => loadNeedWeights(bad, 2025)).toThrow(
      `${raw} (column "indicator"): no row states "share of population with at least one GP contact in the year", ages 25-44, sex male, 2019, which ${join(bad.referenceDir, NEED_WEIGHTS_FILE)} (row 5) needs`,
    );
  });

  it("refuses a stated figure that is not a single number", () => {
    const bad = withTable(realTable.replace("contact,75+,all,2020", "contact,75+,female,2019"));
    expect(() => loadNeedWeights(bad, 2025)).toThrow(
      `${raw} (row 30, column "value"): no single number is stated for "mean number of GP contacts per patient with at least one contact", ages 75+, sex female, 2019 ("vrouwen ouder dan 75 jaar met gemiddeld iets meer dan elf contacten per jaar"), which ${join(bad.referenceDir, NEED_WEIGHTS_FILE)} (row 4) needs`,
    );
  });

  it("refuses an unknown, repeated or missing figure", () => {
    const lines = realTable.trimEnd().split("\n");
    const file = (c: { referenceDir: string }) => join(c.referenceDir, NEED_WEIGHTS_FILE);
    const unknown = withTable(realTable.replace("share_seen_75_plus_men,", "share_seen_80_plus_men,"));
    expect(() => loadNeedWeights(unknown, 2025)).toThrow(
      `${file(unknown)} (row 7, column "figure"): unknown figure "share_seen_80_plus_men" (expected one of contacts_per_patient_25_44_without_bim, contacts_per_patient_25_44_with_bim, contacts_per_patient_75_plus, share_seen_25_44_men, share_seen_75_plus_women, share_seen_75_plus_men)`,
    );
    const twice = withTable([...lines, lines[1]].join("\n") + "\n");
    expect(() => loadNeedWeights(twice, 2025)).toThrow(
      `${file(twice)} (row 8, column "figure"): figure "contacts_per_patient_25_44_without_bim" given twice`,
    );
    const missing = withTable(lines.slice(0, -1).join("\n") + "\n");
    expect(() => loadNeedWeights(missing, 2025)).toThrow(
      `${file(missing)} (column "figure"): missing figure "share_seen_75_plus_men"`,
    );
  });

  it("refuses a figure whose use has no French or Dutch text, naming the file, row and column", () => {
    const bad = withTable(
      realTable.replace(",Gewicht 80+: aandeel mannen van 75 jaar en ouder dat in het jaar een huisarts zag.", ","),
    );
    expect(() => loadNeedWeights(bad, 2025)).toThrow(
      `${join(bad.referenceDir, NEED_WEIGHTS_FILE)} (row 7, column "use_nl"): the use has no Dutch text`,
    );
  });

  it("refuses a stated share outside 0 to 100", () => {
    const { context: bad } = rawFixture({
      "web-gp-use-by-age-as-stated": replaceText(",female,97,", ",female,970,"),
    });
    expect(() => loadNeedWeights(bad, 2025)).toThrow(
      `${sourcePath(bad, "web-gp-use-by-age-as-stated")} (row 4, column "value"): 970 is outside 0 to 100, the plausible range of a percentage (share_seen_75_plus_women)`,
    );
  });
});
