/**
 * The line chart's search for territories to add (browser-safe): which territories match what was
 * typed, and where the keyboard's active option goes next (WAI-ARIA combobox with a list popup,
 * https://www.w3.org/WAI/ARIA/apg/patterns/combobox/).
 */

/** Lower case, without accents, hyphens or repeated spaces: "saint gil" finds "Saint-Gilles". */
export function normaliseName(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase()
    .replace(/[\s\-–'’]+/g, " ")
    .trim();
}

export interface Searchable {
  code: string;
  name: string;
}

/**
 * The territories whose name or code contains what was typed, those whose name starts with it
 * first, at most `limit`; already chosen ones are left out. Nothing for an empty query.
 */
export function matchAreas<T extends Searchable>(
  areas: readonly T[],
  query: string,
  chosen: readonly string[],
  limit = 10,
): T[] {
  const wanted = normaliseName(query);
  if (wanted === "") return [];
  const taken = new Set(chosen);
  const scored = areas.flatMap((area, index) => {
    if (taken.has(area.code)) return [];
    const name = normaliseName(area.name);
    if (name.startsWith(wanted) || area.code.toLowerCase() === wanted) return [{ area, rank: 0, index }];
    if (name.includes(wanted) || area.code.toLowerCase().startsWith(wanted)) return [{ area, rank: 1, index }];
    return [];
  });
  return scored
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .slice(0, limit)
    .map((s) => s.area);
}

/** The active option after a key: arrows move and wrap, Home and End jump; -1 is "none". */
export function nextActive(current: number, count: number, key: string): number {
  if (count === 0) return -1;
  if (key === "ArrowDown") return current < 0 ? 0 : (current + 1) % count;
  if (key === "ArrowUp") return current <= 0 ? count - 1 : current - 1;
  if (key === "Home") return 0;
  if (key === "End") return count - 1;
  return current;
}
