import { describe, expect, it } from "vitest";
import { fragility } from "../../../src/core/tables/fragility.ts";
import { InvariantError } from "../../../scripts/lib/errors.ts";
import { referenceDir } from "../../../scripts/lib/paths.ts";
import { loadFragilityParameters } from "../../../scripts/indicators/fragility/parameters.ts";
import { fragilityTable } from "../../../scripts/tables/fragility.ts";

const parameters = loadFragilityParameters(referenceDir);

describe("fragilityTable(pools, parameters)", () => {
  it("publishes the declared columns for the reference parameters", () => {
    expect(fragilityTable([], parameters).columns.map((c) => c.name)).toEqual(fragility.columns.map((c) => c.name));
  });

  it("stops when the parameters ask for a theme column the declaration lacks", () => {
    const [first] = parameters.themes;
    const withTheme = { ...parameters, themes: [...parameters.themes, { ...first!, id: "housing" }] };
    expect(() => fragilityTable([], withTheme)).toThrow(InvariantError);
    expect(() => fragilityTable([], withTheme)).toThrow(
      "table fragility: column(s) score_housing not declared in src/core/tables/fragility.ts",
    );
  });
});
