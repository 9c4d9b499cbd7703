import { data_quality } from "../../src/core/tables/data_quality.ts";
import type { Table } from "../../src/core/table-schema.ts";
import { compareCodes } from "../lib/compare-codes.ts";
import type { DataQualityNote } from "../indicators/indicator-model.ts";
import { LEVEL_DESCRIPTION, TERRITORY_CODE_DESCRIPTION } from "./common-descriptions.ts";
import { declaredTable } from "./declared-table.ts";

/** Every value that is missing, corrected or excluded, with the reason: counted per indicator on the site. */
export function dataQualityTable(notes: DataQualityNote[]): Table {
  const rows = [...notes].sort(
    (a, b) =>
      (a.indicator_id ?? "").localeCompare(b.indicator_id ?? "") ||
      a.level.localeCompare(b.level) ||
      compareCodes(a.territory_code ?? "", b.territory_code ?? "") ||
      a.issue.localeCompare(b.issue),
  );
  return declaredTable(
    data_quality,
    {
      fr: "Valeurs manquantes, corrigées ou exclues, et pourquoi.",
      nl: "Ontbrekende, gecorrigeerde of uitgesloten waarden, en waarom.",
      en: "Values that are missing, corrected or excluded, and why.",
    },
    {
      source_id: { fr: "Source concernée", nl: "Betrokken bron", en: "Source concerned" },
      level: LEVEL_DESCRIPTION,
      territory_code: TERRITORY_CODE_DESCRIPTION,
      indicator_id: { fr: "Indicateur concerné", nl: "Betrokken indicator", en: "Indicator concerned" },
      issue: {
        fr: "Nature : missing_in_source, not_applicable, incomplete_data, corrected, excluded...",
        nl: "Aard: missing_in_source, not_applicable, incomplete_data, corrected, excluded...",
        en: "Kind: missing_in_source, not_applicable, incomplete_data, corrected, excluded...",
      },
      detail: {
        fr: "Explication en anglais, gardée pour la compatibilité (voir detail_fr, detail_nl, detail_en)",
        nl: "Uitleg in het Engels, behouden voor de compatibiliteit (zie detail_fr, detail_nl, detail_en)",
        en: "Explanation in English, kept for compatibility (same as detail_en)",
      },
      detail_fr: { fr: "Explication, en français", nl: "Uitleg, in het Frans", en: "Explanation, in French" },
      detail_nl: { fr: "Explication, en néerlandais", nl: "Uitleg, in het Nederlands", en: "Explanation, in Dutch" },
      detail_en: { fr: "Explication, en anglais", nl: "Uitleg, in het Engels", en: "Explanation, in English" },
    },
    rows.map((note) => ({ ...note, detail_en: note.detail })),
  );
}
