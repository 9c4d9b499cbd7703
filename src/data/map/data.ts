/**
 * Build-time geometry for the site: projected paths of every level, borders and service points,
 * all in the one projection fitted to the region.
 */
import { services } from "../../core/tables/services.ts";
import { cached, readTable, readTopology } from "../observatory-data.ts";
import { areaPaths, borderPath, projectPoint, regionProjection, type AreaPath } from "../../lib/map/geometry.ts";

const projection = () => cached("projection", () => regionProjection(readTopology("region")));

export function levelPaths(level: string): AreaPath[] {
  return cached(`paths:${level}`, () => areaPaths(readTopology(level), level, projection()));
}

export function levelBorders(level: "commune" | "bassin"): string {
  return cached(`borders:${level}`, () => borderPath(readTopology(level), level, projection()));
}

export interface ProjectedService {
  type: string;
  name: string | null;
  x: number;
  y: number;
}

export function projectedServices(): ProjectedService[] {
  return cached("services", () =>
    readTable(services).map((s) => {
      const [x, y] = projectPoint(projection(), s.lon, s.lat);
      return { type: s.type, name: s.name || null, x, y };
    }),
  );
}
