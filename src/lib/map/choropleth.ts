/**
 * From values to what a map shows: fills by class, tooltip texts, and legend items with counts.
 * Isomorphic: used at build time and by the explorer in the browser.
 */
import {
  classOf,
  legendFor,
  NO_DATA_FILL,
  NOT_APPLICABLE_FILL,
  TOO_FEW_RESIDENTS_FILL,
  type Legend,
} from "./color-scale.ts";
import { flagTokens, isRankable } from "../../core/reliability.ts";
import type { LegendItem } from "./svg.ts";
import type { Polarity } from "../../core/polarity.ts";

export interface ChoroplethInput {
  codes: string[];
  names: string[];
  values: (number | null)[];
  flags: (string | null)[];
  polarity: Polarity;
  format: (value: number) => string;
  text: {
    tooltip: (name: string, value: string) => string;
    noData: string;
    notApplicable: string;
    /** Label of values the small-number rule keeps out of the classes. */
    tooFewResidents: string;
    count: (n: number) => string;
  };
}

export interface Choropleth {
  fills: Map<string, string>;
  labels: Map<string, string>;
  legend: Legend | null;
  legendItems: LegendItem[];
}

const NOT_APPLICABLE_FLAGS = new Set(["not_applicable", "no_residents"]);

/**
 * Classes are cut on the values that may be ranked only: a quartier of a few residents (or a park)
 * would otherwise take the darkest class and stretch the breaks; it is hatched instead.
 */
export function choropleth(input: ChoroplethInput): Choropleth {
  const present = input.values.filter((v, i): v is number => v !== null && isRankable(input.flags[i]));
  const legend = present.length ? legendFor(present, input.polarity) : null;
  const fills = new Map<string, string>();
  const labels = new Map<string, string>();
  let noData = 0;
  let notApplicable = 0;
  let tooFew = 0;
  input.codes.forEach((code, i) => {
    const value = input.values[i] ?? null;
    const flag = input.flags[i] ?? null;
    // Flagged by the small-number rule: a value kept out of the classes, or a rate withheld.
    if (!isRankable(flag)) {
      tooFew++;
      fills.set(code, TOO_FEW_RESIDENTS_FILL);
      const shown =
        value === null ? input.text.tooFewResidents : `${input.format(value)} (${input.text.tooFewResidents})`;
      labels.set(code, input.text.tooltip(input.names[i]!, shown));
    } else if (value !== null && legend) {
      fills.set(code, legend.colours[classOf(value, legend.breaks)]!);
      labels.set(code, input.text.tooltip(input.names[i]!, input.format(value)));
    } else if (flagTokens(flag).some((token) => NOT_APPLICABLE_FLAGS.has(token))) {
      notApplicable++;
      fills.set(code, NOT_APPLICABLE_FILL);
      labels.set(code, input.text.tooltip(input.names[i]!, input.text.notApplicable));
    } else {
      noData++;
      fills.set(code, NO_DATA_FILL);
      labels.set(code, input.text.tooltip(input.names[i]!, input.text.noData));
    }
  });
  const legendItems: LegendItem[] = (legend?.classes ?? []).map((c) => ({
    fill: c.colour,
    label: `${input.format(c.low)} – ${input.format(c.high)} (${input.text.count(c.count)})`,
  }));
  if (tooFew)
    legendItems.push({
      fill: TOO_FEW_RESIDENTS_FILL,
      label: `${input.text.tooFewResidents} (${input.text.count(tooFew)})`,
    });
  if (notApplicable)
    legendItems.push({
      fill: NOT_APPLICABLE_FILL,
      label: `${input.text.notApplicable} (${input.text.count(notApplicable)})`,
    });
  if (noData) legendItems.push({ fill: NO_DATA_FILL, label: `${input.text.noData} (${input.text.count(noData)})` });
  return { fills, labels, legend, legendItems };
}
