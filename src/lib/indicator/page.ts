/**
 * Pure rules of the indicator pages: how indicators are grouped, which level a page shows, in
 * which order the table of values reads ("worst first"), which data-quality notes and method
 * parameters concern an indicator, and the words for codes (flags, issues, units). No file access
 * here: src/data/indicator/page-data.ts feeds these functions from the published tables.
 */
import { messages } from "../../i18n/translate.ts";
import type { Language } from "../../core/languages.ts";
import { locale } from "../format.ts";
import type { CsvRow, Indicator } from "../published.ts";
import { FAMILIES, rankIn, type Polarity } from "../../core/polarity.ts";
import { isRankable } from "../../core/reliability.ts";

export interface FamilyGroup {
  family: string;
  indicators: Indicator[];
}

/** Indicators by family in FAMILIES order (an unknown family comes last), by label within each. */
export function groupByFamily(list: Indicator[], language: Language): FamilyGroup[] {
  const families = [...new Set(list.map((i) => i.family as string))].sort(
    (a, b) => rankIn(FAMILIES, a) - rankIn(FAMILIES, b) || a.localeCompare(b),
  );
  const collator = new Intl.Collator(locale(language));
  return families.map((family) => ({
    family,
    indicators: list
      .filter((i) => i.family === family)
      .sort((a, b) => collator.compare(a.label[language], b.label[language]) || a.id.localeCompare(b.id)),
  }));
}

/**
 * The level a view shows: the first of `preferred` that has values, else the finest level that has
 * any (levels listed finest first). A distance computed only per sector is shown per sector.
 */
export function chooseLevel(
  withValues: readonly string[],
  preferred: readonly string[],
  finestFirst: readonly string[],
): string | undefined {
  const available = finestFirst.filter((level) => withValues.includes(level));
  return preferred.find((level) => available.includes(level)) ?? available.find((level) => level !== "region");
}

export type Direction = "descending" | "ascending";

/**
 * Worst first: higher values first when higher is worse, lower first when higher is better. A
 * neutral ranking (unit "rank", 1 = first position) reads from its first position; any other
 * neutral value from the largest.
 */
export function worstFirstDirection(polarity: Polarity, unit: string): Direction {
  if (polarity === "higher_is_better") return "ascending";
  if (polarity === "neutral" && unit === "rank") return "ascending";
  return "descending";
}

/**
 * Whether the region's value sits on the same scale as its territories' values. A rate or an
 * index does; a count of people does not (the region's total dwarfs every quartier's), so the
 * chart states it in words instead of drawing it.
 */
export function regionOnSameScale(unit: string): boolean {
  return unit !== "persons";
}

export interface ValueRow {
  code: string;
  name: string;
  value: number | null;
  year: number;
  flag: string | null;
}

/**
 * Rows in `direction`; then the values the small-number rule keeps out of rankings (too few
 * residents, non-residential quartiers), in the same direction; rows without a value last; ties
 * by name then code, so output is stable.
 */
export function orderRows<T extends ValueRow>(rows: readonly T[], direction: Direction, language: Language): T[] {
  const collator = new Intl.Collator(locale(language));
  const sign = direction === "descending" ? -1 : 1;
  const unranked = (row: T) => (row.value !== null && !isRankable(row.flag) ? 1 : 0);
  return [...rows].sort((a, b) => {
    if (a.value !== null && b.value !== null && unranked(a) !== unranked(b)) return unranked(a) - unranked(b);
    if (a.value === null || b.value === null) {
      if (a.value !== b.value) return a.value === null ? 1 : -1;
    } else if (a.value !== b.value) {
      return sign * (a.value - b.value);
    }
    return collator.compare(a.name, b.name) || a.code.localeCompare(b.code);
  });
}

export interface Summary<T extends ValueRow> {
  count: number;
  lowest: T;
  highest: T;
  /** How many rows share the lowest and the highest value (a name alone would mislead on ties). */
  lowestTies: number;
  highestTies: number;
  median: number;
}

/** Count, lowest, highest and median of the rows that have a value; undefined when none has. */
export function summarize<T extends ValueRow>(rows: readonly T[], language: Language): Summary<T> | undefined {
  // Lowest, highest and median of the ranked values: a park's few residents must not set the range.
  const present = orderRows(
    rows.filter((r) => r.value !== null && isRankable(r.flag)),
    "ascending",
    language,
  );
  if (!present.length) return undefined;
  const middle = Math.floor(present.length / 2);
  const median =
    present.length % 2 ? present[middle]!.value! : (present[middle - 1]!.value! + present[middle]!.value!) / 2;
  const lowest = present[0]!;
  const highest = present.at(-1)!;
  const ties = (value: number | null) => present.filter((r) => r.value === value).length;
  return {
    count: present.length,
    lowest,
    highest,
    lowestTies: ties(lowest.value),
    highestTies: ties(highest.value),
    median,
  };
}

/**
 * Data-quality notes about one indicator: the notes naming it, and the general notes (no
 * indicator named) on one of its sources. The note that GP supply is missing names one shortage
 * indicator but concerns them all, so it is kept for every indicator with status not_available.
 */
export function qualityNotesFor(
  indicator: Pick<Indicator, "id" | "sources" | "status">,
  notes: readonly CsvRow[],
): CsvRow[] {
  return notes.filter(
    (note) =>
      note.indicator_id === indicator.id ||
      (!note.indicator_id && indicator.sources.includes(note.source_id ?? "")) ||
      (indicator.status === "not_available" && note.issue === "supply_not_available"),
  );
}

/** The method parameters of an indicator's family (fragility, gp, coverage). */
export function parametersFor(indicator: Pick<Indicator, "family">, parameters: readonly CsvRow[]): CsvRow[] {
  return parameters.filter((p) => p.family === indicator.family);
}

/**
 * The words for a code (a flag, an issue, a unit) in the page's language, from the message
 * `<prefix>.<code>`; a code without wording yet is shown as is rather than failing the build
 * (tests/src/lib/indicator/page.test.ts checks that every code in the current tables has words).
 */
export function wordsFor(language: Language, prefix: string, code: string): string {
  return messages[language][`${prefix}.${code}`] ?? code;
}

export function hasWords(language: Language, prefix: string, code: string): boolean {
  return messages[language][`${prefix}.${code}`] !== undefined;
}

/** Texts of the published tables that exist in English only: the `lang` to mark them with. */
export function englishOnly(language: Language): "en" | undefined {
  return language === "en" ? undefined : "en";
}

/** "quartier, commune et région": level names joined the way the language does it. */
export function joinList(items: readonly string[], language: Language): string {
  return new Intl.ListFormat(locale(language), { style: "long", type: "conjunction" }).format(items);
}

/** The message key of a count: its own wording for none, else the language's plural category. */
export function pluralKey(prefix: string, count: number, language: Language): string {
  if (count === 0) return `${prefix}.zero`;
  return new Intl.PluralRules(locale(language)).select(count) === "one" ? `${prefix}.one` : `${prefix}.other`;
}
