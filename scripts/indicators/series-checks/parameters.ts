import type { MethodParameter } from "../indicator-model.ts";
import type { BreakThresholds } from "./definition-break.ts";
import type { PopulationParts } from "./population-bounds.ts";

/** Thresholds of the series checks, chosen with the margins measured on the Monitoring export. */
export const SERIES_THRESHOLDS: BreakThresholds & { minExclusiveCells: number } = {
  minBlockAreas: 10,
  minMedianRatio: 2,
  minRankSeparation: 0.4,
  minExclusiveCells: 30,
};

/** The Monitoring export's indicators that share out the residents of a quartier (population-bounds.ts). */
export const MONITORING_POPULATION_PARTS: PopulationParts = {
  population: "Totale bevolking",
  counts: [
    { name: "men and women", indicators: ["Aantal mannen", "Aantal vrouwen"] },
    { name: "foreign nationals", indicators: ["Totaal aantal vreemdelingen"] },
  ],
  shares: [
    {
      name: "age groups 65-79 and 80+",
      indicators: [
        "Aandeel van de 65-79 jarigen in de totale bevolking",
        "Aandeel van de 80 jaar en ouder in de totale bevolking",
      ],
    },
    {
      // "Aandeel Fransen" is left out: the French are part of the Europe of 14.
      name: "nationality groups",
      indicators: [
        "Aandeel van Europa van 14 (zonder België)",
        "Aandeel van de nieuwe lidstaten van de EU in 2004-2007-2013 toegetreden",
        "Aandeel van de Turken",
        "Aandeel van Noord-Afrika",
        "Aandeel van Sub-Saharisch Afrika",
        "Aandeel van Latijns-Amerika",
      ],
    },
  ],
  shareTolerance: 0.5,
};

/** The thresholds as published method settings. */
export function seriesCheckParameters(): MethodParameter[] {
  const setting = (parameter: string, value: number, explanation: string): MethodParameter => ({
    family: "fragility",
    parameter,
    value,
    status: "setting",
    explanation,
    source_id: null,
  });
  const t = SERIES_THRESHOLDS;
  return [
    setting(
      "series_break_min_block_areas",
      t.minBlockAreas,
      "Definition-break test on every series of the Monitoring export: blocks of areas sharing the same years (and pairs of consecutive years) are compared only with at least this many areas.",
    ),
    setting(
      "series_break_min_median_ratio",
      t.minMedianRatio,
      "A definition break needs the larger median of the two blocks to be at least this multiple of the smaller one (largest ratio among consistent blocks of the export: 1.81).",
    ),
    setting(
      "series_break_min_rank_separation",
      t.minRankSeparation,
      "...and the Mann-Whitney probability that a value of one block exceeds a value of the other at least this far from 0.5 (0.4: nine pairs in ten on one side). share_65_alone: ratio 3.8, probability 0.01.",
    ),
    setting(
      "series_copy_min_exclusive_cells",
      t.minExclusiveCells,
      "Two areas are a copy when at least this many (indicator, year) cells are identical with a value no third area has that year (chance and rounding: at most 7 for any pair of the export; 108/109: 280).",
    ),
    setting(
      "series_population_share_tolerance",
      MONITORING_POPULATION_PARTS.shareTolerance,
      "Disjoint shares of one area's residents (age groups, nationality groups) may add up to 100 plus this rounding, in points; counts of residents may not exceed the same year's population.",
    ),
  ];
}
