import type { PipelineContext } from "../../lib/context.ts";
import { ratePer } from "./math.ts";
import { round } from "../../lib/round.ts";
import type { PlanarPoint } from "../../../src/core/distance.ts";
import type { SectorPoint } from "../../territory/geometry.ts";
import type { IndicatorStageOutput, IndicatorValue } from "../indicator-model.ts";
import { buildServices, type ServicePoint } from "./services.ts";
import { coverageDefinitions, coverageParameters } from "./catalogue.ts";
import { checkRegionCoverage, REGION_FLOOR_RADIUS_M } from "./limits.ts";
import { SERVICES_INPUTS, serviceType } from "./service-types.ts";
import { sectorAccess, type SectorAccess } from "./access.ts";
import { representativeResidents, sectorResidents, type SectorResidents } from "./population-grid.ts";
import { levelSensitivity, type LevelSensitivity } from "./sensitivity.ts";
import {
  roundToStep,
  SHARE_STEP_PCT,
  MEAN_DISTANCE_STEP_M,
  SECTOR_DISTANCE_STEP_M,
  BASE_OFFER_DIGITS,
} from "./precision.ts";
import type { BorderService } from "./border-services.ts";
import { rectangleOutline, residentsNearExtractEdge } from "./extract-edge.ts";
import { OSM_PHARMACIES, OSM_PHARMACIES_EXTRACT } from "../../raw/osm-pharmacies.ts";
import type { DataQualityNote } from "../indicator-model.ts";
import { qualityDetailIn } from "../quality-detail.ts";
import {
  BASE_OFFER_ID,
  COVERAGE_RADII_M,
  COVERAGE_TYPES,
  distanceId,
  meanDistanceId,
  servicesPerId,
  shareWithinId,
  type CoverageType,
} from "../../../src/core/indicator-ids.ts";
import { REGION_CODE, type Sector, type TerritorialModel } from "../../territory/territorial-model.ts";

/** Raw inputs the coverage stage reads (the sector population and polygons come through the territorial model). */
export const COVERAGE_INPUTS: string[] = [...SERVICES_INPUTS];

/** Flags of the `indicators` table set by this stage. */
export const FLAGS = { partial: "partial_source", noResidents: "no_residents", noService: "no_service" } as const;

/** The points each type's distances are measured to: its Brussels services, and for pharmacies those beyond the border. */
export function serviceTargets(
  services: readonly ServicePoint[],
  border: readonly BorderService[],
): Map<CoverageType, PlanarPoint[]> {
  return new Map(
    COVERAGE_TYPES.map((type) => [
      type,
      [
        ...services.filter((s) => s.type === type).map((s) => ({ x: s.x_l72, y: s.y_l72 })),
        ...(type === "pharmacy" ? border.map(({ x, y }) => ({ x, y })) : []),
      ],
    ]),
  );
}

/**
 * Region-wide share of residents within REGION_FLOOR_RADIUS_M of a service placed in a Brussels
 * sector, per type: the published access where a type has no point beyond the border, else
 * recomputed without those points.
 */
function ownServicesShares(
  residents: readonly SectorResidents[],
  services: readonly ServicePoint[],
  published: ReadonlyMap<string, SectorAccess>,
): Map<CoverageType, number | null> {
  const own = serviceTargets(services, []);
  const recomputed = new Map(sectorAccess(residents, own, ["pharmacy"]).map((a) => [a.code, a]));
  const population = residents.reduce((sum, r) => sum + r.population, 0);
  return new Map(
    COVERAGE_TYPES.map((type) => {
      const access = type === "pharmacy" ? recomputed : published;
      const within = residents.reduce(
        (sum, r) => sum + r.population * access.get(r.code)!.within[type][REGION_FLOOR_RADIUS_M]!,
        0,
      );
      return [type, population === 0 ? null : (100 * within) / population];
    }),
  );
}

/** How many residents a pharmacy missing beyond the edge of the OpenStreetMap extract could bring within each radius. */
function extractEdgeNote(
  residents: readonly SectorResidents[],
  pharmacies: readonly PlanarPoint[],
  model: TerritorialModel,
): DataQualityNote {
  const near = residentsNearExtractEdge(
    residents,
    pharmacies,
    rectangleOutline(OSM_PHARMACIES_EXTRACT),
    COVERAGE_RADII_M,
  );
  const box = OSM_PHARMACIES_EXTRACT;
  return {
    source_id: OSM_PHARMACIES,
    level: model.levels.find((l) => l.kind === "region")!.id,
    territory_code: REGION_CODE,
    indicator_id: null,
    issue: "incomplete_data",
    ...qualityDetailIn((language) => {
      const counts = COVERAGE_RADII_M.map((r) => {
        const n = round(near.get(r)!, 0);
        return {
          fr: `${n} habitants n'ont aucune pharmacie connue à moins de ${r} m mais le bord du rectangle à moins de ${r} m`,
          nl: `${n} inwoners hebben geen bekende apotheek binnen ${r} m maar wel de rand van de rechthoek binnen ${r} m`,
          en: `${n} residents have no known pharmacy within ${r} m but the rectangle's edge within ${r} m`,
        }[language];
      }).join(language === "fr" ? " ; " : "; ");
      return {
        fr: `L'extrait OpenStreetMap des pharmacies est découpé en rectangle (longitude ${box.west} à ${box.east}, latitude ${box.south} à ${box.north}), pas selon une zone tampon autour de la région : ${counts}. Une pharmacie au-delà du bord pourrait les placer dans le rayon : au plus ce nombre d'habitants manque aux numérateurs de share_within_<radius>_pharmacy de la région.`,
        nl: `Het OpenStreetMap-uittreksel van de apotheken is tot een rechthoek bijgesneden (lengtegraad ${box.west} tot ${box.east}, breedtegraad ${box.south} tot ${box.north}), niet tot een bufferzone rond het gewest: ${counts}. Een apotheek voorbij de rand zou hen binnen de straal kunnen brengen: hoogstens zoveel inwoners ontbreken in de tellers van share_within_<radius>_pharmacy van het gewest.`,
        en: `The OpenStreetMap pharmacy extract is cut to a rectangle (longitude ${box.west} to ${box.east}, latitude ${box.south} to ${box.north}), not to a buffer around the region: ${counts}. A pharmacy beyond the edge could bring them within the radius: at most that many residents are missing from the region's share_within_<radius>_pharmacy numerators.`,
      }[language];
    }),
  };
}

/** A territory's population-weighted figures, from its sectors' access (unrounded). */
interface TerritoryAccess {
  population: number;
  /** Residents within each radius, by type. */
  within: Record<CoverageType, Record<number, number>>;
  /** Mean distance, null when a sector has no service of the type (no service point at all). */
  meanDistance: Record<CoverageType, number | null>;
  baseOffer: number | null;
}

function territoryAccess(members: readonly Sector[], access: ReadonlyMap<string, SectorAccess>): TerritoryAccess {
  const population = members.reduce((sum, s) => sum + s.population, 0);
  const within = {} as TerritoryAccess["within"];
  const meanDistance = {} as TerritoryAccess["meanDistance"];
  for (const type of COVERAGE_TYPES) {
    within[type] = Object.fromEntries(
      COVERAGE_RADII_M.map((r) => [
        r,
        members.reduce((sum, s) => sum + s.population * access.get(s.code)!.within[type][r]!, 0),
      ]),
    );
    const missing = members.some((s) => access.get(s.code)!.meanDistance[type] === null);
    meanDistance[type] =
      missing || population === 0
        ? null
        : members.reduce((sum, s) => sum + s.population * access.get(s.code)!.meanDistance[type]!, 0) / population;
  }
  const baseOffer =
    population === 0
      ? null
      : members.reduce((sum, s) => sum + s.population * access.get(s.code)!.baseOffer, 0) / population;
  return { population, within, meanDistance, baseOffer };
}

/** Sensitivity of each share and mean-distance indicator, per level other than the sector. */
export type CoverageSensitivity = Map<string, LevelSensitivity[]>;

/**
 * The service-coverage family: per sector, the mean distance of its residents to the nearest
 * service and its base offer; per territory of every other level, shares of residents within 500 m
 * and 1,000 m, mean distances, services per 10,000 residents and the base offer. Residents are
 * spread over each sector (population-grid.ts); the spread against one point per sector is
 * published as the figures' sensitivity.
 */
export function coverageStage(
  context: PipelineContext,
  model: TerritorialModel,
  sectorPoints: Map<string, SectorPoint>,
): IndicatorStageOutput {
  const { services, borderPharmacies, table, quality, referenceDates } = buildServices(context, model, sectorPoints);
  const counts = new Map(COVERAGE_TYPES.map((type) => [type, services.filter((s) => s.type === type).length]));
  const targets = serviceTargets(services, borderPharmacies);
  const residents = sectorResidents(model, sectorPoints);
  const byCode = (list: SectorAccess[]) => new Map(list.map((a) => [a.code, a]));
  const access = byCode(sectorAccess(residents, targets));
  const alternative = byCode(sectorAccess(representativeResidents(model, sectorPoints), targets));
  const partial = (type: CoverageType) => serviceType(type).completeness === "community-mapped-partial";

  const servicesPerSector = new Map<string, number>();
  for (const s of services)
    servicesPerSector.set(`${s.type}/${s.sector_code}`, (servicesPerSector.get(`${s.type}/${s.sector_code}`) ?? 0) + 1);

  const sensitivity: CoverageSensitivity = new Map();
  const values: IndicatorValue[] = [];
  const push = (
    level: string,
    code: string,
    id: string,
    ratio: { value: number | null; numerator: number | null; denominator: number | null },
    rounding: (value: number) => number,
    isPartial: boolean,
  ) => {
    const noResidents = ratio.denominator === 0;
    values.push({
      level,
      territory_code: code,
      indicator_id: id,
      // Set below from the definitions, which need the sensitivity computed on the way.
      year: 0,
      value: ratio.value === null ? null : rounding(ratio.value),
      numerator: ratio.numerator,
      denominator: ratio.denominator,
      flag: noResidents ? FLAGS.noResidents : ratio.value === null ? FLAGS.noService : isPartial ? FLAGS.partial : null,
    });
  };
  const shareStep = (v: number) => roundToStep(v, SHARE_STEP_PCT);
  const meanStep = (v: number) => roundToStep(v, MEAN_DISTANCE_STEP_M);

  const sectorLevel = model.levels.find((l) => l.kind === "sector")!.id;
  for (const sector of model.sectors) {
    const a = access.get(sector.code)!;
    for (const type of COVERAGE_TYPES) {
      push(
        sectorLevel,
        sector.code,
        distanceId(type),
        { value: a.meanDistance[type], numerator: null, denominator: null },
        (v) => roundToStep(v, SECTOR_DISTANCE_STEP_M),
        partial(type),
      );
    }
    push(
      sectorLevel,
      sector.code,
      BASE_OFFER_ID,
      { value: a.baseOffer, numerator: null, denominator: null },
      (v) => round(v, BASE_OFFER_DIGITS),
      true,
    );
  }

  const record = (
    id: string,
    level: string,
    pairs: { code: string; published: number | null; alternative: number | null }[],
  ) => {
    const found = levelSensitivity(level, pairs);
    if (!found) return;
    if (!sensitivity.has(id)) sensitivity.set(id, []);
    sensitivity.get(id)!.push(found);
  };

  for (const level of model.levels) {
    if (level.kind === "sector") continue;
    const territories = model.territories.get(level.id)!;
    const published = territories.map((t) => territoryAccess(t.sectors, access));
    const other = territories.map((t) => territoryAccess(t.sectors, alternative));
    const percent = (within: number, population: number) => (population === 0 ? null : (100 * within) / population);
    for (const type of COVERAGE_TYPES) {
      for (const radius of COVERAGE_RADII_M) {
        const id = shareWithinId(radius, type);
        territories.forEach((territory, i) => {
          const residentsWithin = published[i]!.within[type][radius]!;
          push(
            level.id,
            territory.code,
            id,
            {
              value: percent(residentsWithin, territory.population),
              // Residents within, estimated from the grid: rounded to whole residents.
              numerator: round(residentsWithin, 0),
              denominator: territory.population,
            },
            shareStep,
            partial(type),
          );
        });
        record(
          id,
          level.id,
          territories.map((t, i) => ({
            code: t.code,
            published: percent(published[i]!.within[type][radius]!, t.population),
            alternative: percent(other[i]!.within[type][radius]!, t.population),
          })),
        );
      }
      const meanId = meanDistanceId(type);
      territories.forEach((territory, i) => {
        const mean = published[i]!.meanDistance[type];
        push(
          level.id,
          territory.code,
          meanId,
          {
            value: mean,
            numerator: mean === null ? null : round(mean * territory.population, 0),
            denominator: territory.population,
          },
          meanStep,
          partial(type),
        );
        const count = territory.sectors.reduce((sum, s) => sum + (servicesPerSector.get(`${type}/${s.code}`) ?? 0), 0);
        push(
          level.id,
          territory.code,
          servicesPerId(type),
          ratePer(count, territory.population),
          (v) => round(v, 2),
          partial(type),
        );
      });
      record(
        meanId,
        level.id,
        territories.map((t, i) => ({
          code: t.code,
          published: published[i]!.meanDistance[type],
          alternative: other[i]!.meanDistance[type],
        })),
      );
    }
    territories.forEach((territory, i) => {
      const mean = published[i]!.baseOffer;
      push(
        level.id,
        territory.code,
        BASE_OFFER_ID,
        {
          value: mean,
          numerator: mean === null ? null : round(mean * territory.population, 0),
          denominator: territory.population,
        },
        (v) => round(v, BASE_OFFER_DIGITS),
        true,
      );
    });
  }

  quality.push(extractEdgeNote(residents, targets.get("pharmacy")!, model));
  const defs = coverageDefinitions(counts, referenceDates, sensitivity, model, residents);
  const year = new Map(defs.map((d) => [d.id, d.year]));
  for (const v of values) v.year = year.get(v.indicator_id)!;

  checkRegionCoverage(context, ownServicesShares(residents, services, access), counts);
  return {
    definitions: defs,
    values,
    tables: [table],
    quality,
    parameters: coverageParameters(sensitivity, residents),
  };
}
