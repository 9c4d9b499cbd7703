import { describe, expect, it } from "vitest";
import { GLOSSARY_TERMS, glossaryPath, termSegments, type GlossaryTerm } from "../../../../src/lib/glossary.ts";
import { messages } from "../../../../src/i18n/translate.ts";

describe("glossary terms in running text", () => {
  it("link only the first use of each term on a page, as a whole word", () => {
    const seen = new Set<GlossaryTerm>();
    expect(termSegments("Entitled to BIM, then CPAS and BIM again", "en", seen)).toEqual([
      { text: "Entitled to " },
      { text: "BIM", term: "bim" },
      { text: ", then " },
      { text: "CPAS", term: "cpas" },
      { text: " and BIM again" },
    ]);
    expect(termSegments("BIM share", "en", seen)).toEqual([{ text: "BIM share" }]);
    expect(termSegments("VTX and SVT", "nl", new Set())).toEqual([{ text: "VTX and SVT" }]);
    expect(termSegments("Leefloon van het OCMW", "nl", new Set())).toEqual([
      { text: "Leefloon van het " },
      { text: "OCMW", term: "cpas" },
    ]);
  });

  it("give every term a name and a definition in each language, and an address", () => {
    for (const language of ["fr", "nl", "en"] as const)
      for (const term of GLOSSARY_TERMS) {
        expect(messages[language][`glossary.term.${term}`], `${language} ${term}`).toBeTruthy();
        expect(messages[language][`glossary.definition.${term}`], `${language} ${term}`).toBeTruthy();
      }
    expect(glossaryPath("nl", "2sfca")).toBe("/nl/glossary/#2sfca");
  });
});
