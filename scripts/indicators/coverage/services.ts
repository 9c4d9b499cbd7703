import { containingSector, sectorShapes, type SectorShape } from "../../territory/sector-locator.ts";
import { compareCodes } from "../../lib/compare-codes.ts";
import type { PipelineContext } from "../../lib/context.ts";
import { InvariantError } from "../../lib/errors.ts";
import type { Table } from "../../../src/core/table-schema.ts";
import { servicesTable } from "../../tables/services.ts";
import { getSource } from "../../sources/registry.ts";
import { readOsmPharmacies } from "../../raw/osm-pharmacies.ts";
import { planarDistance, type PlanarPoint } from "../../../src/core/distance.ts";
import { nearest } from "./math.ts";
import { round } from "../../lib/round.ts";
import { lambert72, type SectorPoint } from "../../territory/geometry.ts";
import type { DataQualityNote } from "../indicator-model.ts";
import { PHARMACY_CROSS_CHECK_M, crossCheckPharmacies, type PharmacyCrossCheck } from "./pharmacy-cross-check.ts";
import { dropDuplicates } from "./deduplicate.ts";
import { borderPharmacies, type BorderService } from "./border-services.ts";
import { checkDroppedShare, type DroppedPoints } from "./limits.ts";
import { QualityNotes } from "./quality-notes.ts";
import { originText } from "../../raw/origin-text.ts";
import { qualityDetail, type QualityDetail } from "../quality-detail.ts";
import type { Language, Localized } from "../../../src/core/languages.ts";
import { hospitalCandidates, osmCandidates, pharmacyCandidates } from "./service-candidates.ts";
import type { TerritorialModel } from "../../territory/territorial-model.ts";
import {
  SERVICE_SOURCES,
  SERVICES_INPUTS,
  SERVICE_TYPES,
  serviceType,
  type Candidate,
  type Completeness,
  type ServiceTypeId,
} from "./service-types.ts";

export type ServiceLocation = "in_sector" | "outside_region_kept";

export interface ServicePoint {
  service_id: string;
  type: ServiceTypeId;
  name: string | null;
  lon: number;
  lat: number;
  x_l72: number;
  y_l72: number;
  sector_code: string;
  quartier_code: string;
  commune_code: string;
  location: ServiceLocation;
  source_id: string;
  completeness: Completeness;
  reference_date: string;
}

export interface ServicesOutput {
  /** Sorted by type (SERVICE_TYPES order), then service_id. */
  services: ServicePoint[];
  table: Table;
  quality: DataQualityNote[];
  crossCheck: PharmacyCrossCheck;
  /** Pharmacies beyond the regional border (OpenStreetMap), for distances only. */
  borderPharmacies: BorderService[];
  /** Reference date (YYYY-MM-DD) of each source, from data/sources.json. */
  referenceDates: Record<string, string>;
}

/**
 * Reads the four service sources and returns the normalised service points, each placed in the
 * Brussels sector whose polygon contains it, with a `services` table and the quality notes.
 */
export function buildServices(
  context: PipelineContext,
  model: TerritorialModel,
  sectorPoints: Map<string, SectorPoint>,
): ServicesOutput {
  const referenceDates = Object.fromEntries(SERVICES_INPUTS.map((id) => [id, referenceDate(context, id)]));
  const locator = new SectorLocator(model, sectorPoints);
  const notes = new QualityNotes(model);

  const pharmacies = pharmacyCandidates(context, notes);
  const hospitals = hospitalCandidates(context, notes);
  const osmRead = osmCandidates(context, notes);
  const osm = dropDuplicates(osmRead, notes);
  const tallies = new Map<string, DroppedPoints>();
  const tally = (source_id: string) => {
    if (!tallies.has(source_id)) tallies.set(source_id, { source_id, read: 0, outside: 0, duplicates: 0 });
    return tallies.get(source_id)!;
  };
  for (const candidate of [...pharmacies, ...hospitals, ...osmRead]) tally(candidate.source_id).read++;
  tally(SERVICE_SOURCES.osmPoi).duplicates = osmRead.length - osm.length;

  const services: ServicePoint[] = [];
  for (const candidate of [...pharmacies, ...hospitals, ...osm]) {
    const place = locator.place(candidate, notes);
    if (!place) {
      tally(candidate.source_id).outside++;
      continue;
    }
    // Projected from the published (rounded) WGS84 coordinates, so that a reader gets the same metres.
    const lon = round(candidate.lon, 7);
    const lat = round(candidate.lat, 7);
    const [x_l72, y_l72] = lambert72(lon, lat);
    for (const type of candidate.types) {
      services.push({
        service_id: `${type}-${candidate.key}`,
        type,
        name: candidate.name,
        lon,
        lat,
        x_l72,
        y_l72,
        ...place,
        source_id: candidate.source_id,
        completeness: serviceType(type).completeness,
        reference_date: referenceDates[candidate.source_id]!,
      });
    }
  }
  checkDroppedShare(context, [...tallies.values()]);
  const order = new Map(SERVICE_TYPES.map((t, i) => [t.id, i]));
  services.sort(
    (a, b) =>
      order.get(a.type)! - order.get(b.type)! ||
      (a.service_id < b.service_id ? -1 : a.service_id > b.service_id ? 1 : 0),
  );
  const seen = new Set<string>();
  for (const s of services) {
    if (seen.has(s.service_id)) throw new InvariantError(`duplicated service_id ${s.service_id}`);
    seen.add(s.service_id);
  }

  const osmPharmacies = readOsmPharmacies(context);
  const inRegion = (lon: number, lat: number) => locator.sectorContaining(lon, lat) !== null;
  const registerPharmacies = services.filter((s) => s.type === "pharmacy");
  const crossCheck = crossCheckPharmacies(registerPharmacies, osmPharmacies, inRegion);
  const border = borderPharmacies(
    osmPharmacies,
    registerPharmacies.map((s) => ({ x: s.x_l72, y: s.y_l72 })),
    inRegion,
  );
  notes.region(
    SERVICE_SOURCES.osmPharmacies,
    "beyond_border",
    beyondBorderText(border.kept.length, border.sameAsRegister, referenceDates[SERVICE_SOURCES.osmPharmacies]!),
  );
  notes.region(
    SERVICE_SOURCES.osmPharmacies,
    "cross_check",
    crossCheckText(crossCheck, referenceDates[SERVICE_SOURCES.afmps]!, referenceDates[SERVICE_SOURCES.osmPharmacies]!),
  );
  return {
    services,
    table: servicesTable(services, referenceDates),
    quality: notes.list,
    crossCheck,
    borderPharmacies: border.kept,
    referenceDates,
  };
}

const NO_NAME: Localized = { fr: "(sans nom)", nl: "(zonder naam)", en: "(no name)" };

function beyondBorderText(kept: number, sameAsRegister: number, osmDate: string): QualityDetail {
  const m = PHARMACY_CROSS_CHECK_M;
  return qualityDetail({
    fr:
      `${kept} pharmacies OpenStreetMap (${osmDate}) se trouvent hors de tout secteur bruxellois, dans le rectangle de l'extrait autour de la région ` +
      `(${sameAsRegister} de plus sont à moins de ${m} m d'une pharmacie du registre et considérées comme la même) : elles comptent pour les distances des habitants de Bruxelles à une pharmacie, ` +
      `jamais comme pharmacies bruxelloises pour 10 000 habitants. Le registre AFMPS (codes postaux bruxellois), les hôpitaux GISCO (codes postaux bruxellois) et les points de santé OpenStreetMap (la région) ` +
      `ne vont pas au-delà de la limite : les services d'urgences, maisons médicales et dentistes juste en dehors de la région ne sont pas comptés.`,
    nl:
      `${kept} OpenStreetMap-apotheken (${osmDate}) liggen buiten elke Brusselse sector, in de rechthoek van het uittreksel rond het gewest ` +
      `(nog ${sameAsRegister} liggen binnen ${m} m van een apotheek uit het register en worden als dezelfde beschouwd): ze tellen mee voor de afstanden van Brusselse inwoners tot een apotheek, ` +
      `nooit als Brusselse apotheken per 10.000 inwoners. Het FAGG-register (Brusselse postcodes), de GISCO-ziekenhuizen (Brusselse postcodes) en de OpenStreetMap-gezondheidspunten (het gewest) ` +
      `reiken niet over de grens: spoedgevallendiensten, wijkgezondheidscentra en tandartsen net buiten het gewest worden niet geteld.`,
    en:
      `${kept} OpenStreetMap pharmacies (${osmDate}) lie outside every Brussels sector, in the extract's rectangle around the region ` +
      `(${sameAsRegister} more are within ${m} m of a register pharmacy and taken as the same one): they count for the distances of Brussels residents to a pharmacy, ` +
      `never as Brussels pharmacies per 10,000 residents. The AFMPS register (Brussels postcodes), the GISCO hospitals (Brussels postcodes) and the OpenStreetMap health points (the region) ` +
      `do not reach beyond the border: emergency departments, maisons médicales and dentists just outside the region are not counted.`,
  });
}

function crossCheckText(check: PharmacyCrossCheck, afmpsDate: string, osmDate: string): QualityDetail {
  const [m, years] = [PHARMACY_CROSS_CHECK_M, yearsBetween(afmpsDate, osmDate)];
  return qualityDetail({
    fr:
      `Pharmacies OpenStreetMap (${osmDate}) comparées au registre AFMPS (${afmpsDate}) : ` +
      `${check.afmpsWithOsm} des ${check.afmpsActive} pharmacies AFMPS actives ont une pharmacie OSM à moins de ${m} m ; ` +
      `${check.osmWithAfmps} des ${check.osmInRegion} pharmacies OSM situées dans la région ont une pharmacie AFMPS active à moins de ${m} m. ` +
      `Les ${years} ans qui séparent les deux listes (ouvertures, fermetures, déménagements) expliquent une partie de l'écart. Les pharmacies OSM situées dans la région ne servent pas de type de service ; celles au-delà de la limite ne comptent que pour les distances (note beyond_border).`,
    nl:
      `OpenStreetMap-apotheken (${osmDate}) vergeleken met het FAGG-register (${afmpsDate}): ` +
      `${check.afmpsWithOsm} van de ${check.afmpsActive} actieve FAGG-apotheken hebben een OSM-apotheek binnen ${m} m; ` +
      `${check.osmWithAfmps} van de ${check.osmInRegion} OSM-apotheken binnen het gewest hebben een actieve FAGG-apotheek binnen ${m} m. ` +
      `De ${years} jaar tussen beide lijsten (openingen, sluitingen, verhuizingen) verklaren een deel van het verschil. OSM-apotheken binnen het gewest worden niet als soort voorziening gebruikt; die over de grens tellen alleen mee voor de afstanden (notitie beyond_border).`,
    en:
      `OpenStreetMap pharmacies (${osmDate}) against the AFMPS register (${afmpsDate}): ` +
      `${check.afmpsWithOsm} of ${check.afmpsActive} active AFMPS pharmacies have an OSM pharmacy within ${m} m; ` +
      `${check.osmWithAfmps} of ${check.osmInRegion} OSM pharmacies inside the region have an active AFMPS pharmacy within ${m} m. ` +
      `The ${years} years between the two lists (openings, closures, moves) explain part of the difference. OSM pharmacies inside the region are not used as a service type; those beyond the border count for distances only (note beyond_border).`,
  });
}

/** Whole calendar years from one YYYY-MM-DD date to a later one. */
function yearsBetween(earlier: string, later: string): number {
  return Number(later.slice(0, 4)) - Number(earlier.slice(0, 4));
}

/** The registry's reference date, reduced to its leading YYYY-MM-DD ("2026-05-16 (approximate OSM state)" → 2026-05-16). */
function referenceDate(context: PipelineContext, sourceId: string): string {
  const stated = getSource(context.registry, sourceId).reference_date;
  const match = /^\d{4}-\d{2}-\d{2}/.exec(stated);
  if (!match)
    throw new InvariantError(`source ${sourceId}: reference_date "${stated}" does not start with a YYYY-MM-DD date`);
  return match[0];
}

// ---------------------------------------------------------------------------------------------
// Sources

// ---------------------------------------------------------------------------------------------
// Placement in sectors

/** Metres per degree at Brussels' latitude, scaled down a little so that a bbox gap stays a lower bound. */
const METRES_PER_DEGREE_LON = 0.95 * 111_320 * Math.cos((50.75 * Math.PI) / 180);
const METRES_PER_DEGREE_LAT = 0.95 * 110_570;

/** Finds the sector polygon that contains a point (d3-geo geoContains, with a bounding-box prefilter). */
class SectorLocator {
  private readonly shapes: SectorShape[];
  private readonly points: (PlanarPoint & { code: string })[];
  private readonly codesAt: Map<string, Record<string, string>>;
  private readonly quartierLevel: string;
  private readonly communeLevel: string;

  constructor(model: TerritorialModel, sectorPoints: Map<string, SectorPoint>) {
    this.quartierLevel = model.levels.find((l) => l.kind === "quartier")!.id;
    this.communeLevel = model.levels.find((l) => l.kind === "commune")!.id;
    this.codesAt = new Map(model.sectors.map((s) => [s.code, s.codes]));
    this.shapes = sectorShapes(model);
    this.points = [...sectorPoints]
      .map(([code, p]) => ({ code, x: p.x_l72, y: p.y_l72 }))
      .sort((a, b) => compareCodes(a.code, b.code));
    for (const shape of this.shapes) {
      if (!sectorPoints.has(shape.code)) throw new InvariantError(`sector ${shape.code} has no representative point`);
    }
  }

  /** The first sector (in code order) whose polygon contains the point, or null. */
  sectorContaining(lon: number, lat: number): string | null {
    return containingSector(this.shapes, lon, lat);
  }

  /**
   * Where a candidate goes: its sector, or — for a hospital within the border tolerance — the
   * sector of the nearest representative point; null when it is dropped. Notes every point not
   * inside a sector.
   */
  place(
    candidate: Candidate,
    notes: QualityNotes,
  ): { sector_code: string; quartier_code: string; commune_code: string; location: ServiceLocation } | null {
    const inside = this.sectorContaining(candidate.lon, candidate.lat);
    if (inside) return { ...this.codes(inside), location: "in_sector" };
    const [x, y] = lambert72(candidate.lon, candidate.lat);
    const border = this.nearestBoundary(candidate.lon, candidate.lat, { x, y });
    const what = (language: Language) =>
      `${candidate.types.join(" + ")} "${candidate.name ?? NO_NAME[language]}" (${originText(candidate.origin, language)}, ${round(candidate.lon, 6)}, ${round(candidate.lat, 6)})`;
    const distance = round(border.distance, 1);
    const tolerance = candidate.borderTolerance;
    if (border.distance > tolerance) {
      notes.sector(
        candidate.source_id,
        null,
        "outside_region",
        qualityDetail({
          fr: `${what("fr")} se trouve à ${distance} m hors des secteurs bruxellois : exclu${tolerance > 0 ? ` (au-delà des ${tolerance} m admis pour les hôpitaux à la limite).` : "."}`,
          nl: `${what("nl")} ligt ${distance} m buiten de Brusselse sectoren: uitgesloten${tolerance > 0 ? ` (verder dan de ${tolerance} m die voor ziekenhuizen aan de grens aanvaard worden).` : "."}`,
          en: `${what("en")} lies ${distance} m outside the Brussels sectors: excluded${tolerance > 0 ? ` (beyond the ${tolerance} m kept for hospitals on the border).` : "."}`,
        }),
      );
      return null;
    }
    const assigned = nearest({ x, y }, this.points)!.item.code;
    notes.sector(
      candidate.source_id,
      assigned,
      "outside_region_kept",
      qualityDetail({
        fr:
          `${what("fr")} se trouve à ${distance} m hors des secteurs bruxellois (polygone le plus proche : secteur ${border.code}) ; ` +
          `gardé parce que c'est un hôpital à moins de ${tolerance} m de la région qui dessert des habitants de Bruxelles, ` +
          `et rattaché au secteur ${assigned}, dont le point représentatif est le plus proche.`,
        nl:
          `${what("nl")} ligt ${distance} m buiten de Brusselse sectoren (dichtstbijzijnde polygoon: sector ${border.code}); ` +
          `behouden omdat het een ziekenhuis is binnen ${tolerance} m van het gewest dat Brusselse inwoners bedient, ` +
          `en toegewezen aan sector ${assigned}, waarvan het representatieve punt het dichtst bij ligt.`,
        en:
          `${what("en")} lies ${distance} m outside the Brussels sectors (nearest polygon: sector ${border.code}); ` +
          `kept because it is a hospital within ${tolerance} m of the region that serves Brussels residents, ` +
          `and assigned to sector ${assigned}, whose representative point is the nearest.`,
      }),
    );
    return { ...this.codes(assigned), location: "outside_region_kept" };
  }

  private codes(sector: string) {
    const codes = this.codesAt.get(sector)!;
    return { sector_code: sector, quartier_code: codes[this.quartierLevel]!, commune_code: codes[this.communeLevel]! };
  }

  /** Distance in Lambert 72 metres from a point outside every sector to the nearest sector boundary. */
  private nearestBoundary(lon: number, lat: number, point: PlanarPoint): { code: string; distance: number } {
    const gaps = this.shapes
      .map((shape) => {
        const [west, south, east, north] = shape.bbox;
        const dx = Math.max(west - lon, 0, lon - east) * METRES_PER_DEGREE_LON;
        const dy = Math.max(south - lat, 0, lat - north) * METRES_PER_DEGREE_LAT;
        return { shape, lowerBound: Math.hypot(dx, dy) };
      })
      .sort((a, b) => a.lowerBound - b.lowerBound || compareCodes(a.shape.code, b.shape.code));
    let best = { code: "", distance: Infinity };
    for (const { shape, lowerBound } of gaps) {
      if (lowerBound > best.distance) break;
      shape.projected ??= shape.polygons.flat().map((ring) => ring.map(([lo, la]) => lambert72(lo, la)));
      for (const ring of shape.projected) {
        for (let i = 1; i < ring.length; i++) {
          const d = segmentDistance(point, ring[i - 1]!, ring[i]!);
          if (d < best.distance) best = { code: shape.code, distance: d };
        }
      }
    }
    return best;
  }
}

function segmentDistance(p: PlanarPoint, [ax, ay]: [number, number], [bx, by]: [number, number]): number {
  const dx = bx - ax;
  const dy = by - ay;
  const length = dx * dx + dy * dy;
  const t = length === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - ax) * dx + (p.y - ay) * dy) / length));
  return planarDistance(p, { x: ax + t * dx, y: ay + t * dy });
}
