/**
 * What a register is located in and measured against, built from published data only, so that
 * the browser (from /site-data/gp-register.json) and the pipeline (from the rows it publishes)
 * hold the same numbers and the same polygons: sectors with residents, need index, representative
 * point and territories, and the published sector TopoJSON (geo/sector.topojson).
 */
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";

/** The levels a register's shortage is computed at, above the sector. */
export const REGISTER_LEVELS = ["quartier", "commune", "bassin", "region"] as const;

export interface RegisterSector {
  code: string;
  population: number;
  /** gp_need_index as published (4 decimals); null for a sector without residents. */
  needIndex: number | null;
  /** The sector's representative point (inside it), WGS84 and Lambert 72 metres. */
  lon: number;
  lat: number;
  x: number;
  y: number;
  /** The sector's territory at each of REGISTER_LEVELS. */
  territories: Record<string, string>;
}

export interface RegisterGeography {
  levels: string[];
  /** In code order. */
  sectors: RegisterSector[];
  /** The published sector TopoJSON: its polygons locate a coordinate. */
  sectorTopology: Topology;
}

type Row = Record<string, string | undefined>;

/**
 * The geography from the published tables as text rows: sectors.csv, the sector rows of
 * indicators.csv (gp_need_index) and geo/sector.topojson.
 */
export function registerGeographyFromTables(tables: {
  sectors: readonly Row[];
  indicators: readonly Row[];
  sectorTopology: Topology;
}): RegisterGeography {
  const need = new Map<string, number | null>();
  for (const row of tables.indicators) {
    if (row.level !== "sector" || row.indicator_id !== "gp_need_index") continue;
    need.set(row.territory_code!, row.value === "" || row.value === undefined ? null : Number(row.value));
  }
  const sectors = tables.sectors.map((row) => {
    const code = row.sector_code!;
    if (!need.has(code)) throw new Error(`indicators.csv has no gp_need_index for sector ${code}`);
    return {
      code,
      population: Number(row.population),
      needIndex: need.get(code)!,
      lon: Number(row.point_lon),
      lat: Number(row.point_lat),
      x: Number(row.point_x_l72),
      y: Number(row.point_y_l72),
      territories: Object.fromEntries(REGISTER_LEVELS.map((level) => [level, row[`${level}_code`]!])),
    };
  });
  return registerGeography(sectors, tables.sectorTopology);
}

/** The geography from sectors already typed (the pipeline's own rows), sorted by code. */
export function registerGeography(sectors: RegisterSector[], sectorTopology: Topology): RegisterGeography {
  const sorted = [...sectors].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return { levels: [...REGISTER_LEVELS], sectors: sorted, sectorTopology };
}

type Ring = number[][];

interface SectorPolygons {
  code: string;
  polygons: Ring[][];
  bbox: [number, number, number, number];
}

/** Finds the sector containing a WGS84 point, or null outside every sector. */
export type RegisterLocator = (lon: number, lat: number) => string | null;

/**
 * A point-in-sector lookup on the published polygons: a planar even-odd test in degrees (at a
 * sector's scale the difference from a spherical test is far below the polygons' precision), the
 * first sector in code order winning on a shared border, identical in Node and in the browser.
 */
export function sectorLocator(geography: RegisterGeography): RegisterLocator {
  return topologyLocator(geography.sectorTopology);
}

/** The same lookup over any published sector TopoJSON (the explorer's "Where am I?" loads geo/sector.topojson). */
export function topologyLocator(topology: Topology): RegisterLocator {
  const object = Object.values(topology.objects)[0] as GeometryCollection;
  const collection = feature(topology, object) as unknown as {
    features: { id?: string | number; geometry: { type: string; coordinates: unknown } | null }[];
  };
  const shapes: SectorPolygons[] = collection.features
    .filter((f) => f.geometry !== null)
    .map((f) => {
      const polygons = (
        f.geometry!.type === "Polygon" ? [f.geometry!.coordinates] : f.geometry!.coordinates
      ) as Ring[][];
      const bbox: SectorPolygons["bbox"] = [Infinity, Infinity, -Infinity, -Infinity];
      for (const polygon of polygons)
        for (const ring of polygon)
          for (const [lon, lat] of ring) {
            bbox[0] = Math.min(bbox[0], lon!);
            bbox[1] = Math.min(bbox[1], lat!);
            bbox[2] = Math.max(bbox[2], lon!);
            bbox[3] = Math.max(bbox[3], lat!);
          }
      return { code: String(f.id), polygons, bbox };
    })
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return (lon, lat) => {
    for (const shape of shapes) {
      const [west, south, east, north] = shape.bbox;
      if (lon < west || lon > east || lat < south || lat > north) continue;
      if (shape.polygons.some((polygon) => insidePolygon(polygon, lon, lat))) return shape.code;
    }
    return null;
  };
}

/** Even-odd rule over the polygon's rings (its holes included). */
function insidePolygon(rings: Ring[], x: number, y: number): boolean {
  let inside = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i] as [number, number];
      const [xj, yj] = ring[j] as [number, number];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

/** Each quartier's most populated sector (the lowest code on a tie): where a practice given by quartier is placed. */
export function quartierAnchors(geography: RegisterGeography): Map<string, RegisterSector> {
  const anchors = new Map<string, RegisterSector>();
  for (const sector of geography.sectors) {
    const quartier = sector.territories.quartier!;
    const current = anchors.get(quartier);
    if (!current || sector.population > current.population) anchors.set(quartier, sector);
  }
  return anchors;
}
