/** Build-time construction of /site-data/compare/<level>.json (src/lib/compare/data.ts). */
import type { CompareCell, CompareLevelData } from "../../lib/compare/data.ts";
import { indicators, levelValues, territories } from "../site-data.ts";
import { LEVELS, PROFILE_LEVELS } from "../../core/levels.ts";
import { inReadingOrder, chartIndicators } from "../profile/rows.ts";
import { fragilityOf } from "../profile/fragility.ts";
import { findArea } from "../profile/territory.ts";
import { SIMILAR_LEVEL, similarQuartiers } from "./similar.ts";

/** The levels the comparison offers: every published level. */
export function compareLevels(): string[] {
  return LEVELS.map((level) => level.id);
}

/** Every indicator any level's profile charts, in reading order. */
export function compareOrder(): string[] {
  const charted = new Set(compareLevels().flatMap((level) => chartIndicators(level).map((i) => i.id)));
  return inReadingOrder(indicators().filter((i) => charted.has(i.id))).map((i) => i.id);
}

export function compareLevelData(level: string): CompareLevelData {
  const list = territories(level);
  const data: CompareLevelData = {
    level,
    codes: list.map((t) => t.code),
    names: { fr: list.map((t) => t.name.fr), nl: list.map((t) => t.name.nl), en: list.map((t) => t.name.en) },
    order: compareOrder(),
    cells: {},
  };
  const wanted = new Set(data.order);
  for (const [id, byCode] of levelValues(level)) {
    if (!wanted.has(id)) continue;
    data.cells[id] = list.map((t): CompareCell | null => {
      const cell = byCode.get(t.code);
      if (!cell) return null;
      const compact: CompareCell = { v: cell.value, y: cell.year };
      if (cell.flag !== null) compact.f = cell.flag;
      if (cell.ci_low !== null && cell.ci_low !== undefined) compact.lo = cell.ci_low;
      if (cell.ci_high !== null && cell.ci_high !== undefined) compact.hi = cell.ci_high;
      if (cell.region_comparison) compact.rc = cell.region_comparison;
      return compact;
    });
  }
  // The profile's "2nd of 116", for the levels with profiles and a fragility ranking.
  const standings = list.map((t) => (PROFILE_LEVELS.includes(level) ? fragilityOf(findArea(level, t.code)) : null));
  const ranked = standings.find((s) => s?.ranked);
  if (ranked) data.fragilityRank = { ranks: standings.map((s) => s?.ranked?.rank ?? null), pool: ranked.pool };
  if (level === SIMILAR_LEVEL) data.similar = list.map((t) => similarQuartiers(t.code).map((n) => n.code));
  return data;
}
