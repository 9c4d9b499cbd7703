/**
 * What a search result is, in words: the name in the page's language (with the name that matched
 * when it is another one, "Stockel (Stokkel)") and where it lies or leads ("Quartier of Ixelles",
 * "Street or place → quartier Flagey - Malibran, Ixelles", "Postcode → Saint-Josse").
 */
import type { Language } from "../../core/languages.ts";
import type { Translate } from "../../i18n/format-message.ts";
import type { SearchResult } from "./match.ts";
import type { SearchArea, SearchIndex } from "./search-index.ts";

export interface ResultWords {
  name: string;
  detail: string;
}

/** Statbel's upper-case sector names as words: "LOUISE (AVENUE)-NORD" → "Louise (Avenue)-Nord". */
export function sectorDisplayName(name: string): string {
  return name
    .toLowerCase()
    .replace(/(^|[\s(\-'’./])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}

/** Looks areas up by level and code. */
export function areaLookup(index: SearchIndex): (level: string, code: string) => SearchArea | undefined {
  const byKey = new Map(index.areas.map((a) => [`${a.level}:${a.code}`, a]));
  return (level, code) => byKey.get(`${level}:${code}`);
}

export function describeResult(
  result: SearchResult,
  area: (level: string, code: string) => SearchArea | undefined,
  language: Language,
  t: Translate,
): ResultWords {
  const nameOf = (level: string, code: string) => area(level, code)?.names[language] ?? code;
  if (result.kind === "area") {
    const own = result.area.names[language];
    const name = own === result.matched ? own : `${own} (${result.matched})`;
    const detail =
      result.area.level === "quartier"
        ? t("explorer.find.kind.quartier", { commune: nameOf("commune", result.area.commune ?? "") })
        : t(`explorer.find.kind.${result.area.level}`);
    return { name, detail };
  }
  if (result.kind === "sector") {
    const sector = result.sector;
    const own = language === "nl" ? sector.nl : sector.fr;
    return {
      name: sectorDisplayName(result.matched === sector.nl || result.matched === sector.fr ? result.matched : own),
      detail: t("explorer.find.kind.sector", {
        quartier: nameOf("quartier", sector.quartier),
        commune: nameOf("commune", sector.commune),
      }),
    };
  }
  const communes = result.postcode.communes
    .map(([code, count]) => t("explorer.find.postcodeCommune", { commune: nameOf("commune", code), count }))
    .join(", ");
  return { name: result.postcode.postcode, detail: t("explorer.find.kind.postcode", { communes }) };
}
