/**
 * The rule's decisions as `data_quality` notes: for each territory where it withheld or flagged a
 * value, what and why; sectors, many of them small, get one summary note.
 */
import { flagTokens, RELIABILITY_FLAGS } from "../../../src/core/reliability.ts";
import type { DataQualityNote, IndicatorValue } from "../indicator-model.ts";
import type { TerritoryResidents } from "./rule.ts";

export const RELIABILITY_ISSUES = { small: "small_denominator", nonResidential: "non_residential" } as const;

export function reliabilityNotes(
  values: IndicatorValue[],
  territories: TerritoryResidents[],
  minResidents: number,
  populationSource: string,
): DataQualityNote[] {
  const byTerritory = new Map<string, { withheld: string[]; flagged: string[]; nonResidential: boolean }>();
  for (const v of values) {
    const tokens = flagTokens(v.flag);
    const withheld = tokens.includes(RELIABILITY_FLAGS.suppressed);
    const flagged = tokens.includes(RELIABILITY_FLAGS.small);
    const nonResidential = tokens.includes(RELIABILITY_FLAGS.nonResidential);
    if (!withheld && !flagged && !nonResidential) continue;
    const key = `${v.level}/${v.territory_code}`;
    const entry = byTerritory.get(key) ?? { withheld: [], flagged: [], nonResidential: false };
    if (withheld) entry.withheld.push(v.indicator_id);
    if (flagged) entry.flagged.push(v.indicator_id);
    entry.nonResidential ||= nonResidential;
    byTerritory.set(key, entry);
  }
  const notes: DataQualityNote[] = [];
  const sectors: string[] = [];
  for (const t of territories) {
    const entry = byTerritory.get(`${t.level}/${t.code}`);
    if (!entry) continue;
    if (t.level === "sector") {
      sectors.push(t.code);
      continue;
    }
    const parts = [
      entry.nonResidential ? "Non-residential quartier (cemetery, industrial zone or park): kept out of rankings." : "",
      t.population < minResidents
        ? `${t.population} residents, under the ${minResidents} of reliability/min_residents.`
        : "",
      entry.withheld.length ? `Withheld (suppressed_small_denominator): ${entry.withheld.join(", ")}.` : "",
      entry.flagged.length ? `Published with small_denominator: ${entry.flagged.join(", ")}.` : "",
    ];
    notes.push({
      source_id: populationSource,
      level: t.level,
      territory_code: t.code,
      indicator_id: null,
      issue: t.population < minResidents ? RELIABILITY_ISSUES.small : RELIABILITY_ISSUES.nonResidential,
      detail: parts.filter(Boolean).join(" "),
    });
  }
  if (sectors.length)
    notes.push({
      source_id: populationSource,
      level: "sector",
      territory_code: null,
      indicator_id: null,
      issue: RELIABILITY_ISSUES.small,
      detail: `${sectors.length} sectors have fewer than ${minResidents} residents (reliability/min_residents): their shares, means and indices carry small_denominator; their distances, means over the sector's area, do not.`,
    });
  return notes;
}
