import { readSourceCsv, sourcePath, type PipelineContext } from "../lib/context.ts";
import { COMMUNE_CODE } from "../territory/territorial-model.ts";

export const AGE_SOURCE = "statbel-population-age-sex-commune";

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
    const ageFrom = table.integer(i, "age_from");
    const entry = result.get(code) ?? { total: 0, aged65to79: 0, aged80plus: 0 };
    entry.total += population;
    if (ageFrom >= 65 && ageFrom < 80) entry.aged65to79 += population;
    if (ageFrom >= 80) entry.aged80plus += population;
    result.set(code, entry);
  }
  return result;
}
