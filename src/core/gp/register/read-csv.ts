/**
 * A register saved as CSV: UTF-8 with or without a byte-order mark, columns separated by commas
 * or semicolons (found from the header), cells quoted with double quotes where needed. A file in
 * Latin-1 or Windows-1252 (what older spreadsheets save as "CSV") is refused with the line and
 * column of its first non-UTF-8 byte, rather than read with mangled accents.
 */
import { registerError } from "./issues.ts";
import type { RegisterRow, RegisterTable } from "./table.ts";

const BOM = [0xef, 0xbb, 0xbf];

export function readRegisterCsv(fileName: string, bytes: Uint8Array): RegisterTable {
  const start = BOM.every((b, i) => bytes[i] === b) ? 3 : 0;
  const body = bytes.subarray(start);
  const invalid = firstInvalidUtf8(body);
  if (invalid >= 0) throw latin1Error(body, invalid);
  const text = new TextDecoder("utf-8").decode(body);
  if (text.trim() === "") throw registerError("emptyFile", null, null);
  const separator = detectSeparator(firstLine(text));
  const records = parseCsv(text, separator);
  const [head, ...rest] = records;
  const header = head!.cells.map(normaliseName);
  const rows: RegisterRow[] = [];
  for (const record of rest) {
    if (record.cells.every((cell) => cell.trim() === "")) continue;
    const extra = record.cells.slice(header.length);
    if (extra.some((cell) => cell.trim() !== ""))
      throw registerError("extraCells", record.row, null, { found: record.cells.length, expected: header.length });
    rows.push({ row: record.row, cells: record.cells.slice(0, header.length).map((cell) => cell.trim()) });
  }
  return { fileName, format: "csv", separator, header, rows };
}

export function normaliseName(name: string): string {
  return name.trim().toLowerCase();
}

function firstLine(text: string): string {
  const end = text.search(/\r?\n/);
  return end < 0 ? text : text.slice(0, end);
}

/** The separator the header uses; a tab or a vertical bar is refused by name. */
function detectSeparator(header: string): "," | ";" {
  const count = (c: string) => header.split(c).length - 1;
  const commas = count(",");
  const semicolons = count(";");
  if (semicolons > commas) return ";";
  if (commas > 0) return ",";
  if (count("\t") > 0) throw registerError("wrongSeparator", 1, null, { separator: "tab" });
  if (count("|") > 0) throw registerError("wrongSeparator", 1, null, { separator: "bar" });
  return ",";
}

/** RFC 4180 records with the line each starts on; a quoted cell may span lines. */
function parseCsv(text: string, separator: string): RegisterRow[] {
  const records: RegisterRow[] = [];
  let cells: string[] = [];
  let cell = "";
  let line = 1;
  let recordLine = 1;
  let quoted = false;
  let quoteLine = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else {
        if (c === "\n") line++;
        cell += c;
      }
    } else if (c === '"' && cell.trim() === "") {
      quoted = true;
      quoteLine = line;
      cell = "";
    } else if (c === separator) {
      cells.push(cell);
      cell = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      cells.push(cell);
      records.push({ row: recordLine, cells });
      cells = [];
      cell = "";
      line++;
      recordLine = line;
    } else cell += c;
  }
  if (quoted) throw registerError("unclosedQuote", quoteLine, null);
  if (cell !== "" || cells.length > 0) {
    cells.push(cell);
    records.push({ row: recordLine, cells });
  }
  return records;
}

/** Offset of the first byte that breaks UTF-8, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    const length =
      b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k];
      if (next === undefined || (next & 0xc0) !== 0x80) return i;
    }
    // Overlong three- and four-byte forms, surrogates and code points above U+10FFFF.
    const second = bytes[i + 1]!;
    if (
      (b === 0xe0 && second < 0xa0) ||
      (b === 0xed && second > 0x9f) ||
      (b === 0xf0 && second < 0x90) ||
      (b === 0xf4 && second > 0x8f)
    )
      return i;
    i += length;
  }
  return -1;
}

/** Names the line and column of the first non-UTF-8 byte, read as Windows-1252 to find the column. */
function latin1Error(bytes: Uint8Array, offset: number) {
  const text = new TextDecoder("windows-1252").decode(bytes.subarray(0, offset));
  const lines = text.split("\n");
  const row = lines.length;
  const header = text.includes("\n") ? lines[0]! : null;
  let column: string | null = null;
  if (header !== null) {
    const separator = header.split(";").length > header.split(",").length ? ";" : ",";
    const index = lines[row - 1]!.split(separator).length - 1;
    column = normaliseName(header.replace(/\r$/, "").split(separator)[index] ?? "") || null;
  }
  const byte = `0x${bytes[offset]!.toString(16).toUpperCase().padStart(2, "0")}`;
  return registerError("notUtf8", row, column, { byte });
}
