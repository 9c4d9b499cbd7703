import type { PipelineContext } from "../../lib/context.ts";
import { round } from "../../lib/round.ts";
import { COMPONENT_AGGREGATION, coarserIndicatorId } from "../fragility/component-aggregation.ts";
import { agesOfYear, rebuildLevelOfYear, withheld } from "../fragility/component-indicators.ts";
import { COMPONENT_IDS, type ComponentId } from "../fragility/components.ts";
import type { IndicatorValue } from "../indicator-model.ts";
import type { TerritorialModel } from "../../territory/territorial-model.ts";
import { yearsOf, type YearlyValues } from "./export-series.ts";

/** A row's identity in the long table. */
export const rowKey = (v: Pick<IndicatorValue, "level" | "territory_code" | "indicator_id" | "year">) =>
  `${v.level}/${v.territory_code}/${v.indicator_id}/${v.year}`;

/**
 * Every year of every fragility component besides the rows the headline stage already publishes
 * (`published`, by rowKey): the quartiers' values as the export gives them (a quartier without a
 * value that year has no row), and the commune, bassin and region values rebuilt from them with
 * the headline year's method (component-aggregation.ts). A count-based component is rebuilt only
 * for the years Statbel's counts by commune exist; earlier years are published for quartiers only.
 */
export function componentYearValues(
  context: PipelineContext,
  model: TerritorialModel,
  series: ReadonlyMap<ComponentId, YearlyValues>,
  published: ReadonlySet<string>,
): IndicatorValue[] {
  const values: IndicatorValue[] = [];
  const quartiers = model.territories.get("quartier")!;
  const coarser = model.levels.slice(model.levels.findIndex((l) => l.id === "quartier") + 1);
  for (const id of COMPONENT_IDS) {
    const byYear = series.get(id)!;
    for (const year of yearsOf(byYear)) {
      const byQuartier = byYear.get(year)!;
      const add = (row: IndicatorValue) => {
        if (!published.has(rowKey(row))) values.push(row);
      };
      for (const quartier of quartiers) {
        const value = byQuartier.get(quartier.code);
        if (value === undefined) continue;
        add({
          level: "quartier",
          territory_code: quartier.code,
          indicator_id: id,
          year,
          value,
          numerator: null,
          denominator: null,
          flag: null,
        });
      }
      if (!rebuildable(context, id, year)) continue;
      for (const level of coarser) {
        for (const [code, aggregate] of rebuildLevelOfYear(context, model, id, level.id, byQuartier, year))
          add({
            level: level.id,
            territory_code: code,
            indicator_id: coarserIndicatorId(id),
            year,
            value: aggregate ? round(aggregate.value, id === "median_income" ? 0 : 2) : null,
            numerator: aggregate?.numerator == null ? null : round(aggregate.numerator, 0),
            denominator: aggregate?.denominator == null ? null : round(aggregate.denominator, 0),
            flag: aggregate ? aggregate.flag : withheld(model, level.id, code, byQuartier).flag,
          });
      }
    }
  }
  return values;
}

/** Whether a component's coarser values can be rebuilt for a year: count-based ones need Statbel's counts of that year. */
export function rebuildable(context: PipelineContext, id: ComponentId, year: number): boolean {
  return COMPONENT_AGGREGATION[id].kind !== "statbel_age_counts" || agesOfYear(context, year).size > 0;
}
