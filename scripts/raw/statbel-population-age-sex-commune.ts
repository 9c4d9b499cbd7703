import { readSourceCsv, sourcePath, type PipelineContext } from "../lib/context.ts";
import { COMMUNE_CODE } from "../territory/territorial-model.ts";

export const AGE_SOURCE = "statbel-population-age-sex-commune";

/** Ten times the largest band of the file (9,919 residents): a bigger figure is a broken row. */
const MAX_BAND_POPULATION = 100_000;
const BAND_POPULATION = "the residents of one commune, sex and five-year age band (the largest has 9,919)";

export interface CommuneAgeStructure {
  total: number;
  aged65to79: number;
  aged80plus: number;
}

/** Statbel residents per commune on 1 January of `year`, totalled and in the two older bands. */
export function communeAgeStructure(context: PipelineContext, year: number): Map<string, CommuneAgeStructure> {
  const table = readSourceCsv(context, sourcePath(context, AGE_SOURCE), {
    columns: ["cd_munty_refnis", "year", "age_from", "population"],
  });
  const result = new Map<string, CommuneAgeStructure>();
  for (let i = 0; i < table.length; i++) {
    if (table.integer(i, "year") !== year) continue;
    const code = table.code(i, "cd_munty_refnis", COMMUNE_CODE, "Brussels commune NIS code");
    const population = table.integer(i, "population");
    if (population < 0) throw table.error(i, "population", `negative population ${population}`);
    table.inRange(i, "population", population, 0, MAX_BAND_POPULATION, BAND_POPULATION);
    const ageFrom = table.inRange(i, "age_from", table.integer(i, "age_from"), 0, 120, "an age in years");
    const entry = result.get(code) ?? { total: 0, aged65to79: 0, aged80plus: 0 };
    entry.total += population;
    if (ageFrom >= 65 && ageFrom < 80) entry.aged65to79 += population;
    if (ageFrom >= 80) entry.aged80plus += population;
    result.set(code, entry);
  }
  return result;
}

/** Statbel residents of the whole region aged `fromAge` or more on 1 January of `year`, by sex. */
export function regionResidentsBySex(
  context: PipelineContext,
  year: number,
  fromAge: number,
): { women: number; men: number } {
  const table = readSourceCsv(context, sourcePath(context, AGE_SOURCE), {
    columns: ["year", "sex", "age_from", "population"],
  });
  const result = { women: 0, men: 0 };
  for (let i = 0; i < table.length; i++) {
    if (table.integer(i, "year") !== year) continue;
    if (table.inRange(i, "age_from", table.integer(i, "age_from"), 0, 120, "an age in years") < fromAge) continue;
    const population = table.inRange(
      i,
      "population",
      table.integer(i, "population"),
      0,
      MAX_BAND_POPULATION,
      BAND_POPULATION,
    );
    const sex = table.required(i, "sex");
    if (sex === "F") result.women += population;
    else if (sex === "M") result.men += population;
    else throw table.error(i, "sex", `unknown sex "${sex}" (expected F or M)`);
  }
  return result;
}

/** The years (1 January) the file gives, ascending. */
export function communeAgeYears(context: PipelineContext): number[] {
  const table = readSourceCsv(context, sourcePath(context, AGE_SOURCE), { columns: ["year"] });
  const years = new Set<number>();
  for (let i = 0; i < table.length; i++) years.add(table.integer(i, "year"));
  return [...years].sort((a, b) => a - b);
}
