import { planarDistance, type PlanarPoint } from "../../../src/core/distance.ts";
import { round } from "../../lib/round.ts";
import { lambert72 } from "../../territory/geometry.ts";
import type { QualityNotes } from "./quality-notes.ts";
import type { Candidate } from "./service-types.ts";
import { originText } from "../../raw/origin-text.ts";
import { qualityDetailIn } from "../quality-detail.ts";

/** Two OSM points of one type with the same normalised name this close are one service mapped twice. */
export const DUPLICATE_RADIUS_M = 100;

/** "Maison Médicale Jean Jaurès" and "Maison médicale Jean Jaurès" normalise alike. */
export function normaliseName(name: string): string {
  return name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** The same named service mapped twice (a node and a building, typically): keep the first in file order. */
export function dropDuplicates(candidates: Candidate[], notes: QualityNotes): Candidate[] {
  // Each kept point carries its normalised name, so that a name is normalised once, not once per comparison.
  const kept: (Candidate & PlanarPoint & { normalisedName: string | null })[] = [];
  for (const candidate of candidates) {
    const [x, y] = lambert72(candidate.lon, candidate.lat);
    const point = {
      ...candidate,
      x,
      y,
      normalisedName: candidate.name === null ? null : normaliseName(candidate.name),
    };
    const twin =
      point.normalisedName === null
        ? undefined
        : kept.find(
            (k) =>
              k.types[0] === candidate.types[0] &&
              k.normalisedName === point.normalisedName &&
              planarDistance(k, point) <= DUPLICATE_RADIUS_M,
          );
    if (twin) {
      notes.region(
        candidate.source_id,
        "duplicate",
        qualityDetailIn((language) => {
          const [distance, first, second] = [
            round(planarDistance(twin, point), 1),
            originText(candidate.origin, language),
            originText(twin.origin, language),
          ];
          return {
            fr: `${candidate.types[0]} "${candidate.name}" (${first}) est à ${distance} m de "${twin.name}" (${second}), même nom : compté une fois (le premier élément).`,
            nl: `${candidate.types[0]} "${candidate.name}" (${first}) ligt op ${distance} m van "${twin.name}" (${second}), zelfde naam: één keer geteld (het eerste object).`,
            en: `${candidate.types[0]} "${candidate.name}" (${first}) is ${distance} m from "${twin.name}" (${second}), same name: counted once (the first feature).`,
          }[language];
        }),
      );
      continue;
    }
    kept.push(point);
  }
  // OSM ids are lost in this extract: the id is the rounded position; two different services
  // at the same position get -2, -3... in file order.
  const used = new Map<string, number>();
  return kept.map(({ x: _x, y: _y, normalisedName: _name, ...candidate }) => {
    const id = `${candidate.types[0]}-${candidate.key}`;
    const n = (used.get(id) ?? 0) + 1;
    used.set(id, n);
    return n === 1 ? candidate : { ...candidate, key: `${candidate.key}-${n}` };
  });
}
