/**
 * Forgiving search over the published index: accents and case do not matter, a word may be
 * partial (a prefix) and may carry typos (one from 5 letters, two from 8), names are searched in
 * every language the index holds. Results rank exact names before prefixes before typos, areas
 * before sectors, and each says where choosing it leads.
 */
import { allowedTypos, editDistance, searchKey, searchTokens } from "./normalise.ts";
import type { SearchArea, SearchAreaLevel, SearchIndex, SearchPostcode, SearchSector } from "./search-index.ts";

/** 0 exact name, 1 every word a word or the start of one, 2 with typos. */
export type MatchRank = 0 | 1 | 2;

/** What a result is. */
export type Found =
  | { kind: "area"; area: SearchArea }
  | { kind: "sector"; sector: SearchSector }
  | { kind: "postcode"; postcode: SearchPostcode };

/** A result: what it is, how well it matched and the name (in whichever language) that matched. */
export type SearchResult = Found & { rank: MatchRank; matched: string };

/** The area choosing a result selects: a sector selects its quartier, a postcode its main commune. */
export function resultTarget(result: SearchResult): { level: SearchAreaLevel; code: string } {
  if (result.kind === "area") return { level: result.area.level, code: result.area.code };
  if (result.kind === "sector") return { level: "quartier", code: result.sector.quartier };
  return { level: "commune", code: result.postcode.communes[0]![0] };
}

interface Name {
  text: string;
  key: string;
  tokens: string[];
}

interface Candidate {
  result: Found;
  names: Name[];
  /** Areas before sectors. */
  group: number;
}

const LEVEL_ORDER: readonly SearchAreaLevel[] = ["region", "bassin", "commune", "quartier"];

function name(text: string): Name {
  return { text, key: searchKey(text), tokens: searchTokens(text) };
}

/** How one typed word matches a name's words: 1 a word or its start, 2 with typos, null not at all. */
function wordRank(typed: string, words: readonly string[]): 1 | 2 | null {
  if (words.some((word) => word.startsWith(typed))) return 1;
  const typos = allowedTypos(typed);
  if (typos === 0) return null;
  const close = words.some(
    (word) =>
      editDistance(typed, word, typos) <= typos ||
      (word.length > typed.length && editDistance(typed, word.slice(0, typed.length), typos) <= typos),
  );
  return close ? 2 : null;
}

/** How the typed text matches a name, or null. */
export function nameRank(typedKey: string, typedTokens: readonly string[], target: Name): MatchRank | null {
  if (typedTokens.length === 0) return null;
  if (target.key === typedKey) return 0;
  let worst: MatchRank = 1;
  for (const typed of typedTokens) {
    const rank = wordRank(typed, target.tokens);
    if (rank === null) return null;
    if (rank > worst) worst = rank;
  }
  return worst;
}

/** The index prepared for repeated searches (names split into words once). */
export interface PreparedIndex {
  candidates: Candidate[];
}

export function prepareIndex(index: SearchIndex): PreparedIndex {
  const areas = [...index.areas]
    .sort((a, b) => LEVEL_ORDER.indexOf(a.level) - LEVEL_ORDER.indexOf(b.level))
    .map((area): Candidate => ({
      result: { kind: "area", area },
      names: [...new Set([area.names.fr, area.names.nl, area.names.en])].map(name),
      group: 0,
    }));
  const postcodes = [...index.postcodes]
    .sort((a, b) => (a.postcode < b.postcode ? -1 : a.postcode > b.postcode ? 1 : 0))
    .map((postcode): Candidate => ({
      result: { kind: "postcode", postcode },
      names: [name(postcode.postcode)],
      group: 0,
    }));
  const sectors = index.sectors.map((sector): Candidate => ({
    result: { kind: "sector", sector },
    names: [...new Set([sector.fr, sector.nl])].map(name),
    group: 1,
  }));
  return { candidates: [...areas, ...postcodes, ...sectors] };
}

/**
 * The best `limit` results for the typed text: exact before prefix before typos, then areas
 * before sectors (regions, bassins, communes, quartiers in that order), then names that start
 * with the typed text, then shorter names.
 */
export function searchAreas(index: PreparedIndex, typed: string, limit = 8): SearchResult[] {
  const typedKey = searchKey(typed);
  const typedTokens = searchTokens(typed);
  if (typedTokens.length === 0) return [];
  const found: { result: SearchResult; group: number; order: number; length: number; start: number }[] = [];
  index.candidates.forEach((candidate, order) => {
    let best: { rank: MatchRank; name: Name } | null = null;
    for (const target of candidate.names) {
      const rank = nameRank(typedKey, typedTokens, target);
      if (rank !== null && (best === null || rank < best.rank)) best = { rank, name: target };
    }
    if (best === null) return;
    const result = { ...candidate.result, rank: best.rank, matched: best.name.text } as SearchResult;
    // A name that starts with the typed text first: "Brussels" finds the Brussels-Capital Region
    // before the City of Brussels, whose English name is shorter.
    const start = best.name.key.startsWith(typedKey) ? 0 : 1;
    found.push({ result, group: candidate.group, order, length: best.name.key.length, start });
  });
  return found
    .sort(
      (a, b) =>
        a.result.rank - b.result.rank ||
        a.group - b.group ||
        a.start - b.start ||
        a.length - b.length ||
        a.order - b.order,
    )
    .slice(0, limit)
    .map((f) => f.result);
}

/**
 * For a search that found nothing: the areas whose names come closest (fewest edits between a
 * typed word and a name's word or its start, at most a third of the typed word), at most `limit`.
 */
export function nearestAreas(index: PreparedIndex, typed: string, limit = 3): SearchArea[] {
  const typedTokens = searchTokens(typed);
  if (typedTokens.length === 0) return [];
  const scored: { area: SearchArea; distance: number; order: number }[] = [];
  index.candidates.forEach((candidate, order) => {
    if (candidate.result.kind !== "area") return;
    let distance = Infinity;
    for (const target of candidate.names)
      for (const typedWord of typedTokens)
        for (const word of target.tokens) {
          const maxEdits = Math.max(1, Math.floor(typedWord.length / 3));
          const whole = editDistance(typedWord, word, maxEdits);
          const start =
            word.length > typedWord.length ? editDistance(typedWord, word.slice(0, typedWord.length), maxEdits) : whole;
          if (Math.min(whole, start) <= maxEdits) distance = Math.min(distance, whole, start);
        }
    if (distance !== Infinity) scored.push({ area: candidate.result.area, distance, order });
  });
  return scored
    .sort((a, b) => a.distance - b.distance || a.order - b.order)
    .slice(0, limit)
    .map((s) => s.area);
}
