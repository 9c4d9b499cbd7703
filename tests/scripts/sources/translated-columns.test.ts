import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readCsv } from "../../../scripts/sources/read-csv.ts";
import { translatedColumns, translatedText } from "../../../scripts/sources/translated-columns.ts";

const dir = mkdtempSync(join(tmpdir(), "obs-translated-"));
function table(content: string) {
  const path = join(dir, `t${Math.random().toString(36).slice(2)}.csv`);
  writeFileSync(path, content);
  return { path, table: readCsv(path, { columns: ["id", ...translatedColumns("note")] }) };
}

describe("translatedText(table, index, column)", () => {
  it("reads the English column and its French and Dutch translations", () => {
    const { table: t } = table("id,note,note_fr,note_nl\n1,Kept.,Gardé.,Behouden.\n");
    expect(translatedText(t, 0, "note")).toEqual({ fr: "Gardé.", nl: "Behouden.", en: "Kept." });
  });

  it("stops on an empty translation, naming the file, row and column", () => {
    const { path, table: t } = table("id,note,note_fr,note_nl\n1,Kept.,Gardé.,Behouden.\n2,Dropped.,Écarté.,\n");
    expect(() => translatedText(t, 1, "note")).toThrow(
      `${path} (row 3, column "note_nl"): the note has no Dutch text: add its translation`,
    );
  });

  it("stops on a missing translation column when the table is read, naming the file and column", () => {
    const path = join(dir, "no-french.csv");
    writeFileSync(path, "id,note,note_nl\n1,Kept.,Behouden.\n");
    expect(() => readCsv(path, { columns: ["id", ...translatedColumns("note")] })).toThrow(
      `${path} (row 1, column "note_fr"): missing column "note_fr" (found: id, note, note_nl)`,
    );
  });
});
