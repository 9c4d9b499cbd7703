/**
 * Nearest-neighbour search over a few hundred service points for tens of thousands of resident
 * points: a square bucket grid searched ring by ring, so that each query looks at the points of a
 * few cells instead of every point. Same distance as a linear scan (math.ts `nearest`).
 */
import type { PlanarPoint } from "../../../src/core/distance.ts";

/** Bucket side in metres: about the spacing of Brussels pharmacies, so that a query visits few cells. */
const CELL_M = 500;
/** Below this many points a linear scan is faster than the buckets. */
const LINEAR_SCAN_MAX = 32;

export class NearestIndex {
  private readonly cells: number[][] = [];
  private readonly minCol: number = 0;
  private readonly minRow: number = 0;
  private readonly cols: number = 0;
  private readonly rows: number = 0;

  constructor(private readonly points: readonly PlanarPoint[]) {
    if (points.length <= LINEAR_SCAN_MAX) return;
    const col = (p: PlanarPoint) => Math.floor(p.x / CELL_M);
    const row = (p: PlanarPoint) => Math.floor(p.y / CELL_M);
    this.minCol = Math.min(...points.map(col));
    this.minRow = Math.min(...points.map(row));
    this.cols = Math.max(...points.map(col)) - this.minCol + 1;
    this.rows = Math.max(...points.map(row)) - this.minRow + 1;
    this.cells = Array.from({ length: this.cols * this.rows }, () => []);
    points.forEach((p, index) => this.cells[(row(p) - this.minRow) * this.cols + col(p) - this.minCol]!.push(index));
  }

  /** Distance to the nearest point, null when there is none. */
  nearestDistance(from: PlanarPoint): number | null {
    if (this.points.length === 0) return null;
    if (this.points.length <= LINEAR_SCAN_MAX) return Math.sqrt(this.scan(from, null));
    // Query cell relative to the grid (it may lie outside it).
    const col = Math.floor(from.x / CELL_M) - this.minCol;
    const row = Math.floor(from.y / CELL_M) - this.minRow;
    const maxRing = Math.max(col, this.cols - 1 - col, row, this.rows - 1 - row);
    let best = Infinity;
    for (
      let ring = Math.max(0, Math.max(-col, col - this.cols + 1, -row, row - this.rows + 1));
      ring <= maxRing;
      ring++
    ) {
      // Every point of ring k is at least (k − 1) × CELL_M away: stop once the best is closer.
      const reach = Math.max(0, ring - 1) * CELL_M;
      if (best <= reach * reach) break;
      for (let r = Math.max(row - ring, 0); r <= Math.min(row + ring, this.rows - 1); r++) {
        const edge = r === row - ring || r === row + ring;
        const step = edge ? 1 : 2 * ring;
        for (let c = col - ring; c <= col + ring; c += Math.max(step, 1)) {
          if (c < 0 || c >= this.cols) continue;
          const cell = this.cells[r * this.cols + c]!;
          if (cell.length) best = Math.min(best, this.scan(from, cell));
        }
      }
    }
    return Math.sqrt(best);
  }

  /** Smallest squared distance from `from` to the points of the given indexes (null: every point). */
  private scan(from: PlanarPoint, indexes: readonly number[] | null): number {
    let best = Infinity;
    const count = indexes === null ? this.points.length : indexes.length;
    for (let i = 0; i < count; i++) {
      const point = this.points[indexes === null ? i : indexes[i]!]!;
      const dx = point.x - from.x;
      const dy = point.y - from.y;
      const squared = dx * dx + dy * dy;
      if (squared < best) best = squared;
    }
    return best;
  }
}
