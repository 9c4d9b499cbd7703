/**
 * The rule's decisions as `data_quality` notes: for each territory where it withheld or flagged a
 * value, what and why; sectors, many of them small, get one summary note.
 */
import type { Language, Localized } from "../../../src/core/languages.ts";
import { flagTokens, RELIABILITY_FLAGS } from "../../../src/core/reliability.ts";
import type { DataQualityNote, IndicatorValue } from "../indicator-model.ts";
import { qualityDetail, qualityDetailIn } from "../quality-detail.ts";
import type { TerritoryResidents } from "./rule.ts";

export const RELIABILITY_ISSUES = { small: "small_denominator", nonResidential: "non_residential" } as const;

const NON_RESIDENTIAL: Localized = {
  fr: "Quartier non résidentiel (cimetière, zone industrielle ou parc) : tenu hors des classements.",
  nl: "Niet-residentiële wijk (begraafplaats, industriezone of park): buiten de rangschikkingen gehouden.",
  en: "Non-residential quartier (cemetery, industrial zone or park): kept out of rankings.",
};
const UNDER_MINIMUM: Record<Language, (residents: number, minimum: number) => string> = {
  fr: (n, min) => `${n} habitants, sous les ${min} de reliability/min_residents.`,
  nl: (n, min) => `${n} inwoners, onder de ${min} van reliability/min_residents.`,
  en: (n, min) => `${n} residents, under the ${min} of reliability/min_residents.`,
};
const WITHHELD: Localized = { fr: "Non publiés", nl: "Niet gepubliceerd", en: "Withheld" };
const FLAGGED: Localized = { fr: "Publiés avec", nl: "Gepubliceerd met", en: "Published with" };

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
    const small = t.population < minResidents;
    notes.push({
      source_id: populationSource,
      level: t.level,
      territory_code: t.code,
      indicator_id: null,
      issue: small ? RELIABILITY_ISSUES.small : RELIABILITY_ISSUES.nonResidential,
      ...qualityDetailIn((language) => {
        const colon = language === "fr" ? " :" : ":";
        return [
          entry.nonResidential ? NON_RESIDENTIAL[language] : "",
          small ? UNDER_MINIMUM[language](t.population, minResidents) : "",
          entry.withheld.length
            ? `${WITHHELD[language]} (suppressed_small_denominator)${colon} ${entry.withheld.join(", ")}.`
            : "",
          entry.flagged.length ? `${FLAGGED[language]} small_denominator${colon} ${entry.flagged.join(", ")}.` : "",
        ]
          .filter(Boolean)
          .join(" ");
      }),
    });
  }
  if (sectors.length)
    notes.push({
      source_id: populationSource,
      level: "sector",
      territory_code: null,
      indicator_id: null,
      issue: RELIABILITY_ISSUES.small,
      ...qualityDetail({
        fr: `${sectors.length} secteurs comptent moins de ${minResidents} habitants (reliability/min_residents) : leurs parts, moyennes et indices portent small_denominator ; leurs distances, moyennes sur la surface du secteur, non.`,
        nl: `${sectors.length} sectoren tellen minder dan ${minResidents} inwoners (reliability/min_residents): hun aandelen, gemiddelden en indexen dragen small_denominator; hun afstanden, gemiddelden over de oppervlakte van de sector, niet.`,
        en: `${sectors.length} sectors have fewer than ${minResidents} residents (reliability/min_residents): their shares, means and indices carry small_denominator; their distances, means over the sector's area, do not.`,
      }),
    });
  return notes;
}
