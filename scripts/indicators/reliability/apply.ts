/**
 * Applies the reliability rule to the long indicator values: flags or withholds values resting on
 * fewer residents than the threshold, marks non-residential quartiers, and adds the 95 % interval
 * and the comparison with the region where a count and a denominator are known.
 */
import type { IndicatorDefinition, IndicatorValue } from "../indicator-model.ts";
import { compareWithRegion, decimalsOf, intervalOf } from "./compare.ts";
import { RELIABILITY_FLAGS } from "../../../src/core/reliability.ts";
import { treatmentOf, withFlag, type TerritoryResidents } from "./rule.ts";

export interface ReliabilitySettings {
  /** Minimum residents of a territory for a value to be published without `small_denominator`. */
  minResidents: number;
  regionLevel: string;
}

export function applyReliability(
  values: IndicatorValue[],
  definitions: IndicatorDefinition[],
  territories: TerritoryResidents[],
  settings: ReliabilitySettings,
): IndicatorValue[] {
  const definitionOf = new Map(definitions.map((d) => [d.id, d]));
  const territoryOf = new Map(territories.map((t) => [`${t.level}/${t.code}`, t]));
  // Each indicator's precision: the most decimals its published values show.
  const precision = new Map<string, number>();
  for (const v of values)
    if (v.value !== null)
      precision.set(v.indicator_id, Math.max(precision.get(v.indicator_id) ?? 0, decimalsOf(v.value)));
  const regionValue = new Map(
    values.filter((v) => v.level === settings.regionLevel).map((v) => [`${v.indicator_id}/${v.year}`, v.value]),
  );
  return values.map((row) => {
    const definition = definitionOf.get(row.indicator_id);
    const territory = territoryOf.get(`${row.level}/${row.territory_code}`);
    if (!definition) throw new Error(`indicators: ${row.indicator_id} has no catalogue entry`);
    if (!territory) throw new Error(`indicators: ${row.level} ${row.territory_code} is not a territory`);
    const out: IndicatorValue = { ...row, ci_low: null, ci_high: null, region_comparison: null };
    if (row.value === null) return out;
    const treatment = treatmentOf(definition, row.level);
    if (!territory.residential) out.flag = withFlag(out.flag, RELIABILITY_FLAGS.nonResidential);
    if (treatment !== "exempt" && territory.population < settings.minResidents) {
      if (treatment === "suppress") {
        out.value = null;
        out.flag = withFlag(out.flag, RELIABILITY_FLAGS.suppressed);
        return out;
      }
      out.flag = withFlag(out.flag, RELIABILITY_FLAGS.small);
    }
    const interval = intervalOf(definition.unit, row, precision.get(row.indicator_id));
    if (!interval) return out;
    out.ci_low = interval.low;
    out.ci_high = interval.high;
    if (row.level !== settings.regionLevel) {
      const region = regionValue.get(`${row.indicator_id}/${row.year}`);
      out.region_comparison =
        region === null || region === undefined ? null : compareWithRegion(interval, region, definition.polarity);
    }
    return out;
  });
}
