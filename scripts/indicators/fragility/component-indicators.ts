import { InvariantError } from "../../lib/errors.ts";
import { round } from "../../lib/round.ts";
import { column } from "../../../src/core/table-schema.ts";
import { aggregateQuartierValues, type Aggregate } from "../../territory/aggregate.ts";
import type { DataQualityNote, IndicatorValue } from "../indicator-model.ts";
import { COMPONENT_IDS, COMPONENT_SOURCES, type ComponentId, type QuartierComponents } from "./components.ts";
import { COMPONENT_TEXT } from "./catalogue.ts";
import type { TerritorialModel } from "../../territory/territorial-model.ts";

export function latestYear(components: QuartierComponents, id: ComponentId): number {
  return Math.max(...[...components.get(id)!.values()].map((v) => v.year));
}

/**
 * Component values for quartiers as published, and rebuilt for every coarser level. A missing
 * value gets a note unless `explained` (the series checks' notes) already says why.
 */
export function componentValues(
  model: TerritorialModel,
  components: QuartierComponents,
  explained: readonly DataQualityNote[] = [],
): { values: IndicatorValue[]; quality: DataQualityNote[] } {
  const explainedKeys = new Set(explained.map((n) => `${n.territory_code}/${n.indicator_id}`));
  const values: IndicatorValue[] = [];
  const quality: DataQualityNote[] = [];
  const quartiers = model.territories.get("quartier")!;
  const rebuilt = rebuiltComponents(model, components);
  for (const id of COMPONENT_IDS) {
    const byQuartier = components.get(id)!;
    const year = latestYear(components, id);
    for (const quartier of quartiers) {
      const entry = byQuartier.get(quartier.code);
      if (!entry) {
        if (quartier.type === "residential" && !explainedKeys.has(`${quartier.code}/${id}`)) {
          quality.push({
            source_id: COMPONENT_SOURCES[id].source,
            level: "quartier",
            territory_code: quartier.code,
            indicator_id: id,
            issue: "missing_in_source",
            detail: `No ${id} value for quartier ${quartier.code} in the source.`,
          });
        }
        values.push({
          level: "quartier",
          territory_code: quartier.code,
          indicator_id: id,
          year,
          value: null,
          numerator: null,
          denominator: null,
          flag: quartier.type === "residential" ? "missing" : "not_applicable",
        });
        continue;
      }
      values.push({
        level: "quartier",
        territory_code: quartier.code,
        indicator_id: id,
        year: entry.year,
        value: entry.value,
        numerator: null,
        denominator: null,
        flag: entry.year < year ? "latest_available_year" : null,
      });
    }
    for (const [level, aggregates] of rebuilt.get(id)!) {
      for (const [code, aggregate] of aggregates) {
        const partial = aggregate && aggregate.covered < aggregate.population * 0.99;
        values.push({
          level,
          territory_code: code,
          indicator_id: id,
          year,
          value: aggregate ? round(aggregate.value, id === "median_income" ? 0 : 2) : null,
          numerator: null,
          denominator: aggregate ? aggregate.covered : null,
          flag: aggregate ? (partial ? "partial_coverage" : null) : "missing",
        });
      }
    }
  }
  return { values, quality };
}

/** Each component's values rebuilt for every level coarser than the quartier, in level order, by territory code. */
type RebuiltComponents = Map<ComponentId, Map<string, Map<string, Aggregate | null>>>;

const rebuiltByModel = new WeakMap<TerritorialModel, WeakMap<QuartierComponents, RebuiltComponents>>();

/**
 * Every component rebuilt (aggregateQuartierValues) for every coarser level. The published
 * values, the fragility pools and GP need all read these, so they are computed once per model
 * and components (which the stages never modify) instead of once per stage.
 */
function rebuiltComponents(model: TerritorialModel, components: QuartierComponents): RebuiltComponents {
  let byComponents = rebuiltByModel.get(model);
  if (!byComponents) rebuiltByModel.set(model, (byComponents = new WeakMap()));
  let rebuilt = byComponents.get(components);
  if (!rebuilt) byComponents.set(components, (rebuilt = rebuild(model, components)));
  return rebuilt;
}

/** One component at one coarser level: rebuiltComponents(model, components).get(id).get(level). */
export function rebuiltComponent(
  model: TerritorialModel,
  components: QuartierComponents,
  id: ComponentId,
  level: string,
): Map<string, Aggregate | null> {
  const byTerritory = rebuiltComponents(model, components).get(id)!.get(level);
  if (!byTerritory)
    throw new InvariantError(`no rebuilt ${id} at level ${level}: not a level coarser than the quartier`);
  return byTerritory;
}

function rebuild(model: TerritorialModel, components: QuartierComponents): RebuiltComponents {
  const coarser = model.levels.slice(model.levels.findIndex((l) => l.id === "quartier") + 1);
  return new Map(
    COMPONENT_IDS.map((id) => {
      const quartierValues = new Map([...components.get(id)!].map(([code, v]) => [code, v.value]));
      return [
        id,
        new Map(coarser.map((level) => [level.id, aggregateQuartierValues(model, level.id, quartierValues)])),
      ];
    }),
  );
}

/** Column for the wide fragility table. */
export function componentRankColumn(id: ComponentId) {
  const label = COMPONENT_TEXT[id].label;
  return column(`rank_${id}`, "DOUBLE", {
    fr: `Rang centile de la composante « ${label.fr} » (1 = le plus fragile)`,
    nl: `Percentielrang van de component '${label.nl}' (1 = meest kwetsbaar)`,
    en: `Percentile rank of the component '${label.en}' (1 = most fragile)`,
  });
}
