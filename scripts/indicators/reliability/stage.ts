/**
 * The reliability stage: runs after every indicator stage, over all their values, so that one
 * small-number rule governs every indicator at every level (see rule.ts and parameters.ts).
 */
import type {
  DataQualityNote,
  IndicatorDefinition,
  IndicatorStageOutput,
  IndicatorValue,
  MethodParameter,
} from "../indicator-model.ts";
import { SOURCES, type TerritorialModel } from "../../territory/territorial-model.ts";
import { reliabilityNotes } from "./quality-notes.ts";
import { applyReliability } from "./apply.ts";
import { MIN_RESIDENTS, reliabilityParameters, withReliabilityNote } from "./parameters.ts";
import type { TerritoryResidents } from "./rule.ts";

export interface ReliabilityOutput {
  definitions: IndicatorDefinition[];
  values: IndicatorValue[];
  parameters: MethodParameter[];
  quality: DataQualityNote[];
}

/** Every territory's residents and whether it is residential (only quartiers have a non-residential type). */
export function territoryResidents(model: TerritorialModel): TerritoryResidents[] {
  return [...model.territories.values()].flat().map((t) => ({
    level: t.level,
    code: t.code,
    population: t.population,
    residential: t.level !== "quartier" || t.type === null || t.type === "residential",
  }));
}

export function reliabilityStage(stages: IndicatorStageOutput[], model: TerritorialModel): ReliabilityOutput {
  const definitions = stages.flatMap((stage) => stage.definitions);
  const regionLevel = model.levels.find((level) => level.kind === "region")!.id;
  const territories = territoryResidents(model);
  const values = applyReliability(
    stages.flatMap((stage) => stage.values),
    definitions,
    territories,
    {
      minResidents: MIN_RESIDENTS,
      regionLevel,
    },
  );
  const levelsOf = new Map<string, Set<string>>();
  for (const v of values)
    (levelsOf.get(v.indicator_id) ?? levelsOf.set(v.indicator_id, new Set()).get(v.indicator_id)!).add(v.level);
  return {
    definitions: definitions.map((d) => withReliabilityNote(d, [...(levelsOf.get(d.id) ?? [])])),
    values,
    parameters: reliabilityParameters,
    quality: reliabilityNotes(values, territories, MIN_RESIDENTS, SOURCES.sectors),
  };
}
