import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { referenceDir } from "../../../scripts/lib/paths.ts";
import { loadSourceRegistry, type Source } from "../../../scripts/sources/registry.ts";
import { loadSourceTexts, localizeSource } from "../../../scripts/sources/source-texts.ts";

const dir = mkdtempSync(join(tmpdir(), "obs-source-texts-"));
const write = (name: string, content: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(content));
  return path;
};

const source: Source = {
  id: "test-source",
  title: "Test title",
  publisher: "Statbel",
  official_url: null,
  licence: "Test licence",
  attribution: "Source: Statbel.",
  reference_date: "2024-01-01",
  sha256: "0".repeat(64),
  bytes: 1,
  format: "csv",
  crs: null,
  rows: null,
  path: "test.csv",
  acquisition: { type: "as-is" },
  caveats: ["A caveat."],
};
const texts = [
  { en: "Test title", fr: "Titre d'essai", nl: "Testtitel" },
  { en: "Statbel", fr: "Statbel", nl: "Statbel" },
  { en: "Test licence", fr: "Licence d'essai", nl: "Testlicentie" },
  { en: "Source: Statbel.", fr: "Source : Statbel.", nl: "Bron: Statbel." },
  { en: "A caveat.", fr: "Une limite.", nl: "Een beperking." },
];

describe("loadSourceTexts(path)", () => {
  it("refuses an entry without its Dutch text, naming the row and column", () => {
    const path = write("no-nl.json", { texts: [{ en: "Title", fr: "Titre", nl: " " }] });
    expect(() => loadSourceTexts(path)).toThrow(`${path} (row 1, column "nl"): text entry has no "nl" text`);
  });

  it("refuses an English text given twice", () => {
    const path = write("twice.json", { texts: [texts[0], texts[0]] });
    expect(() => loadSourceTexts(path)).toThrow(
      `${path} (row 2, column "en"): the English text "Test title" is given twice`,
    );
  });
});

describe("localizeSource(source, table, path)", () => {
  const path = write("texts.json", { texts });

  it("gives every text in French, Dutch and English; a date reads the same in each", () => {
    const localized = localizeSource(source, loadSourceTexts(path), path);
    expect(localized.fr).toEqual({
      title: "Titre d'essai",
      publisher: "Statbel",
      licence: "Licence d'essai",
      attribution: "Source : Statbel.",
      reference_date: "2024-01-01",
      caveats: ["Une limite."],
    });
    expect(localized.nl.caveats).toEqual(["Een beperking."]);
    expect(localized.en.title).toBe("Test title");
  });

  it("stops on an English text without its translation, naming the source and field", () => {
    const edited = { ...source, caveats: ["A caveat added later."] };
    expect(() => localizeSource(edited, loadSourceTexts(path), path)).toThrow(
      `${path} (column "caveats"): source "test-source" has no French and Dutch text for its caveats "A caveat added later.": add an entry {"en", "fr", "nl"} for it`,
    );
  });

  it("translates every text of the real registry, into texts that differ from the English where words differ", () => {
    const realPath = join(referenceDir, "source-texts.json");
    const table = loadSourceTexts(realPath);
    const registry = [...loadSourceRegistry().values()];
    const localized = registry.map((s) => localizeSource(s, table, realPath));
    expect(localized).toHaveLength(registry.length);
    const vulnerability = localized[registry.findIndex((s) => s.id === "ibsa-monitoring-vulnerability")]!;
    expect(vulnerability.nl.publisher).toBe(
      "BISA / perspective.brussels, Wijkmonitoring (gegevens van Actiris, Statbel, POD MI, RIZIV)",
    );
    expect(vulnerability.fr.reference_date).toBe("2023 (chômage, CPAS) ; 2024 (BIM)");
    // Every title is worded, so none may stay English in French or Dutch.
    for (const [index, s] of registry.entries()) {
      expect(localized[index]!.fr.title, s.id).not.toBe(s.title);
      expect(localized[index]!.nl.title, s.id).not.toBe(s.title);
    }
  });
});
