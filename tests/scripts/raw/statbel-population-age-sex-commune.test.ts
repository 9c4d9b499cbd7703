import { describe, expect, it } from "vitest";
import { AGE_SOURCE, communeAgeStructure } from "../../../scripts/raw/statbel-population-age-sex-commune.ts";
import { rawFixture, realContext, replaceText } from "../../helpers/raw-fixture.ts";

const file = (rawDir: string) =>
  `${rawDir}/statbel-population-age-sex-commune/statbel_pop_commune_age5_sex_bxl_2010_2026.csv`;

describe("communeAgeStructure(context, year)", () => {
  it("totals each commune's residents and its two older bands", () => {
    const anderlecht = communeAgeStructure(realContext(), 2025).get("21001")!;
    expect(anderlecht.total).toBeGreaterThan(anderlecht.aged65to79 + anderlecht.aged80plus);
  });

  it("stops on a band population of 1e20 written out, above the stated bound", () => {
    const { context, rawDir } = rawFixture({
      [AGE_SOURCE]: replaceText(
        "\n21001,2025,2025-01-01,F,0,4,4181\r\n",
        "\n21001,2025,2025-01-01,F,0,4,100000000000000000000\r\n",
      ),
    });
    expect(() => communeAgeStructure(context, 2025)).toThrow(
      `${file(rawDir)} (row 632, column "population"): 100000000000000000000 is outside 0 to 100000, ` +
        "the plausible range of the residents of one commune, sex and five-year age band (the largest has 9,919)",
    );
  });

  it("stops on an age of 1000", () => {
    const { context, rawDir } = rawFixture({
      [AGE_SOURCE]: replaceText("\n21001,2025,2025-01-01,F,0,4,4181\r\n", "\n21001,2025,2025-01-01,F,1000,4,4181\r\n"),
    });
    expect(() => communeAgeStructure(context, 2025)).toThrow(
      `${file(rawDir)} (row 632, column "age_from"): 1000 is outside 0 to 120, the plausible range of an age in years`,
    );
  });
});
