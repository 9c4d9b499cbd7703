/**
 * CSV for downloads, at build time and in the browser, as RFC 4180
 * (https://www.rfc-editor.org/rfc/rfc4180): comma-separated, CRLF line ends, fields with a comma,
 * quote or line break in double quotes, quotes doubled. UTF-8 with a byte order mark, without
 * which Excel reads the file as Windows-1252 and breaks the accents.
 */
export const BOM = "\uFEFF";

/** What a field may hold: null and undefined become an empty field. */
export type CsvCell = string | number | bigint | boolean | null | undefined;

export function csvField(value: CsvCell): string {
  if (value === null || value === undefined) return "";
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvRecord(values: readonly CsvCell[]): string {
  return `${values.map(csvField).join(",")}\r\n`;
}

/**
 * The file in pieces of `rowsPerChunk` records (BOM and header first), so that a large result
 * becomes a Blob without one huge string.
 */
export function* csvChunks(
  header: readonly string[],
  rows: Iterable<readonly CsvCell[]>,
  rowsPerChunk = 1000,
): Generator<string> {
  let chunk = BOM + csvRecord(header);
  let count = 0;
  for (const row of rows) {
    chunk += csvRecord(row);
    if (++count % rowsPerChunk === 0) {
      yield chunk;
      chunk = "";
    }
  }
  if (chunk !== "") yield chunk;
}

export function toCsv(header: readonly string[], rows: Iterable<readonly CsvCell[]>): string {
  return [...csvChunks(header, rows)].join("");
}
