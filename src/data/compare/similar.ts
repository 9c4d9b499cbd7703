/**
 * The similar quartiers a profile offers, computed at build time from the published `fragility`
 * table: each quartier's vector of component percentile ranks (rank_<component>) against every
 * other quartier's, by Euclidean distance (src/lib/compare/similar-areas.ts).
 */
import { fragility as fragilityTable } from "../../core/tables/fragility.ts";
import { nearestProfiles, type ComponentProfile, type Neighbour } from "../../lib/compare/similar-areas.ts";
import { cached, readTable } from "../observatory-data.ts";
import { componentIds } from "../profile/fragility.ts";

/** The level whose areas get similar ones: the fragility ranking's own level. */
export const SIMILAR_LEVEL = "quartier";

export function componentProfiles(): ComponentProfile[] {
  return cached("compare:profiles", () => {
    const components = componentIds();
    return readTable(fragilityTable)
      .filter((row) => row.level === SIMILAR_LEVEL)
      .map((row) => {
        const columns = row as unknown as Record<string, number | null>;
        return { code: row.territory_code, ranks: components.map((id) => columns[`rank_${id}`] ?? null) };
      });
  });
}

export function similarQuartiers(code: string): Neighbour[] {
  return nearestProfiles(componentProfiles(), code);
}
