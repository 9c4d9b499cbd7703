import { describe, expect, it } from "vitest";
import { createTranslator } from "../../../../src/i18n/translate.ts";
import { mapDescription, mapSourceText } from "../../../../src/lib/map/text.ts";

describe("map texts", () => {
  const t = createTranslator("en");
  it("gives the source line with the reference year", () => {
    expect(mapSourceText(t, "Statbel (2024)", 2023)).toBe(
      "Sources: Statbel (2024). Brussels social-health observatory. Reference data 2023.",
    );
  });
  it("mentions the linked table only when the caption has one", () => {
    expect(mapDescription(t, "Fragility", "neighbourhoods", true)).toMatch(/caption links to a table/);
    expect(mapDescription(t, "Fragility", "neighbourhoods", false)).not.toMatch(/table/);
  });
});
