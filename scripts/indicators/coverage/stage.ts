import { InvariantError } from "../../lib/errors.ts";
import type { PipelineContext } from "../../lib/context.ts";
import { countWithin, nearest, ratePer, shareWithin, weightedMean, type Ratio } from "./math.ts";
import { round } from "../../lib/round.ts";
import type { SectorPoint } from "../../territory/geometry.ts";
import type { IndicatorStageOutput, IndicatorValue } from "../indicator-model.ts";
import { buildServices, type ServicePoint } from "./services.ts";
import { coverageDefinitions, coverageParameters } from "./catalogue.ts";
import { checkRegionCoverage } from "./limits.ts";
import { SERVICES_INPUTS, serviceType } from "./service-types.ts";
import {
  BASE_OFFER_ID,
  BASE_OFFER_RADIUS_M,
  COVERAGE_RADII_M,
  COVERAGE_TYPES,
  distanceId,
  meanDistanceId,
  servicesPerId,
  shareWithinId,
  type CoverageType,
} from "../../../src/core/indicator-ids.ts";
import type { TerritorialModel } from "../../territory/territorial-model.ts";

/** Raw inputs the coverage stage reads (the sector population and polygons come through the territorial model). */
export const COVERAGE_INPUTS: string[] = [...SERVICES_INPUTS];

/** Flags of the `indicators` table set by this stage. */
export const FLAGS = { partial: "partial_source", noResidents: "no_residents", noService: "no_service" } as const;

/** Per sector and coverage type: the distance (whole metres) from the representative point to the nearest service, null if there is none. */
export function sectorDistances(
  model: TerritorialModel,
  sectorPoints: Map<string, SectorPoint>,
  services: ServicePoint[],
): Map<string, Record<CoverageType, number | null>> {
  const byType = new Map(
    COVERAGE_TYPES.map((type) => [
      type,
      services.filter((s) => s.type === type).map((s) => ({ x: s.x_l72, y: s.y_l72 })),
    ]),
  );
  const result = new Map<string, Record<CoverageType, number | null>>();
  for (const sector of model.sectors) {
    const point = sectorPoints.get(sector.code);
    if (!point) throw new InvariantError(`sector ${sector.code} has no representative point`);
    const from = { x: point.x_l72, y: point.y_l72 };
    const distances = {} as Record<CoverageType, number | null>;
    for (const type of COVERAGE_TYPES) {
      const found = nearest(from, byType.get(type)!);
      distances[type] = found ? round(found.distance, 0) : null;
    }
    result.set(sector.code, distances);
  }
  return result;
}

/**
 * The service-coverage family: distances per sector, shares within 500 m and 1,000 m, mean
 * distances, services per 10,000 residents and the base offer per territory of every other level.
 */
export function coverageStage(
  context: PipelineContext,
  model: TerritorialModel,
  sectorPoints: Map<string, SectorPoint>,
): IndicatorStageOutput {
  const { services, table, quality, referenceDates } = buildServices(context, model, sectorPoints);
  const counts = new Map(COVERAGE_TYPES.map((type) => [type, services.filter((s) => s.type === type).length]));
  const defs = coverageDefinitions(counts, referenceDates);
  const year = new Map(defs.map((d) => [d.id, d.year]));
  const partial = (type: CoverageType) => serviceType(type).completeness === "community-mapped-partial";

  const distances = sectorDistances(model, sectorPoints, services);
  const baseOffer = new Map(
    [...distances].map(([code, d]) => [
      code,
      countWithin(
        COVERAGE_TYPES.map((t) => d[t]),
        BASE_OFFER_RADIUS_M,
      ),
    ]),
  );
  const servicesPerSector = new Map<string, number>();
  for (const s of services)
    servicesPerSector.set(`${s.type}/${s.sector_code}`, (servicesPerSector.get(`${s.type}/${s.sector_code}`) ?? 0) + 1);

  const values: IndicatorValue[] = [];
  const push = (
    level: string,
    code: string,
    id: string,
    ratio: Ratio | { value: number | null; numerator: number | null; denominator: number | null },
    digits: number,
    isPartial: boolean,
  ) => {
    const noResidents = ratio.denominator === 0;
    values.push({
      level,
      territory_code: code,
      indicator_id: id,
      year: year.get(id)!,
      value: ratio.value === null ? null : round(ratio.value, digits),
      numerator: ratio.numerator,
      denominator: ratio.denominator,
      flag: noResidents ? FLAGS.noResidents : ratio.value === null ? FLAGS.noService : isPartial ? FLAGS.partial : null,
    });
  };

  const sectorLevel = model.levels.find((l) => l.kind === "sector")!.id;
  for (const sector of model.sectors) {
    const d = distances.get(sector.code)!;
    for (const type of COVERAGE_TYPES) {
      push(
        sectorLevel,
        sector.code,
        distanceId(type),
        { value: d[type], numerator: null, denominator: null },
        0,
        partial(type),
      );
    }
    push(
      sectorLevel,
      sector.code,
      BASE_OFFER_ID,
      { value: baseOffer.get(sector.code)!, numerator: null, denominator: null },
      0,
      true,
    );
  }

  for (const level of model.levels) {
    if (level.kind === "sector") continue;
    for (const territory of model.territories.get(level.id)!) {
      const members = territory.sectors;
      for (const type of COVERAGE_TYPES) {
        const items = members.map((s) => ({ population: s.population, distance: distances.get(s.code)![type] }));
        for (const radius of COVERAGE_RADII_M)
          push(level.id, territory.code, shareWithinId(radius, type), shareWithin(items, radius), 2, partial(type));
        const withDistance = items.filter((i) => i.distance !== null);
        const mean =
          withDistance.length === items.length
            ? weightedMean(items.map((i) => ({ weight: i.population, value: i.distance! })))
            : { value: null, numerator: null, denominator: territory.population };
        push(level.id, territory.code, meanDistanceId(type), mean, 1, partial(type));
        const count = members.reduce((sum, s) => sum + (servicesPerSector.get(`${type}/${s.code}`) ?? 0), 0);
        push(level.id, territory.code, servicesPerId(type), ratePer(count, territory.population), 2, partial(type));
      }
      push(
        level.id,
        territory.code,
        BASE_OFFER_ID,
        weightedMean(members.map((s) => ({ weight: s.population, value: baseOffer.get(s.code)! }))),
        2,
        true,
      );
    }
  }

  checkRegionCoverage(context, values, model.levels.find((l) => l.kind === "region")!.id, counts);
  return {
    definitions: defs,
    values,
    tables: [table],
    quality,
    parameters: coverageParameters(),
  };
}
