/**
 * The first place where a closed ring crosses itself, or undefined. Segments are swept in order of
 * their western end, so only segments whose longitude ranges overlap are compared (a few
 * thousand positions per ring take milliseconds). Only proper crossings count: a ring that
 * touches itself at a vertex is left to the geometry tools, which handle it.
 */
export function ringCrossing(
  ring: readonly (readonly [number, number])[],
): { first: number; second: number } | undefined {
  const count = ring.length - 1;
  const order = Array.from({ length: count }, (_, i) => i).sort((a, b) => west(ring, a) - west(ring, b));
  for (let k = 0; k < count; k++) {
    const a = order[k]!;
    const aEast = east(ring, a);
    for (let m = k + 1; m < count; m++) {
      const b = order[m]!;
      if (west(ring, b) > aEast) break;
      if (Math.abs(a - b) === 1 || Math.abs(a - b) === count - 1) continue;
      if (cross(ring[a]!, ring[a + 1]!, ring[b]!, ring[b + 1]!))
        return { first: Math.min(a, b), second: Math.max(a, b) };
    }
  }
  return undefined;
}

function west(ring: readonly (readonly [number, number])[], i: number): number {
  return Math.min(ring[i]![0], ring[i + 1]![0]);
}

function east(ring: readonly (readonly [number, number])[], i: number): number {
  return Math.max(ring[i]![0], ring[i + 1]![0]);
}

type Point = readonly [number, number];

function orientation(p: Point, q: Point, r: Point): number {
  return Math.sign((q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0]));
}

/** Segments pq and rs cross at a point inside both (not at an end). */
function cross(p: Point, q: Point, r: Point, s: Point): boolean {
  return orientation(p, q, r) * orientation(p, q, s) < 0 && orientation(r, s, p) * orientation(r, s, q) < 0;
}
