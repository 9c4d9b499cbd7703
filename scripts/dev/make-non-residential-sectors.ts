/**
 * Writes data/reference/non-residential-sectors.csv: every sector the rule in
 * scripts/territory/non-residential-sectors.ts judges not residential, from the published
 * sectors and quartiers tables (run `npm run data` first). Same inputs, same bytes. The file is
 * reviewed by hand after each run: `review` says what the review decided, and a decision that
 * overrides the rule is kept in REVIEWED below so that the next run writes it again.
 *
 *   npx tsx scripts/dev/make-non-residential-sectors.ts
 */
import { readFileSync, writeFileSync } from "node:fs";
import Papa from "papaparse";
import { nonResidentialReason } from "../territory/non-residential-sectors.ts";

type Row = Record<string, string>;

const SOURCE = {
  quartier: "quartier type in the quartiers table (Monitoring des Quartiers); sectors table population 2024 (Statbel)",
  name: "Statbel sector name (sectors table) and population 2024 (Statbel)",
  residents: "sectors table population 2024 (Statbel)",
};

/** Review decisions that differ from the rule's (none so far: every row was checked and kept). */
const REVIEWED: Record<string, string> = {};

const read = (path: string) => Papa.parse<Row>(readFileSync(path, "utf8"), { header: true, skipEmptyLines: true }).data;

export function nonResidentialTable(sectors: Row[], quartiers: Row[]): Row[] {
  const typeOf = new Map(quartiers.map((q) => [q.quartier_code!, q.type!]));
  return [...sectors]
    .sort((a, b) => (a.sector_code! < b.sector_code! ? -1 : 1))
    .flatMap((s) => {
      const reason = nonResidentialReason({
        nameFr: s.name_fr!,
        nameNl: s.name_nl!,
        population: Number(s.population),
        quartierType: typeOf.get(s.quartier_code!) ?? "",
      });
      if (reason === null) return [];
      const source =
        reason.endsWith("_quartier") || reason.startsWith("industrial_quartier")
          ? SOURCE.quartier
          : reason === "near_zero_residents"
            ? SOURCE.residents
            : SOURCE.name;
      return [
        {
          sector_code: s.sector_code!,
          name_fr: s.name_fr!,
          name_nl: s.name_nl!,
          quartier_code: s.quartier_code!,
          quartier_type: typeOf.get(s.quartier_code!) ?? "",
          population: s.population!,
          reason,
          source,
          review: REVIEWED[s.sector_code!] ?? "kept",
        },
      ];
    });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = nonResidentialTable(read("public/data/tables/sectors.csv"), read("public/data/tables/quartiers.csv"));
  writeFileSync("data/reference/non-residential-sectors.csv", `${Papa.unparse(rows, { newline: "\n" })}\n`);
  console.log(`data/reference/non-residential-sectors.csv: ${rows.length} sectors`);
}
