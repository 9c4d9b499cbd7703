/**
 * CSV for downloads, at build time and in the browser, as RFC 4180
 * (https://www.rfc-editor.org/rfc/rfc4180): CRLF line ends, fields holding the separator, a quote
 * or a line break in double quotes, quotes doubled. Two dialects:
 * - "international": comma, decimal point, UTF-8 without byte order mark, machine column names:
 *   for programs (R, pandas, DuckDB), like the pipeline's files under data/tables/;
 * - "excel": what a Belgian or French Excel opens with a double click: semicolon (their list
 *   separator), decimal comma, UTF-8 with a byte order mark (without it Excel reads Windows-1252
 *   and breaks the accents), column headers in the page's language.
 */
export const BOM = "\uFEFF";

export type CsvDialect = "international" | "excel";

export const CSV_DIALECTS: readonly CsvDialect[] = ["international", "excel"];

interface DialectRules {
  separator: string;
  decimal: string;
  bom: string;
}

const RULES: Record<CsvDialect, DialectRules> = {
  international: { separator: ",", decimal: ".", bom: "" },
  excel: { separator: ";", decimal: ",", bom: BOM },
};

/** What a field may hold: null and undefined become an empty field. */
export type CsvCell = string | number | bigint | boolean | null | undefined;

/** One field; numbers get the dialect's decimal mark, text keeps its own characters. */
export function csvField(value: CsvCell, dialect: CsvDialect = "international"): string {
  if (value === null || value === undefined) return "";
  const { separator, decimal } = RULES[dialect];
  const text = typeof value === "number" ? String(value).replace(".", decimal) : String(value);
  const needsQuotes = text.includes(separator) || /["\r\n]/.test(text);
  return needsQuotes ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvRecord(values: readonly CsvCell[], dialect: CsvDialect = "international"): string {
  return `${values.map((value) => csvField(value, dialect)).join(RULES[dialect].separator)}\r\n`;
}

/**
 * The file in pieces of `rowsPerChunk` records (byte order mark if any, and header first), so
 * that a large result becomes a Blob without one huge string.
 */
export function* csvChunks(
  header: readonly string[],
  rows: Iterable<readonly CsvCell[]>,
  rowsPerChunk = 1000,
  dialect: CsvDialect = "international",
): Generator<string> {
  let chunk = RULES[dialect].bom + csvRecord(header, dialect);
  let count = 0;
  for (const row of rows) {
    chunk += csvRecord(row, dialect);
    if (++count % rowsPerChunk === 0) {
      yield chunk;
      chunk = "";
    }
  }
  if (chunk !== "") yield chunk;
}

export function toCsv(
  header: readonly string[],
  rows: Iterable<readonly CsvCell[]>,
  dialect: CsvDialect = "international",
): string {
  return [...csvChunks(header, rows, 1000, dialect)].join("");
}
