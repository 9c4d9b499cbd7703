import { readSourceCsv, sourcePath, type PipelineContext } from "../lib/context.ts";
import { isoDate } from "../sources/strict-values.ts";
import { REGION_NIS_CODE } from "./web-gp-headline-as-stated.ts";
import { addresses, type StatedFact } from "./web-gp-statements-as-stated.ts";

/** The Cocom legal texts defining the "quartiers en pénurie de médecins généralistes", summarised by hand. */
export const GP_LEGAL_TEXTS_SOURCE = "web-gp-shortage-legal-texts";

/**
 * One fact per legal text: its title, date (a real YYYY-MM-DD day), publication, what the stored
 * excerpt says and whether it holds the quartier list. Cocom texts apply to the whole region.
 */
export function readGpShortageLegalTexts(context: PipelineContext): StatedFact[] {
  const file = sourcePath(context, GP_LEGAL_TEXTS_SOURCE);
  const table = readSourceCsv(context, file, {
    columns: [
      "text",
      "date",
      "numac_or_ref",
      "published",
      "what_it_says_in_stored_excerpt",
      "quartier_list_in_stored_material",
      "url",
    ],
  });
  const facts: StatedFact[] = [];
  for (let i = 0; i < table.length; i++) {
    const date = isoDate(table.required(i, "date"));
    if ("problem" in date) throw table.error(i, "date", date.problem);
    const reference = table.required(i, "numac_or_ref");
    facts.push({
      sourceId: GP_LEGAL_TEXTS_SOURCE,
      file,
      row: table.rowNumber(i),
      geography: "region",
      area: null,
      territoryCode: REGION_NIS_CODE,
      indicator: table.required(i, "text"),
      value: null,
      valueAsStated: table.required(i, "what_it_says_in_stored_excerpt"),
      unit: null,
      period: date.date,
      publisher: table.required(i, "published"),
      urls: addresses(table, i, "url"),
      caveat:
        `Reference: ${reference === "—" ? "none stated" : reference}. ` +
        `Quartier list in the stored material: ${table.required(i, "quartier_list_in_stored_material")}.`,
    });
  }
  return facts;
}
