import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { referenceDir } from "../../../scripts/lib/paths.ts";
import { readCsv } from "../../../scripts/sources/read-csv.ts";
import { clssRows } from "../../../scripts/territory/clss.ts";
import { buildTerritorialModel } from "../../../scripts/territory/territorial-model.ts";
import { realContext } from "../../helpers/raw-fixture.ts";

const context = realContext();
const model = buildTerritorialModel(context);

describe("clssRows(context, model)", () => {
  const rows = clssRows(context, model);

  it("covers every CLSS named by the public bodies, by their own names", () => {
    const stated = readCsv(join(context.rawDirs.at(-1)!, "..", "reference-facts", "clss_as_stated.csv"), {
      columns: ["clss_name_as_stated"],
    });
    const names = new Set(Array.from({ length: stated.length }, (_, i) => stated.text(i, "clss_name_as_stated")));
    expect(names.size).toBe(17);
    expect(new Set(rows.map((r) => r.name_as_stated))).toEqual(names);
  });

  it("matches each CLSS to real quartiers and says how", () => {
    expect(rows.find((r) => r.clss_id === "anneessens")).toMatchObject({
      quartier_code: "10",
      quartier_name_fr: "Anneessens",
      match: "whole-quartier",
    });
    const koekelberg = rows.filter((r) => String(r.name_as_stated).startsWith("Koekelberg"));
    expect(koekelberg.every((r) => r.match === "whole-commune")).toBe(true);
    expect(rows.every((r) => typeof r.note === "string" && r.note.length > 10)).toBe(true);
  });

  it("publishes each reviewer's note in French, Dutch and English", () => {
    const anneessens = rows.find((r) => r.clss_id === "anneessens")!;
    expect(anneessens.note_en).toBe(anneessens.note);
    expect(anneessens.note_fr).toBe(
      "Même nom que le quartier 10 ANNEESSENS du Monitoring, entièrement dans le Pentagone de Bruxelles-Ville (10 348 habitants) ; la page du bassin l'écrit « Anneesens ».",
    );
    expect(anneessens.note_nl).toMatch(/^Zelfde naam als wijk 10 ANNEESSENS van de Wijkmonitoring/);
    expect(rows.every((r) => r.note_fr && r.note_nl && r.note_fr !== r.note && r.note_nl !== r.note)).toBe(true);
  });

  it("rejects a note without its Dutch text, naming the row", () => {
    const dir = mkdtempSync(join(tmpdir(), "obs-clss-"));
    cpSync(referenceDir, dir, { recursive: true });
    const lines = readFileSync(join(dir, "clss.csv"), "utf8").split("\n");
    lines[1] = lines[1]!.replace(/,"Zelfde naam[^"]*",/, ",,");
    writeFileSync(join(dir, "clss.csv"), lines.join("\n"));
    expect(() => clssRows({ ...context, referenceDir: dir }, model)).toThrow(
      `${join(dir, "clss.csv")} (row 2, column "note_nl"): the note has no Dutch text`,
    );
  });

  it("rejects an unknown match type, naming the row", () => {
    const dir = mkdtempSync(join(tmpdir(), "obs-clss-"));
    cpSync(referenceDir, dir, { recursive: true });
    const text = readFileSync(join(dir, "clss.csv"), "utf8");
    writeFileSync(join(dir, "clss.csv"), text.replace(",whole-quartier,", ",roughly,"));
    expect(() => clssRows({ ...context, referenceDir: dir }, model)).toThrow(
      `${join(dir, "clss.csv")} (row 2, column "match"): unknown match "roughly" (expected whole-quartier, part-of-quartier, one-of-several-quartiers, whole-commune)`,
    );
  });
});
