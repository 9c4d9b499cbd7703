import { describe, expect, it } from "vitest";
import { referenceDir } from "../../../../scripts/lib/paths.ts";
import {
  INDEX_IDS,
  componentDefinitions,
  indexDefinitions,
  themeScoreId,
} from "../../../../scripts/indicators/fragility/catalogue.ts";
import { MEDIAN_INCOME_MEAN_ID } from "../../../../scripts/indicators/fragility/component-aggregation.ts";
import { COMPONENT_IDS } from "../../../../scripts/indicators/fragility/components.ts";
import { loadFragilityParameters } from "../../../../scripts/indicators/fragility/parameters.ts";

const parameters = loadFragilityParameters(referenceDir);
const definitions = [...componentDefinitions(() => 2024), ...indexDefinitions(parameters, 2024)];

describe("fragility catalogue", () => {
  it("defines every component, the mean of the quartier median incomes, index figure and theme score once, in the fragility family", () => {
    const ids = definitions.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.sort()).toEqual(
      [
        ...COMPONENT_IDS,
        MEDIAN_INCOME_MEAN_ID,
        ...INDEX_IDS,
        ...parameters.themes.map((t) => themeScoreId(t.id)),
      ].sort(),
    );
    expect(definitions.every((d) => d.family === "fragility")).toBe(true);
  });

  it("states the parameters in the index's method text", () => {
    const index = definitions.find((d) => d.id === "fragility_index")!;
    expect(index.method.en).toContain(`at least ${parameters.min_residents} residents`);
    expect(definitions.find((d) => d.id === "fragility_flag_count")!.method.en).toContain(
      `at least ${parameters.worst_decile}`,
    );
  });
});
