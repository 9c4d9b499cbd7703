/**
 * A purpose-built geography for the register tests: three square sectors side by side, 0.01° wide,
 * in the middle of Brussels. Quartier 7 holds A (400 residents) and B (1,600), quartier 8 holds C.
 */
import { topology } from "topojson-server";
import type { Topology } from "topojson-specification";
import { lambert72 } from "../../../../../src/core/lambert72.ts";
import { registerGeography, type RegisterGeography } from "../../../../../src/core/gp/register/index.ts";

const WEST = 4.34;
const SOUTH = 50.84;
const STEP = 0.01;

const square = (i: number) => {
  const w = WEST + i * STEP;
  const ring = [
    [w, SOUTH],
    [w + STEP, SOUTH],
    [w + STEP, SOUTH + STEP],
    [w, SOUTH + STEP],
    [w, SOUTH],
  ];
  return {
    type: "Feature",
    id: ["A", "B", "C"][i],
    properties: {},
    geometry: { type: "Polygon", coordinates: [ring] },
  };
};

export const townTopology = topology(
  { sector: { type: "FeatureCollection", features: [0, 1, 2].map(square) } as never },
  1e5,
) as unknown as Topology;

/** The centre of sector i, WGS84. */
export const centre = (i: number): [number, number] => [WEST + (i + 0.5) * STEP, SOUTH + STEP / 2];

export function townGeography(): RegisterGeography {
  const sector = (code: string, i: number, population: number, needIndex: number, quartier: string) => {
    const [lon, lat] = centre(i);
    const [x, y] = lambert72(lon, lat);
    return {
      code,
      population,
      needIndex,
      lon,
      lat,
      x,
      y,
      territories: { quartier, commune: "21004", bassin: "CE", region: "04000" },
    };
  };
  return registerGeography(
    [sector("C", 2, 3000, 0.9, "8"), sector("A", 0, 400, 1.2, "7"), sector("B", 1, 1600, 1.05, "7")],
    townTopology,
  );
}
