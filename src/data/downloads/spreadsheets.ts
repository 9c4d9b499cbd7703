/**
 * The data page's spreadsheet files, written by the site build from the pipeline's CSVs: the
 * "latest values" table of each level as Excel CSV and XLSX with headers in the page's language,
 * and an Excel-dialect copy of every published table (machine names, as in the codebook). Values
 * are the published ones, re-written; nothing is computed here.
 */
import { createHash } from "node:crypto";
import type { Language } from "../../core/languages.ts";
import { latestValueColumn, latestYearColumn } from "../../core/tables/indicators_latest.ts";
import { createTranslator } from "../../i18n/translate.ts";
import type { FileEntry } from "../../lib/data/downloads.ts";
import { csvTable, sheetCsv, sheetXlsx, type SheetTable } from "../../lib/data/spreadsheet.ts";
import { latestLevelSheetPath, tableExcelPath } from "../../lib/routes.ts";
import { levelNames } from "../indicator/page-data.ts";
import { cached, readCsvTable, readPublishedText } from "../observatory-data.ts";
import { indicators, sourceRows, sourceText } from "../site-data.ts";

/** Headers in the page's language: the shared column names, then each indicator's value and year. */
export function columnLabels(language: Language): (name: string) => string {
  const t = createTranslator(language);
  const labels = new Map<string, string>();
  for (const info of indicators()) {
    const params = { indicator: info.label[language], unit: info.unit };
    labels.set(latestValueColumn(info.id), t("files.valueOf", params));
    labels.set(latestYearColumn(info.id), t("files.yearOf", params));
  }
  return (name) => {
    const shared = `files.col.${name}`;
    return labels.get(name) ?? (hasMessage(t, shared) ? t(shared) : name);
  };
}

function hasMessage(t: ReturnType<typeof createTranslator>, key: string): boolean {
  try {
    t(key);
    return true;
  } catch {
    return false;
  }
}

/** The codebook's description of each column of a table, in the page's language. */
function descriptions(table: string, language: Language): Map<string, string> {
  return new Map(
    readCsvTable("codebook")
      .filter((row) => row.table_name === table && row.column_name)
      .map((row) => [row.column_name!, row[`description_${language}`] ?? ""]),
  );
}

function latestTable(level: string, language: Language): SheetTable {
  return cached(`latest-sheet:${level}:${language}`, () => {
    const table = csvTable(readPublishedText(`latest/${level}.csv`), columnLabels(language));
    const described = descriptions("indicators_latest", language);
    for (const column of table.columns) column.description = described.get(column.name);
    return table;
  });
}

export function latestExcelCsv(level: string, language: Language): string {
  return cached(`latest-excel:${level}:${language}`, () => sheetCsv(latestTable(level, language), "excel"));
}

export function latestXlsx(level: string, language: Language): Uint8Array {
  return cached(`latest-xlsx:${level}:${language}`, () => {
    const t = createTranslator(language);
    return sheetXlsx(latestTable(level, language), {
      title: t("files.latest.fileTitle", { level: levelNames(language, "plural").get(level) ?? level }),
      sources: sourceRows().map(
        (row) =>
          `${sourceText(row, "publisher", language)}, ${sourceText(row, "title", language)} (${sourceText(row, "reference_date", language)}), ${row.official_url}`,
      ),
      url: latestLevelSheetPath(language, level, "xlsx"),
      publisher: t("site.title"),
      labels: {
        dataSheet: t("files.sheet.data"),
        aboutSheet: t("files.sheet.about"),
        header: t("files.about.header"),
        machineName: t("files.about.machineName"),
        description: t("files.about.description"),
        title: t("files.about.title"),
        sources: t("files.about.sources"),
        url: t("files.about.url"),
        publisher: t("files.about.publisher"),
      },
    });
  });
}

/** A published table in the Excel dialect, headers kept as machine names (the codebook explains them). */
export function tableExcelCsv(table: string): string {
  return cached(`table-excel:${table}`, () =>
    sheetCsv(
      csvTable(readPublishedText(`tables/${table}.csv`), (name) => name),
      "excel",
    ),
  );
}

/** A file the build writes, with its size and checksum for the data page (it is not in the manifest). */
export function builtFileEntry(
  file: string,
  href: string,
  content: string | Uint8Array,
  rows: number | null,
): FileEntry {
  const bytes = typeof content === "string" ? Buffer.from(content, "utf8") : content;
  return { file, href, bytes: bytes.length, sha256: createHash("sha256").update(bytes).digest("hex"), rows };
}

export function latestSheetEntries(level: string, language: Language, rows: number | null) {
  return {
    excel: builtFileEntry(
      `latest/${level}.excel.csv`,
      latestLevelSheetPath(language, level, "excel"),
      latestExcelCsv(level, language),
      rows,
    ),
    xlsx: builtFileEntry(
      `latest/${level}.xlsx`,
      latestLevelSheetPath(language, level, "xlsx"),
      latestXlsx(level, language),
      rows,
    ),
  };
}

export function tableExcelEntry(table: string, rows: number | null): FileEntry {
  return builtFileEntry(`excel/${table}.csv`, tableExcelPath(table), tableExcelCsv(table), rows);
}
