import type { RowOf } from "../../../src/core/table-schema.ts";
import type { gp_facts } from "../../../src/core/tables/gp_facts.ts";
import type { PipelineContext } from "../../lib/context.ts";
import { InputError } from "../../lib/errors.ts";
import { GP_HEADLINE_SOURCE, readGpHeadlineFigures, REGION_NIS_CODE } from "../../raw/web-gp-headline-as-stated.ts";
import { GP_LEGAL_TEXTS_SOURCE, readGpShortageLegalTexts } from "../../raw/web-gp-shortage-legal-texts.ts";
import { GP_STATEMENT_SOURCES, readStatedStatements, type StatedFact } from "../../raw/web-gp-statements-as-stated.ts";
import type { DataQualityNote } from "../indicator-model.ts";
import { qualityDetail } from "../quality-detail.ts";
import type { Localized } from "../../../src/core/languages.ts";
import { factKey, factStatus, readConflicts, readSourceKinds, sourceKindOf } from "./fact-status.ts";
import { readFactTexts, type FactTexts } from "./fact-texts.ts";

/** What each source tells, the fact's topic; the site names topics in src/i18n/messages/gp-facts.json. */
export const GP_FACT_TOPICS = {
  [GP_HEADLINE_SOURCE]: "regional_figures",
  [GP_LEGAL_TEXTS_SOURCE]: "legal_framework",
  "web-gp-shortage-statements-as-stated": "shortage_statements",
  "web-gp-supply-as-stated": "supply_statements",
  "web-dmg-coverage-as-stated": "gmd_coverage",
} as const satisfies Record<string, string>;

export const GP_FACT_SOURCES = Object.keys(GP_FACT_TOPICS);

export type GpFactRow = RowOf<typeof gp_facts>;

/**
 * Every GP fact of the staged web transcriptions, as stated, with its territory checked against
 * the communes, its status from the page that states it, and the reviewed conflicts flagged (each
 * also a data_quality note). Nothing is computed from them: they are context, never a measurement.
 */
export function gpFacts(
  context: PipelineContext,
  communeCodes: ReadonlySet<string>,
): { rows: GpFactRow[]; quality: DataQualityNote[] } {
  const facts = [
    ...readGpHeadlineFigures(context),
    ...readGpShortageLegalTexts(context),
    ...GP_STATEMENT_SOURCES.flatMap((id) => readStatedStatements(context, id)),
  ];
  const kinds = readSourceKinds(context);
  const conflicts = readConflicts(context, facts);
  const stated = facts.map((fact) => {
    const conflict = conflicts.get(factKey(fact.sourceId, fact.row));
    checkTerritory(fact, communeCodes);
    return { fact, conflict, caveat: [fact.caveat, conflict?.note.en].filter(Boolean).join(" ") || null };
  });
  const texts = readFactTexts(
    context,
    stated.map(({ fact, caveat }) => {
      const legal = fact.sourceId === GP_LEGAL_TEXTS_SOURCE;
      return {
        sourceId: fact.sourceId,
        file: fact.file,
        row: fact.row,
        // A legal text's statement is what its excerpt says; its title is quoted as is.
        statementColumn: legal ? "what_it_says_in_stored_excerpt" : "indicator",
        statement: legal ? fact.valueAsStated : fact.indicator,
        caveat,
        period: fact.period,
        publisher: fact.publisher,
        quote: legal ? fact.indicator : fact.valueAsStated,
        rawTexts: [
          fact.indicator,
          fact.valueAsStated,
          fact.unit ?? "",
          fact.period,
          fact.publisher,
          fact.area ?? "",
          caveat ?? "",
        ],
      };
    }),
  );
  const rows = stated.map(({ fact, conflict, caveat }): GpFactRow => {
    const urlColumn = fact.sourceId === GP_LEGAL_TEXTS_SOURCE ? "url" : "source_url";
    const kind = sourceKindOf(fact, kinds, urlColumn);
    const text = texts.get(factKey(fact.sourceId, fact.row))!;
    return {
      fact_id: factKey(fact.sourceId, fact.row),
      topic: GP_FACT_TOPICS[fact.sourceId as keyof typeof GP_FACT_TOPICS],
      source_id: fact.sourceId,
      source_row: fact.row,
      geography_as_stated: fact.geography,
      area_as_stated: fact.area ?? fact.geography,
      territory_code: fact.territoryCode,
      indicator_as_stated: fact.indicator,
      value: fact.value,
      value_as_stated: fact.valueAsStated,
      unit_as_stated: fact.unit,
      reference_period_as_stated: fact.period,
      publisher_as_stated: fact.publisher,
      source_url: fact.urls[0]!,
      more_urls: fact.urls.length > 1 ? fact.urls.slice(1).join(" ; ") : null,
      source_kind: kind,
      status: factStatus(kind, conflict),
      conflict_id: conflict?.conflictId ?? null,
      caveat,
      ...translations(text),
    };
  });
  const groups = new Map<string, { keys: string[]; note: Localized }>();
  for (const [key, conflict] of conflicts) {
    const group = groups.get(conflict.conflictId) ?? { keys: [], note: conflict.note };
    group.keys.push(key);
    groups.set(conflict.conflictId, group);
  }
  const quality = [...groups].map(([conflictId, group]): DataQualityNote => ({
    source_id: group.keys[0]!.split("/")[0]!,
    level: "region",
    territory_code: null,
    indicator_id: null,
    issue: "conflicting_statements",
    ...qualityDetail({
      fr: `Les faits sur la médecine générale ${group.keys.join(", ")} (table gp_facts, conflit ${conflictId}) donnent des valeurs différentes, toutes gardées : ${group.note.fr}`,
      nl: `De feiten over huisartsenzorg ${group.keys.join(", ")} (tabel gp_facts, conflict ${conflictId}) geven verschillende waarden, alle behouden: ${group.note.nl}`,
      en: `GP facts ${group.keys.join(", ")} (table gp_facts, conflict ${conflictId}) state different values, all kept: ${group.note.en}`,
    }),
  }));
  return { rows, quality };
}

function translations(text: FactTexts) {
  return {
    quote_language: text.quoteLanguage,
    statement_fr: text.statement.fr,
    statement_nl: text.statement.nl,
    statement_en: text.statement.en,
    caveat_fr: text.caveat?.fr ?? null,
    caveat_nl: text.caveat?.nl ?? null,
    caveat_en: text.caveat?.en ?? null,
    period_fr: text.period.fr,
    period_nl: text.period.nl,
    period_en: text.period.en,
    publisher_fr: text.publisher.fr,
    publisher_nl: text.publisher.nl,
    publisher_en: text.publisher.en,
  };
}

/** A fact's territory: the region (04000) or commune NIS codes separated by ";", each a known commune. */
function checkTerritory(fact: StatedFact, communeCodes: ReadonlySet<string>): void {
  if (fact.territoryCode === null || fact.territoryCode === REGION_NIS_CODE) return;
  for (const code of fact.territoryCode.split(";"))
    if (!communeCodes.has(code))
      throw new InputError(
        fact.file,
        `unknown territory code ${JSON.stringify(code)}: expected ${REGION_NIS_CODE} (the region) or the NIS code of one of the 19 communes, several separated by ";"`,
        { row: fact.row, column: "nis_code" },
      );
}
