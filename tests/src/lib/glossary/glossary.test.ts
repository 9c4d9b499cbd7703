import { describe, expect, it } from "vitest";
import { GLOSSARY_TERMS, TERM_WORDS, glossaryPath } from "../../../../src/lib/glossary.ts";
import { messages } from "../../../../src/i18n/translate.ts";

describe("the glossary's terms", () => {
  it("give every term a name and a definition in each language, and an address", () => {
    for (const language of ["fr", "nl", "en"] as const) {
      for (const term of GLOSSARY_TERMS) {
        expect(messages[language][`glossary.term.${term}`], `${language} ${term}`).toBeTruthy();
        expect(messages[language][`glossary.definition.${term}`], `${language} ${term}`).toBeTruthy();
      }
      expect(messages[language]["glossary.note"]).toBeTruthy();
    }
    expect(glossaryPath("nl", "2sfca")).toBe("/nl/glossary/#2sfca");
    expect(glossaryPath("fr")).toBe("/fr/glossary/");
  });

  it("cover the issue's list, and every term has words in every language", () => {
    for (const term of [
      "bim",
      "cpas",
      "clss",
      "bassin",
      "quartier",
      "sector",
      "percentile",
      "quantile",
      "2sfca",
      "inami",
    ])
      expect(GLOSSARY_TERMS).toContain(term);
    for (const language of ["fr", "nl", "en"] as const)
      for (const term of GLOSSARY_TERMS)
        expect(
          TERM_WORDS[language].some(([, t]) => t === term),
          `${language} ${term}`,
        ).toBe(true);
  });
});
