import { round } from "../lib/round.ts";
import mapshaper from "mapshaper";
import { lambert72 } from "../../src/core/lambert72.ts";
import type { Feature } from "../sources/read-geojson.ts";
import type { TerritorialModel } from "./territorial-model.ts";

export { LAMBERT_72, lambert72 } from "../../src/core/lambert72.ts";

/**
 * How much of each level's vertices to keep (Visvalingam, shared borders kept by mapshaper's
 * topology). Tuned so that the quartier map stays under its 150 KB budget.
 */
const SIMPLIFY: Record<string, string> = { sector: "14%", default: "20%" };
const QUANTIZATION = "1e5";

export interface SectorPoint {
  lon: number;
  lat: number;
  x_l72: number;
  y_l72: number;
}

export interface GeometryOutputs {
  /** TopoJSON text by level id; the object inside is named after the level and ids are territory codes. */
  topojson: Map<string, string>;
  /** A representative point inside each sector (not the centroid, which can fall outside). */
  sectorPoints: Map<string, SectorPoint>;
}

export async function buildGeometry(model: TerritorialModel): Promise<GeometryOutputs> {
  const topojson = new Map<string, string>();
  for (const level of model.levels) {
    const features = model.geometry.get(level.id)!;
    const dissolve = level.kind === "reference" || level.kind === "region" ? "-dissolve2 code" : "";
    const simplify = SIMPLIFY[level.id] ?? SIMPLIFY.default;
    const output = await mapshaper.applyCommands(
      `-i in.json name=${level.id} ${dissolve} -simplify ${simplify} keep-shapes -o out.json format=topojson quantization=${QUANTIZATION} id-field=code bbox`,
      { "in.json": collection(features) },
    );
    topojson.set(level.id, stripProperties(output["out.json"]!.toString()));
  }
  return { topojson, sectorPoints: await innerPoints(model.geometry.get("sector")!) };
}

async function innerPoints(sectors: Feature[]): Promise<Map<string, SectorPoint>> {
  const output = await mapshaper.applyCommands(
    "-i in.json -points inner -o out.json format=geojson precision=0.0000001",
    {
      "in.json": collection(sectors),
    },
  );
  const points = JSON.parse(output["out.json"]!.toString()) as {
    features: { properties: { code: string }; geometry: { coordinates: [number, number] } }[];
  };
  return new Map(
    points.features.map(({ properties, geometry }) => {
      const [lon, lat] = geometry.coordinates;
      const [x_l72, y_l72] = lambert72(lon, lat);
      return [properties.code, { lon: round(lon, 7), lat: round(lat, 7), x_l72, y_l72 }];
    }),
  );
}

function collection(features: Feature[]): string {
  return JSON.stringify({ type: "FeatureCollection", features });
}

/** Ids carry the codes; the code property would only repeat them. */
function stripProperties(topojson: string): string {
  const topology = JSON.parse(topojson) as { objects: Record<string, { geometries: { properties?: unknown }[] }> };
  for (const object of Object.values(topology.objects))
    for (const geometry of object.geometries) delete geometry.properties;
  return JSON.stringify(topology);
}
