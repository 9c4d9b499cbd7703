import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { referenceDir } from "../../../scripts/lib/paths.ts";
import { loadLevels } from "../../../scripts/territory/levels.ts";
import { buildTerritorialModel } from "../../../scripts/territory/territorial-model.ts";
import { realContext } from "../../helpers/raw-fixture.ts";

/** A copy of data/reference/ that a test may extend or break. */
function referenceCopy(edit: (levels: { levels: Record<string, unknown>[] }, dir: string) => void): string {
  const dir = mkdtempSync(join(tmpdir(), "obs-reference-"));
  cpSync(referenceDir, dir, { recursive: true });
  const levels = JSON.parse(readFileSync(join(dir, "levels.json"), "utf8"));
  edit(levels, dir);
  writeFileSync(join(dir, "levels.json"), JSON.stringify(levels));
  return dir;
}

const qssEntry = {
  id: "qss",
  kind: "reference",
  table: "quartiers_social_sante",
  from: "sector",
  assignment: { file: "qss.csv", from_column: "sector_code", code_column: "qss_code" },
  label: { fr: "quartier social-santé", nl: "sociale-gezondheidswijk", en: "social-health neighbourhood" },
  plural: { fr: "quartiers social-santé", nl: "sociale-gezondheidswijken", en: "social-health neighbourhoods" },
  status: "official",
  sources: [],
  note: { fr: "test", nl: "test", en: "test" },
};

describe("loadLevels(dir)", () => {
  it("declares sector, quartier, commune, bassin and region, finest first", () => {
    expect(loadLevels().map((l) => l.id)).toEqual(["sector", "quartier", "commune", "bassin", "region"]);
  });

  it("rejects a level without a Dutch label", () => {
    const dir = referenceCopy((file) => delete (file.levels[3]!.label as Record<string, string>).nl);
    expect(() => loadLevels(dir)).toThrow(`${join(dir, "levels.json")} (row 4, column "label"): missing label.nl`);
  });

  it("rejects a levels.json that gives a key twice (JSON.parse would keep the last silently)", () => {
    const dir = referenceCopy(() => undefined);
    const path = join(dir, "levels.json");
    writeFileSync(path, readFileSync(path, "utf8").replace('{"id":"sector",', '{"id":"sector","id":"block",'));
    expect(() => loadLevels(dir)).toThrow(
      /levels\.json \(row 1, column \d+\): not valid JSON: duplicated key "id" \(first at line 1, column \d+\)$/,
    );
  });

  it("rejects a reference level built from an undeclared level", () => {
    const dir = referenceCopy((file) => file.levels.splice(1, 0, { ...qssEntry, from: "block" }));
    expect(() => loadLevels(dir)).toThrow(
      `(row 2, column "from"): "from" must name a finer level declared above (got "block")`,
    );
  });
});

describe("adding a territorial level", () => {
  it("takes one reference table and a levels.json entry, no code change", () => {
    // A stand-in for the quartiers social-santé: two groups per commune, by sector code parity.
    const sectors = buildTerritorialModel(realContext()).sectors;
    const dir = referenceCopy((file, target) => {
      file.levels.splice(1, 0, qssEntry);
      const rows = sectors.map((s) => {
        const half = s.code.charCodeAt(s.code.length - 2) % 2;
        return `${s.code},${s.codes.commune}-${half},QSS ${s.codes.commune}-${half},SGW ${s.codes.commune}-${half},SHN ${s.codes.commune}-${half}`;
      });
      writeFileSync(join(target, "qss.csv"), ["sector_code,qss_code,name_fr,name_nl,name_en", ...rows].join("\n"));
    });
    const model = buildTerritorialModel({ ...realContext(), referenceDir: dir });
    const qss = model.territories.get("qss")!;
    expect(qss.length).toBeGreaterThan(19);
    expect(qss.reduce((sum, t) => sum + t.population, 0)).toBe(1_246_136);
    expect(model.sectors.every((s) => s.codes.qss?.startsWith(s.codes.commune!))).toBe(true);
    expect(model.geometry.get("qss")).toHaveLength(724);
  });

  it("rejects a reference table that leaves a territory unassigned", () => {
    const dir = editBassinTable((text) => text.replace(/^21004G,.*\n/m, ""));
    expect(() => buildTerritorialModel({ ...realContext(), referenceDir: dir })).toThrow(
      `${join(dir, "commune-bassin.csv")} (column "area_code"): 6 sector code(s) have no bassin: 21004G30-, 21004G310, 21004G321, 21004G371, 21004G3MJ, 21004G3NJ`,
    );
  });

  it("rejects an assignment to an unknown code", () => {
    const dir = editBassinTable((text) =>
      text.replace(/^21001,commune,Anderlecht,Anderlecht,CO,/m, "21001,commune,Anderlecht,Anderlecht,XX,"),
    );
    expect(() => buildTerritorialModel({ ...realContext(), referenceDir: dir })).toThrow(
      `${join(dir, "commune-bassin.csv")} (row 2, column "bassin_code"): unknown bassin code XX: not in bassins.csv`,
    );
  });
});

describe("a reference level assigned by code prefix (bassins: communes and Bruxelles-Ville parts)", () => {
  it("refuses a commune listed whole and by its parts, which would put its sectors in two rows", () => {
    const dir = editBassinTable(
      (text) => `${text}21004,commune,Bruxelles,Brussel,CO,inferred,whole,entière,geheel,https://example.org\n`,
    );
    expect(() => buildTerritorialModel({ ...realContext(), referenceDir: dir })).toThrow(
      `${join(dir, "commune-bassin.csv")} (row 27, column "area_code"): sector code prefix 21004 is nested with 21004A (row 5): a sector would match both rows; list a commune whole or by its parts, not both`,
    );
  });

  it("refuses a commune listed twice", () => {
    const dir = editBassinTable(
      (text) => `${text}21015,commune,Schaerbeek,Schaarbeek,N,inferred,again,encore,opnieuw,https://example.org\n`,
    );
    expect(() => buildTerritorialModel({ ...realContext(), referenceDir: dir })).toThrow(
      `${join(dir, "commune-bassin.csv")} (row 27, column "area_code"): sector code prefix 21015 is listed twice (row 22): a sector would match both rows; list a commune whole or by its parts, not both`,
    );
  });

  it("refuses a part that no sector has", () => {
    const dir = editBassinTable(
      (text) => `${text}21004H,bruxelles-ville-part,NOWHERE,NERGENS,CO,inferred,none,aucune,geen,https://example.org\n`,
    );
    expect(() => buildTerritorialModel({ ...realContext(), referenceDir: dir })).toThrow(
      `${join(dir, "commune-bassin.csv")} (row 27, column "area_code"): sector code prefix 21004H matches no sector code`,
    );
  });

  it("refuses a basis other than stated or inferred", () => {
    const dir = editBassinTable((text) =>
      text.replace("21002,commune,Auderghem,Oudergem,SE,stated,", "21002,commune,Auderghem,Oudergem,SE,guessed,"),
    );
    expect(() => buildTerritorialModel({ ...realContext(), referenceDir: dir })).toThrow(
      `${join(dir, "commune-bassin.csv")} (row 3, column "basis"): basis "guessed" must be "stated" or "inferred"`,
    );
  });

  it("refuses an inferred row without its French or Dutch justification, which method_parameters publishes", () => {
    const dir = editBassinTable((text) =>
      text.replace(
        ",La seule commune qu'aucun autre bassin ne cite ; les CLSS Brabant et Collignon du bassin Nord-Est sont à Schaerbeek.,",
        ",,",
      ),
    );
    expect(() => buildTerritorialModel({ ...realContext(), referenceDir: dir })).toThrow(
      `${join(dir, "commune-bassin.csv")} (row 22, column "justification_fr"): the justification has no French text, which method_parameters publishes`,
    );
  });

  it("refuses an unknown matching rule in levels.json", () => {
    const dir = referenceCopy((file) => {
      const bassin = file.levels.find((level) => level.id === "bassin")!;
      bassin.assignment = { ...(bassin.assignment as object), match: "fuzzy" };
    });
    expect(() => loadLevels(dir)).toThrow(
      `${join(dir, "levels.json")} (row 4, column "assignment"): assignment.match must be "exact" or "prefix" (got "fuzzy")`,
    );
  });
});

/** A reference copy whose commune → bassin table is edited. */
function editBassinTable(edit: (text: string) => string): string {
  return referenceCopy((_, target) => {
    const path = join(target, "commune-bassin.csv");
    const text = readFileSync(path, "utf8");
    const edited = edit(text);
    if (edited === text) throw new Error("fixture edit did not apply");
    writeFileSync(path, edited);
  });
}
