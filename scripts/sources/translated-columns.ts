/**
 * A reference table's published text in the three languages: the English column (`note`) and its
 * translations beside it (`note_fr`, `note_nl`), as in clss.csv. A missing or empty translation
 * stops the run naming the file, row and column.
 */
import type { Localized } from "../../src/core/languages.ts";
import type { CsvTable } from "./read-csv.ts";

/** The columns to read for `column`: itself and its translations. */
export function translatedColumns(column: string): string[] {
  return [column, `${column}_fr`, `${column}_nl`];
}

export function translatedText(table: CsvTable, index: number, column: string): Localized {
  const translation = (language: "fr" | "nl") => {
    const text = table.text(index, `${column}_${language}`);
    if (!text)
      throw table.error(
        index,
        `${column}_${language}`,
        `the ${column} has no ${language === "fr" ? "French" : "Dutch"} text: add its translation`,
      );
    return text;
  };
  return { fr: translation("fr"), nl: translation("nl"), en: table.required(index, column) };
}
