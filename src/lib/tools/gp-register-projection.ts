/**
 * Lambert 72 metres ↔ the maps' SVG units, for the practices of a register (drawn on the map and
 * moved by the what-if editor). The maps are projected from WGS84 (src/lib/map/geometry.ts); over
 * the 20 km of the region that projection and Lambert 72 differ by an affine map to a fraction of
 * a screen pixel, so the build fits one on the sectors' points (both coordinates published in the
 * sectors table) and the browser needs no geodesy.
 */

/** px = a·x + b·y + c, py = d·x + e·y + f. */
export type Affine = readonly [a: number, b: number, c: number, d: number, e: number, f: number];

export interface PointPair {
  x: number;
  y: number;
  px: number;
  py: number;
}

/** Solves the 3×3 system m·v = r by Cramer's rule. */
function solve3(m: number[][], r: number[]): [number, number, number] {
  const det = (q: number[][]) =>
    q[0]![0]! * (q[1]![1]! * q[2]![2]! - q[1]![2]! * q[2]![1]!) -
    q[0]![1]! * (q[1]![0]! * q[2]![2]! - q[1]![2]! * q[2]![0]!) +
    q[0]![2]! * (q[1]![0]! * q[2]![1]! - q[1]![1]! * q[2]![0]!);
  const d = det(m);
  if (Math.abs(d) < 1e-12) throw new Error("the points do not span a plane: no affine fit");
  const column = (k: number) => det(m.map((row, i) => row.map((value, j) => (j === k ? r[i]! : value))));
  return [column(0) / d, column(1) / d, column(2) / d];
}

/** Least-squares affine map from (x, y) to (px, py). Coordinates are centred first for precision. */
export function fitAffine(pairs: readonly PointPair[]): Affine {
  if (pairs.length < 3) throw new Error("an affine fit needs at least three points");
  const mx = pairs.reduce((s, p) => s + p.x, 0) / pairs.length;
  const my = pairs.reduce((s, p) => s + p.y, 0) / pairs.length;
  const m = [
    [0, 0, 0],
    [0, 0, 0],
    [0, 0, 0],
  ];
  const rx = [0, 0, 0];
  const ry = [0, 0, 0];
  for (const p of pairs) {
    const v = [p.x - mx, p.y - my, 1];
    for (let i = 0; i < 3; i++) {
      for (let j = 0; j < 3; j++) m[i]![j]! += v[i]! * v[j]!;
      rx[i]! += v[i]! * p.px;
      ry[i]! += v[i]! * p.py;
    }
  }
  const [a, b, c0] = solve3(m, rx);
  const [d, e, f0] = solve3(m, ry);
  return [a, b, c0 - a * mx - b * my, d, e, f0 - d * mx - e * my];
}

export function toSvg(affine: Affine, x: number, y: number): [number, number] {
  const [a, b, c, d, e, f] = affine;
  return [a * x + b * y + c, d * x + e * y + f];
}

export function fromSvg(affine: Affine, px: number, py: number): [number, number] {
  const [a, b, c, d, e, f] = affine;
  const det = a * e - b * d;
  const u = px - c;
  const v = py - f;
  return [(e * u - b * v) / det, (a * v - d * u) / det];
}
