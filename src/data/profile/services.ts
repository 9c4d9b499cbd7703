/**
 * Services around a territory: per base-offer type, the coverage indicators (share of residents
 * within 500 m and 1 km, mean distance, services per 10,000) with each source's completeness
 * grade and vintage; and the services located in the territory (services table).
 */
import type { RowOf } from "../../core/table-schema.ts";
import { services } from "../../core/tables/services.ts";
import { cached, readTable } from "../observatory-data.ts";
import type { Cell } from "../../lib/published.ts";
import {
  COVERAGE_RADII_M,
  meanDistanceId,
  servicesPerId,
  shareWithinId,
  type CoverageRadius,
} from "../../core/indicator-ids.ts";
import { rankIn } from "../../core/polarity.ts";
import { type Area, findArea } from "./territory.ts";
import { cell, methodParameter } from "../site-data.ts";

export interface ServiceType {
  type: string;
  /** official-register, official-dated or community-mapped-partial. */
  completeness: string;
  referenceDate: string;
  sourceId: string;
}

/** A coverage indicator of one service type and the area's value of it. */
export interface CoverageCell {
  id: string;
  cell: Cell | undefined;
}

export interface TypeCoverage extends ServiceType {
  /** Share of residents within each radius of COVERAGE_RADII_M, in that order. */
  within: (CoverageCell & { radius: CoverageRadius })[];
  meanDistance: CoverageCell;
  per10000: CoverageCell;
}

export interface LocatedService {
  id: string;
  type: string;
  name: string | null;
  /** True for a hospital just across the regional boundary, kept for distances and assigned to the nearest sector. */
  outsideRegion: boolean;
}

/** The base-offer types, in the order the method parameters list them. */
export function baseOfferTypes(): string[] {
  return cached("types", () => methodParameter("coverage", "base_offer_types").split(";"));
}

/** Every service type in the services table, base offer first, with its grade and vintage. */
export function serviceTypes(): ServiceType[] {
  return cached("serviceTypes", () => {
    const seen = new Map<string, ServiceType>();
    for (const s of readTable(services)) {
      if (!seen.has(s.type))
        seen.set(s.type, {
          type: s.type,
          completeness: s.completeness,
          referenceDate: s.reference_date,
          sourceId: s.source_id,
        });
    }
    const base = baseOfferTypes();
    return [...seen.values()].sort(
      (a, b) => rankIn(base, a.type) - rankIn(base, b.type) || a.type.localeCompare(b.type),
    );
  });
}

export function coverage(area: Area): TypeCoverage[] {
  const at = (id: string): CoverageCell => ({ id, cell: cell(area.level, area.code, id) });
  return serviceTypes()
    .filter((t) => baseOfferTypes().includes(t.type))
    .map((t) => ({
      ...t,
      within: COVERAGE_RADII_M.map((radius) => ({ radius, ...at(shareWithinId(radius, t.type)) })),
      meanDistance: at(meanDistanceId(t.type)),
      per10000: at(servicesPerId(t.type)),
    }));
}

function inArea(area: Area, s: RowOf<typeof services>): boolean {
  if (area.level === "quartier") return s.quartier_code === area.code;
  if (area.level === "commune") return s.commune_code === area.code;
  return findArea("quartier", s.quartier_code).bassins.includes(area.code);
}

/** Services the services table assigns to the territory. */
export function servicesIn(area: Area): LocatedService[] {
  const order = serviceTypes().map((t) => t.type);
  return readTable(services)
    .filter((s) => inArea(area, s))
    .map((s) => ({ id: s.service_id, type: s.type, name: s.name || null, outsideRegion: s.location !== "in_sector" }))
    .sort(
      (a, b) =>
        order.indexOf(a.type) - order.indexOf(b.type) ||
        (a.name ?? "").localeCompare(b.name ?? "", "fr") ||
        a.id.localeCompare(b.id),
    );
}

/** Number of located services per type, for communes and bassins where a list would be too long. */
export function serviceCounts(area: Area): { type: string; count: number }[] {
  const located = servicesIn(area);
  return serviceTypes().map((t) => ({ type: t.type, count: located.filter((s) => s.type === t.type).length }));
}
