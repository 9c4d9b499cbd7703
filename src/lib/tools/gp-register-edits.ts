/**
 * What-if edits of a register: add, move or remove practices. Pure functions over a list, so the
 * page keeps the file's practices untouched (the "before") and recomputes the "after" from the
 * edited copy. A moved or added practice is located again with the same sector lookup as the file;
 * like a row of the file, it may not lie outside the region's sectors (the edit is then refused:
 * null), since a practice must count in a territory.
 */

export interface EditablePractice {
  id: string;
  name: string;
  /** Lambert 72 metres. */
  x: number;
  y: number;
  sector: string;
  headcount: number;
  fte: number | null;
  /** Added by a what-if edit, not read from the file. */
  added?: boolean;
}

/** The sector of a Lambert 72 point, or null outside every sector. */
export type LocateSector = (x: number, y: number) => string | null;

/** One arrow key press moves a practice this many metres. */
export const MOVE_STEP_M = 100;

export type Direction = "north" | "south" | "east" | "west";

const STEPS: Record<Direction, [number, number]> = {
  north: [0, 1],
  south: [0, -1],
  east: [1, 0],
  west: [-1, 0],
};

export function movePracticeTo(
  practices: readonly EditablePractice[],
  id: string,
  x: number,
  y: number,
  locate: LocateSector,
): EditablePractice[] | null {
  const rx = Math.round(x * 100) / 100;
  const ry = Math.round(y * 100) / 100;
  const sector = locate(rx, ry);
  if (sector === null) return null;
  return practices.map((p) => (p.id === id ? { ...p, x: rx, y: ry, sector } : p));
}

export function movePractice(
  practices: readonly EditablePractice[],
  id: string,
  direction: Direction,
  locate: LocateSector,
  step = MOVE_STEP_M,
): EditablePractice[] | null {
  const practice = practices.find((p) => p.id === id);
  if (!practice) return null;
  const [dx, dy] = STEPS[direction];
  return movePracticeTo(practices, id, practice.x + dx * step, practice.y + dy * step, locate);
}

export function removePractice(practices: readonly EditablePractice[], id: string): EditablePractice[] {
  return practices.filter((p) => p.id !== id);
}

/**
 * A new practice of one GP at a point (its FTE is the "FTE per GP" parameter, as for a row of the
 * file without gp_fte); its id is the first free "new-N", so that it never collides with the file's.
 */
export function addPractice(
  practices: readonly EditablePractice[],
  x: number,
  y: number,
  locate: LocateSector,
  name: string,
): { practices: EditablePractice[]; id: string } | null {
  const ids = new Set(practices.map((p) => p.id));
  let n = 1;
  while (ids.has(`new-${n}`)) n++;
  const id = `new-${n}`;
  const rx = Math.round(x * 100) / 100;
  const ry = Math.round(y * 100) / 100;
  const sector = locate(rx, ry);
  if (sector === null) return null;
  const practice: EditablePractice = {
    id,
    name: `${name} ${n}`,
    x: rx,
    y: ry,
    sector,
    headcount: 1,
    fte: null,
    added: true,
  };
  return { practices: [...practices, practice], id };
}

/** Whether the edited list differs from the file's (same ids, positions and sizes). */
export function isEdited(original: readonly EditablePractice[], edited: readonly EditablePractice[]): boolean {
  if (original.length !== edited.length) return true;
  return original.some((p, i) => {
    const q = edited[i]!;
    return p.id !== q.id || p.x !== q.x || p.y !== q.y || p.headcount !== q.headcount || p.fte !== q.fte;
  });
}
