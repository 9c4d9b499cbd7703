/**
 * Build-time data of one indicator page, from the published tables: the levels it is shown at,
 * its values there in "worst first" order, the regional value, the method parameters and the
 * data-quality notes that concern it. The rules themselves are in src/lib/indicator/page.ts.
 */
import type { Language } from "../../core/languages.ts";
import {
  chooseLevel,
  orderRows,
  parametersFor,
  qualityNotesFor,
  worstFirstDirection,
  type Direction,
  type ValueRow,
} from "../../lib/indicator/page.ts";
import { toCsv } from "../../lib/csv.ts";
import { levels } from "../../core/tables/levels.ts";
import { cached, readCsvTable, readTable } from "../observatory-data.ts";
import type { CsvRow, Indicator } from "../../lib/published.ts";
import { indicator, indicatorsAt, levelValues, territories } from "../site-data.ts";
import { MAP_LEVELS } from "../../core/levels.ts";

/** Level ids, finest first, from the `levels` table (sector, quartier, commune, bassin, region). */
export function levelsFinestFirst(): string[] {
  return cached("levels", () =>
    readTable(levels)
      .toSorted((a, b) => a.level_order - b.level_order)
      .map((row) => row.level),
  );
}

export function levelRow(level: string): CsvRow | undefined {
  return readCsvTable("levels").find((row) => row.level === level);
}

/** Every level's name in the page's language, finest first: "label" (quartier) or "plural" (quartiers). */
export function levelNames(language: Language, form: "label" | "plural"): Map<string, string> {
  return new Map(levelsFinestFirst().map((level) => [level, levelRow(level)?.[`${form}_${language}`] ?? level]));
}

/** The levels where the indicator has at least one published value, finest first. */
export function levelsWithValues(id: string): string[] {
  return levelsFinestFirst().filter((level) =>
    [...(levelValues(level).get(id)?.values() ?? [])].some((cell) => cell.value !== null),
  );
}

/** Levels with a static SVG map and CSV (src/data/static-paths.ts's mapStaticPaths), finest first. */
export function mappedLevels(id: string): readonly string[] {
  return cached(`mapped-levels:${id}`, () => {
    const mapped = MAP_LEVELS.filter((level) => indicatorsAt(level).some((i) => i.id === id));
    return Object.freeze(levelsFinestFirst().filter((level) => (mapped as readonly string[]).includes(level)));
  });
}

/** The map's level: the finest of quartier, commune and bassin, else the finest level mapped. */
export function mapLevelOf(id: string): string | undefined {
  return chooseLevel(mappedLevels(id), ["quartier", "commune", "bassin"], levelsFinestFirst());
}

/** The distribution chart's level: quartiers, or the finest level with values. */
export function distributionLevelOf(id: string): string | undefined {
  return chooseLevel(levelsWithValues(id), ["quartier"], levelsFinestFirst());
}

/** Every territory of the level with its value (null when absent), ordered worst first. */
export function valueRows(info: Indicator, level: string, language: Language): ValueRow[] {
  const cells = levelValues(level).get(info.id);
  const rows = territories(level).map((territory) => {
    const cell = cells?.get(territory.code);
    return {
      code: territory.code,
      name: territory.name[language],
      value: cell?.value ?? null,
      year: cell?.year ?? info.year,
      flag: cell?.flag ?? null,
    };
  });
  return orderRows(rows, directionOf(info), language);
}

export function directionOf(info: Pick<Indicator, "polarity" | "unit">): Direction {
  return worstFirstDirection(info.polarity, info.unit);
}

/** The value for the whole region, when the indicator is published at that level. */
export function regionRow(info: Indicator, language: Language): ValueRow | undefined {
  const [region] = territories("region");
  const cell = region ? levelValues("region").get(info.id)?.get(region.code) : undefined;
  if (!region || !cell || cell.value === null) return undefined;
  return { code: region.code, name: region.name[language], value: cell.value, year: cell.year, flag: cell.flag };
}

export function parameterRows(id: string): CsvRow[] {
  return parametersFor(indicator(id), readCsvTable("method_parameters"));
}

export function qualityRows(id: string): CsvRow[] {
  return qualityNotesFor(indicator(id), readCsvTable("data_quality"));
}

/** The values the distribution chart shows (its territories, worst first), then the region's. */
export function distributionCsv(id: string, language: Language): string {
  const info = indicator(id);
  const level = distributionLevelOf(id)!;
  const rows = valueRows(info, level, language)
    .filter((row) => row.value !== null)
    .map((row) => ({ level, ...row }));
  const region = regionRow(info, language);
  if (region) rows.push({ level: "region", ...region });
  return toCsv(
    ["level", "code", "name", "indicator_id", "unit", "year", "value", "flag", "sources"],
    rows.map((row) => [
      row.level,
      row.code,
      row.name,
      id,
      info.unit,
      row.year,
      row.value,
      row.flag,
      info.sources.join(";"),
    ]),
  );
}
