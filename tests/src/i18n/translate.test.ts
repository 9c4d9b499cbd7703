import { describe, expect, it } from "vitest";
import { createTranslator, messageFiles } from "../../../src/i18n/translate.ts";
import { languages } from "../../../src/core/languages.ts";
import { localizedPath } from "../../../src/lib/routes.ts";

describe("translation files (src/i18n/messages/*.json)", () => {
  const files = Object.entries(messageFiles);

  it("exist", () => {
    expect(files.length).toBeGreaterThanOrEqual(2);
  });

  it.each(files)("%s has the same keys in fr, nl and en, none empty", (_, file) => {
    const reference = Object.keys(file.fr).sort();
    for (const language of languages) {
      expect(Object.keys(file[language]).sort(), language).toEqual(reference);
      for (const [key, text] of Object.entries(file[language])) expect(text.trim(), `${language} ${key}`).not.toBe("");
    }
  });

  it.each(files)("%s uses the same placeholders in every language", (_, file) => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(file.fr)) {
      for (const language of languages)
        expect(placeholders(file[language][key]!), `${language} ${key}`).toEqual(placeholders(file.fr[key]!));
    }
  });

  it("never defines a key in two files", () => {
    const seen = new Map<string, string>();
    for (const [name, file] of files) {
      for (const key of Object.keys(file.fr)) {
        expect(seen.get(key), `${key} in ${name}`).toBeUndefined();
        seen.set(key, name);
      }
    }
  });
});

describe("createTranslator(language)", () => {
  it("fills placeholders", () => {
    expect(createTranslator("en")("map.areaTooltip", { name: "Dansaert", value: "8,942" })).toBe("Dansaert: 8,942");
  });
  it("fails on a missing key instead of printing nothing", () => {
    expect(() => createTranslator("nl")("no.such.key")).toThrow('Missing nl translation for "no.such.key"');
  });
});

describe("localizedPath(path, language)", () => {
  it("keeps the rest of the path when switching language", () => {
    expect(localizedPath("/fr/", "nl")).toBe("/nl/");
    expect(localizedPath("/fr/quartiers/12/", "en")).toBe("/en/quartiers/12/");
    expect(localizedPath("/", "en")).toBe("/en/");
  });
});
