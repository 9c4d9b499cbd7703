import type { PipelineContext } from "../../lib/context.ts";
import { InputError } from "../../lib/errors.ts";
import { communeAgeYears } from "../../raw/statbel-population-age-sex-commune.ts";
import { agesOfYear } from "../fragility/component-indicators.ts";
import type { IndicatorValue } from "../indicator-model.ts";
import { POPULATION_IDS, POPULATION_YEAR } from "../population/catalogue.ts";
import { REGION_CODE, type TerritorialModel } from "../../territory/territorial-model.ts";
import { yearsOf, type ExportSeries } from "./export-series.ts";

/**
 * The population's other years: per quartier, the export's residents (IBSA sums Statbel's
 * sectors per quartier, as the headline year does: checked equal for every quartier in the
 * headline year, otherwise the run stops); per commune and for the region, Statbel's official
 * totals of every year of its file.
 */
export function populationYearValues(
  context: PipelineContext,
  model: TerritorialModel,
  series: ExportSeries,
): IndicatorValue[] {
  const values: IndicatorValue[] = [];
  const row = (level: string, code: string, id: string, year: number, value: number): IndicatorValue => ({
    level,
    territory_code: code,
    indicator_id: id,
    year,
    value,
    numerator: null,
    denominator: null,
    flag: null,
  });
  const byYear = series.values.get("population")!;
  const quartiers = model.territories.get("quartier")!;
  checkSameBasis(series, quartiers);
  for (const year of yearsOf(byYear)) {
    if (year === POPULATION_YEAR) continue;
    for (const quartier of quartiers) {
      const value = byYear.get(year)!.get(quartier.code);
      if (value !== undefined) values.push(row("quartier", quartier.code, POPULATION_IDS.sectors, year, value));
    }
  }
  const communeLevel = model.levels.find((l) => l.kind === "commune")!.id;
  const regionLevel = model.levels.find((l) => l.kind === "region")!.id;
  for (const year of communeAgeYears(context)) {
    if (year === POPULATION_YEAR) continue;
    const ages = agesOfYear(context, year);
    // A year missing a commune has no official total for it nor for the region.
    if (!model.territories.get(communeLevel)!.every((c) => ages.has(c.code))) continue;
    let total = 0;
    for (const commune of model.territories.get(communeLevel)!) {
      const residents = ages.get(commune.code)!.total;
      total += residents;
      values.push(row(communeLevel, commune.code, POPULATION_IDS.official, year, residents));
    }
    values.push(row(regionLevel, REGION_CODE, POPULATION_IDS.official, year, total));
  }
  return values;
}

/**
 * The export's quartier residents and the sectors' sums must agree in the headline year: then
 * both count Statbel's residents located in sectors and the series has no source break there.
 */
function checkSameBasis(
  series: ExportSeries,
  quartiers: TerritorialModel["territories"] extends Map<string, infer T> ? T : never,
): void {
  const exported = series.values.get("population")!.get(POPULATION_YEAR);
  if (!exported) return;
  for (const quartier of quartiers) {
    const value = exported.get(quartier.code);
    if (value === undefined || value === quartier.population) continue;
    throw new InputError(
      series.file,
      `quartier ${quartier.code} has ${value} residents in ${POPULATION_YEAR} but its sectors ${quartier.population}: the export's population series would join another basis to the sectors' headline year`,
      { row: series.rows.get(`population/${quartier.code}/${POPULATION_YEAR}`), column: "value" },
    );
  }
}
