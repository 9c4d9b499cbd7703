import { describe, expect, it } from "vitest";
import { localizedPath } from "../src/i18n/paths.ts";
import { createTranslator, languages, messages } from "../src/i18n/translate.ts";

describe("translations", () => {
  const reference = Object.keys(messages.fr).sort();

  it.each(languages)("%s has exactly the keys of fr, none empty", (language) => {
    expect(Object.keys(messages[language]).sort()).toEqual(reference);
    for (const [key, text] of Object.entries(messages[language])) expect(text.trim(), key).not.toBe("");
  });

  it.each(languages)("%s uses the same placeholders as fr in every message", (language) => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of reference) {
      expect(placeholders(messages[language][key as keyof typeof messages.fr]), key).toEqual(placeholders(messages.fr[key as keyof typeof messages.fr]));
    }
  });

  it("fills placeholders", () => {
    expect(createTranslator("en")("map.tooltip", { name: "Dansaert", population: "8,942" })).toBe("Dansaert: 8,942 residents");
  });
});

describe("localizedPath(path, language)", () => {
  it("keeps the rest of the path when switching language", () => {
    expect(localizedPath("/fr/", "nl")).toBe("/nl/");
    expect(localizedPath("/fr/quartiers/12/", "en")).toBe("/en/quartiers/12/");
    expect(localizedPath("/", "en")).toBe("/en/");
  });
});
