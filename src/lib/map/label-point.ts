/**
 * Where a name goes inside an area: the pole of inaccessibility of its largest polygon (the inside
 * point farthest from every edge, after Mapbox's polylabel), so that a crescent-shaped commune
 * gets its name inside it, not at a centroid that falls outside. Deterministic, in map units.
 */
export type Ring = [number, number][];
/** A polygon: its outer ring, then its holes. */
export type Polygon = Ring[];

/** Signed area of a ring (shoelace): its absolute value is the ring's area. */
export function ringArea(ring: Ring): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    sum += (ring[j]![0] - ring[i]![0]) * (ring[j]![1] + ring[i]![1]);
  }
  return sum / 2;
}

/** Distance from (x, y) to the polygon's nearest edge: positive inside, negative outside. */
export function signedDistance(x: number, y: number, polygon: Polygon): number {
  let inside = false;
  let nearest = Infinity;
  for (const ring of polygon) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [ax, ay] = ring[i]!;
      const [bx, by] = ring[j]!;
      if (ay > y !== by > y && x < ((bx - ax) * (y - ay)) / (by - ay) + ax) inside = !inside;
      nearest = Math.min(nearest, segmentDistance(x, y, ax, ay, bx, by));
    }
  }
  return (inside ? 1 : -1) * nearest;
}

function segmentDistance(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const length = dx * dx + dy * dy;
  const t = length === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / length));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

interface Cell {
  x: number;
  y: number;
  half: number;
  distance: number;
  /** The best distance any point of the cell could have. */
  bound: number;
}

/** The pole of inaccessibility of one polygon, to `precision` map units. */
export function poleOfInaccessibility(polygon: Polygon, precision = 0.5): [number, number] {
  const outer = polygon[0]!;
  const xs = outer.map((p) => p[0]);
  const ys = outer.map((p) => p[1]);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const size = Math.min(maxX - minX, maxY - minY);
  if (size === 0) return [minX, minY];
  const cell = (x: number, y: number, half: number): Cell => {
    const distance = signedDistance(x, y, polygon);
    return { x, y, half, distance, bound: distance + half * Math.SQRT2 };
  };
  const queue: Cell[] = [];
  for (let x = minX; x < maxX; x += size) {
    for (let y = minY; y < maxY; y += size) queue.push(cell(x + size / 2, y + size / 2, size / 2));
  }
  // The first guess: the centre of the bounding box (the best cell so far must be inside).
  let best = cell((minX + maxX) / 2, (minY + maxY) / 2, 0);
  while (queue.length) {
    // The most promising cell first; ties by position, so the result never depends on the sort.
    queue.sort((a, b) => a.bound - b.bound || a.x - b.x || a.y - b.y);
    const current = queue.pop()!;
    if (current.distance > best.distance) best = current;
    if (current.bound - best.distance <= precision) continue;
    const half = current.half / 2;
    for (const [dx, dy] of [
      [-1, -1],
      [1, -1],
      [-1, 1],
      [1, 1],
    ] as const) {
      queue.push(cell(current.x + dx * half, current.y + dy * half, half));
    }
  }
  return [Math.round(best.x * 10) / 10, Math.round(best.y * 10) / 10];
}

/** The label point of an area made of one or more polygons: in its largest one. */
export function labelPoint(polygons: Polygon[]): [number, number] {
  const largest = polygons.reduce((a, b) => (Math.abs(ringArea(b[0]!)) > Math.abs(ringArea(a[0]!)) ? b : a));
  return poleOfInaccessibility(largest);
}
