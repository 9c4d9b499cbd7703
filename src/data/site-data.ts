/**
 * Typed, cached build-time access to the published tables for pages: the catalogue, the
 * territories of each level and the indicator values. Everything comes from public/data/tables.
 */
import type { Language } from "../core/languages.ts";
import type { Family, Polarity } from "../core/polarity.ts";
import type { CsvRow, Indicator, Territory, Cell } from "../lib/published.ts";
import { indicator_catalog } from "../core/tables/indicator_catalog.ts";
import { method_parameters } from "../core/tables/method_parameters.ts";
import { territories as territoryTable } from "../core/tables/territories.ts";
import { cached, readCsvTable, readTable } from "./observatory-data.ts";
import type { RowOf } from "../core/table-schema.ts";
import { indicators as indicatorValues } from "../core/tables/indicators.ts";

export function indicators(): Indicator[] {
  return cached("catalog", () =>
    readTable(indicator_catalog).map((row) => ({
      id: row.indicator_id,
      family: row.family as Family,
      label: { fr: row.label_fr, nl: row.label_nl, en: row.label_en },
      unit: row.unit,
      polarity: row.polarity as Polarity,
      year: row.reference_year,
      levels: row.levels ? row.levels.split(";") : [],
      method: { fr: row.method_fr, nl: row.method_nl, en: row.method_en },
      sources: row.source_ids ? row.source_ids.split(";") : [],
      status: row.status as Indicator["status"],
    })),
  );
}

export function indicator(id: string): Indicator {
  const found = indicators().find((i) => i.id === id);
  if (!found) throw new Error(`Unknown indicator ${id}`);
  return found;
}

export function territories(level: string): Territory[] {
  return cached(`territories:${level}`, () =>
    readTable(territoryTable)
      .filter((row) => row.level === level)
      .map((row) => ({
        level,
        code: row.code,
        name: { fr: row.name_fr, nl: row.name_nl, en: row.name_en },
        population: row.population,
      })),
  );
}

/** Each indicator's headline year: the catalogue's reference year, the one pages show. */
function referenceYears(): Map<string, number> {
  return cached(
    "reference-years",
    () => new Map(readTable(indicator_catalog).map((r) => [r.indicator_id, r.reference_year])),
  );
}

/**
 * The `indicators` rows of the headline year, one per level, territory and indicator, as pages
 * showed them before the table held every year: the row of the catalogue's reference year or,
 * where a territory's latest value is older (flag latest_available_year), its latest row before.
 */
export function headlineIndicatorRows(): readonly RowOf<typeof indicatorValues>[] {
  return cached("headline-rows", () => {
    const reference = referenceYears();
    const chosen = new Map<string, RowOf<typeof indicatorValues>>();
    for (const row of readTable(indicatorValues)) {
      const year = reference.get(row.indicator_id);
      if (year === undefined || row.year > year) continue;
      const key = `${row.level}/${row.territory_code}/${row.indicator_id}`;
      const known = chosen.get(key);
      if (!known || row.year > known.year) chosen.set(key, row);
    }
    return Object.freeze([...chosen.values()]);
  });
}

/** Values of every indicator at one level, in its headline year: indicator id → territory code → cell. */
export function levelValues(level: string): Map<string, Map<string, Cell>> {
  return cached(`values:${level}`, () => {
    const result = new Map<string, Map<string, Cell>>();
    for (const row of headlineIndicatorRows()) {
      if (row.level !== level) continue;
      const byCode = result.get(row.indicator_id) ?? result.set(row.indicator_id, new Map()).get(row.indicator_id)!;
      byCode.set(row.territory_code, {
        value: row.value,
        year: row.year,
        flag: row.flag,
        numerator: row.numerator,
        denominator: row.denominator,
        ci_low: row.ci_low,
        ci_high: row.ci_high,
        region_comparison: row.region_comparison,
      });
    }
    return result;
  });
}

export function cell(level: string, code: string, indicatorId: string): Cell | undefined {
  return levelValues(level).get(indicatorId)?.get(code);
}

/** Indicators that have at least one published value at this level. */
export function indicatorsAt(level: string): Indicator[] {
  const values = levelValues(level);
  return indicators().filter(
    (i) => i.levels.includes(level) && [...(values.get(i.id)?.values() ?? [])].some((c) => c.value !== null),
  );
}

export function sourceRows(): CsvRow[] {
  return readCsvTable("sources");
}

/** Texts of the `sources` table that are published in each language as `<field>_<language>`. */
export type SourceTextField = "title" | "publisher" | "licence" | "attribution" | "reference_date" | "caveats";

/** A source's text in the page's language (the original English column where no version exists). */
export function sourceText(row: CsvRow, field: SourceTextField, language: Language): string {
  return row[`${field}_${language}`] ?? row[field] ?? "";
}

/** A short citation of a source for captions, in the page's language: publisher and reference date. */
export function sourceCitation(id: string, language: Language): string {
  const row = sourceRows().find((r) => r.source_id === id);
  if (!row) return id;
  const publisher = sourceText(row, "publisher", language).split(" (via")[0]!;
  return `${publisher} (${sourceText(row, "reference_date", language)})`;
}

/** Every source of an indicator, cited once each: the maps' caption and the browser's catalogue. */
export function indicatorCitation(info: Indicator, language: Language): string {
  return [...new Set(info.sources.map((id) => sourceCitation(id, language)))].join("; ");
}

/** A method parameter's published value (method_parameters table); a missing one stops the build. */
export function methodParameter(family: string, parameter: string): string {
  const row = readTable(method_parameters).find((r) => r.family === family && r.parameter === parameter);
  if (!row) throw new Error(`method_parameters has no ${family} parameter "${parameter}"`);
  return row.value;
}
