import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { gpFacts } from "../../../../scripts/indicators/gp/facts.ts";
import { referenceDir } from "../../../../scripts/lib/paths.ts";
import type { PipelineContext } from "../../../../scripts/lib/context.ts";
import { rawFixture, realContext, replaceText } from "../../../helpers/raw-fixture.ts";

const COMMUNES = new Set(Array.from({ length: 19 }, (_, i) => `210${String(i + 1).padStart(2, "0")}`));
const SHORTAGE = "web-gp-shortage-statements-as-stated";
const shortageFile = (rawDir: string) => `${rawDir}/web-gp-shortage-figures/gp_shortage_validation_as_stated.csv`;

/** A copy of the reference tables with one file edited (the edit must apply). */
function referenceFixture(context: PipelineContext, file: string, search: string, replacement: string) {
  const dir = join(mkdtempSync(join(tmpdir(), "obs-ref-")), "reference");
  cpSync(referenceDir, dir, { recursive: true });
  const path = join(dir, file);
  const text = readFileSync(path, "utf8");
  if (!text.includes(search)) throw new Error(`fixture edit did not apply: ${search}`);
  writeFileSync(path, text.replace(search, replacement));
  return { context: { ...context, referenceDir: dir }, path };
}

describe("gpFacts on the real transcriptions", () => {
  const { rows, quality } = gpFacts(realContext(), COMMUNES);

  it("keeps every statement of the five files, in file order", () => {
    expect(rows).toHaveLength(89);
    expect(rows.filter((r) => r.topic === "legal_framework").map((r) => r.reference_period_as_stated)).toEqual([
      "2019-05-13",
      "2022-01-27",
      "2024-12-19",
    ]);
  });

  it("keeps the three reported counts of 2017 shortage quartiers, all flagged conflicting", () => {
    const conflicting = rows.filter((r) => r.conflict_id === "shortage_quartiers_2017");
    expect(conflicting.map((r) => [r.fact_id, r.value, r.status])).toEqual([
      ["web-gp-headline-as-stated/11", 33, "conflicting"],
      ["web-gp-shortage-statements-as-stated/10", 28, "conflicting"],
      ["web-gp-shortage-statements-as-stated/18", null, "conflicting"],
    ]);
    expect(quality.map((q) => q.issue)).toEqual([
      "conflicting_statements",
      "conflicting_statements",
      "conflicting_statements",
    ]);
    expect(quality[0]!.detail).toMatch(
      /^GP facts web-gp-headline-as-stated\/11, web-gp-shortage-statements-as-stated\/10, web-gp-shortage-statements-as-stated\/18 \(table gp_facts, conflict shortage_quartiers_2017\) state different values, all kept: /,
    );
  });

  it("gives each fact the status of the page that states it", () => {
    const byId = new Map(rows.map((r) => [r.fact_id, r]));
    // The regional government's answer in the Parliament's records: official.
    expect(byId.get("web-gp-shortage-statements-as-stated/26")).toMatchObject({
      source_kind: "official",
      status: "official",
      indicator_as_stated: "availability of updated GP counts since the OSS 2018 study",
    });
    // Vivalis's own page for the 2025 count; a press article for the 2017 one.
    expect(byId.get("web-gp-headline-as-stated/14")!.status).toBe("official");
    expect(byId.get("web-gp-headline-as-stated/2")!.status).toBe("press_reported");
    expect(byId.get("web-gp-shortage-statements-as-stated/32")!.status).toBe("third_party");
  });
});

describe("gpFacts on bad input", () => {
  it("refuses a territory code that is neither the region nor a commune", () => {
    const { context, rawDir } = rawFixture({
      [SHORTAGE]: replaceText('Koekelberg,21011,"commune named', 'Koekelberg,21099,"commune named'),
    });
    expect(() => gpFacts(context, COMMUNES)).toThrow(
      `${shortageFile(rawDir)} (row 6, column "nis_code"): unknown territory code "21099": expected 04000 (the region) or the NIS code of one of the 19 communes, several separated by ";"`,
    );
  });

  it("refuses a cited page whose host has no reviewed kind", () => {
    const { context, rawDir } = rawFixture({
      [SHORTAGE]: replaceText(/https:\/\/bx1\.be\/news\/[^,]*,Headline only/, "https://example.org/bx1,Headline only"),
    });
    expect(() => gpFacts(context, COMMUNES)).toThrow(
      `${shortageFile(rawDir)} (row 31, column "source_url"): the page host example.org has no kind in data/reference/gp-fact-source-kinds.csv: review the page, then add a row (official, press, third_party)`,
    );
  });

  it("refuses a conflict decision the file no longer matches", () => {
    const { context } = rawFixture({
      [SHORTAGE]: replaceText("er in 28 van de 118 wijken", "er in 29 van de 118 wijken"),
    });
    expect(() => gpFacts(context, COMMUNES)).toThrow(
      `${referenceDir}/gp-fact-conflicts.csv (row 3, column "value_as_stated"): web-gp-shortage-statements-as-stated/10 now states "Uit een studie uit 2017 van het Observatorium voor Gezondheid en Welzijn Brussel-Hoofdstad is gebleken dat er in 29 van de 118 wijken in het gewest een tekort is aan huisartsen.": the decision no longer matches the file; review it`,
    );
  });

  it("refuses a conflict that names one fact only", () => {
    const { context, path } = referenceFixture(
      realContext(),
      "gp-fact-conflicts.csv",
      "gmd_wallonia_2020,web-dmg-coverage-as-stated,7,",
      "gmd_wallonia_2021,web-dmg-coverage-as-stated,7,",
    );
    expect(() => gpFacts(context, COMMUNES)).toThrow(
      `${path} (row 5, column "conflict_id"): conflict gmd_wallonia_2020 names one fact only: a conflict needs two or more`,
    );
  });

  it("refuses a conflict naming a row the file does not have", () => {
    const { context, path } = referenceFixture(
      realContext(),
      "gp-fact-conflicts.csv",
      "gmd_wallonia_2020,web-dmg-coverage-as-stated,7,",
      "gmd_wallonia_2020,web-dmg-coverage-as-stated,70,",
    );
    expect(() => gpFacts(context, COMMUNES)).toThrow(
      `${path} (row 6, column "row"): no GP fact web-dmg-coverage-as-stated/70: the file changed; review the conflict`,
    );
  });

  it("refuses a host listed twice", () => {
    const { context, path } = referenceFixture(
      realContext(),
      "gp-fact-source-kinds.csv",
      "bx1.be,press,BX1 (Brussels regional broadcaster)",
      "bx1.be,press,BX1\nbx1.be,official,BX1 again",
    );
    expect(() => gpFacts(context, COMMUNES)).toThrow(`${path} (row 4, column "host"): host bx1.be is listed twice`);
  });

  it("refuses an unknown source kind", () => {
    const { context, path } = referenceFixture(
      realContext(),
      "gp-fact-source-kinds.csv",
      "bx1.be,press,",
      "bx1.be,tv,",
    );
    expect(() => gpFacts(context, COMMUNES)).toThrow(
      `${path} (row 3, column "kind"): unknown kind "tv" (expected official, press, third_party)`,
    );
  });
});
