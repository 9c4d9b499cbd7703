/**
 * A register saved as XLSX: the first worksheet, with shared strings, inline strings, numbers and
 * booleans. Row numbers are the sheet's own (the header is row 1 in a sheet that starts at A1), so
 * an error names the row the user sees in the spreadsheet.
 */
import { registerError } from "./issues.ts";
import { normaliseName } from "./read-csv.ts";
import type { RegisterRow, RegisterTable } from "./table.ts";
import { readZipEntry, zipEntries, ZipError, type ZipEntry } from "./unzip.ts";

export async function readRegisterXlsx(fileName: string, bytes: Uint8Array): Promise<RegisterTable> {
  try {
    return await readWorkbook(fileName, bytes);
  } catch (error) {
    if (error instanceof ZipError) throw registerError("badXlsx", null, null, { reason: error.message });
    throw error;
  }
}

async function readWorkbook(fileName: string, bytes: Uint8Array): Promise<RegisterTable> {
  const entries = zipEntries(bytes);
  const text = async (entry: ZipEntry | undefined) =>
    entry ? new TextDecoder().decode(await readZipEntry(bytes, entry)) : null;
  const sheetPath = firstSheetPath(
    await text(entries.get("xl/workbook.xml")),
    await text(entries.get("xl/_rels/workbook.xml.rels")),
  );
  const sheet = await text(entries.get(sheetPath));
  if (sheet === null) throw new ZipError(`no worksheet ${sheetPath}`);
  const shared = sharedStrings(await text(entries.get("xl/sharedStrings.xml")));
  const records = sheetRows(sheet, shared);
  if (records.length === 0) throw registerError("emptyFile", null, null);
  const [head, ...rest] = records;
  const header = head!.cells.map(normaliseName);
  // Trailing empty header cells (a formatted but empty column) are no columns.
  while (header.length > 0 && header[header.length - 1] === "") header.pop();
  const rows: RegisterRow[] = [];
  for (const record of rest) {
    if (record.cells.every((cell) => cell === "")) continue;
    if (record.cells.slice(header.length).some((cell) => cell !== ""))
      throw registerError("extraCells", record.row, null, {
        found: lastFilled(record.cells) + 1,
        expected: header.length,
      });
    rows.push({ row: record.row, cells: Array.from({ length: header.length }, (_, i) => record.cells[i] ?? "") });
  }
  return { fileName, format: "xlsx", separator: null, header, rows };
}

function lastFilled(cells: string[]): number {
  for (let i = cells.length - 1; i >= 0; i--) if (cells[i] !== "") return i;
  return -1;
}

/** The path of the workbook's first sheet, through the workbook's relationships. */
function firstSheetPath(workbook: string | null, rels: string | null): string {
  const fallback = "xl/worksheets/sheet1.xml";
  const id = workbook?.match(/<sheet\b[^>]*\br:id="([^"]+)"/)?.[1];
  if (!id || !rels) return fallback;
  for (const [relation] of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    if (attribute(relation, "Id") !== id) continue;
    const target = attribute(relation, "Target") ?? "";
    return target.startsWith("/") ? target.slice(1) : `xl/${target}`;
  }
  return fallback;
}

function sharedStrings(xml: string | null): string[] {
  if (xml === null) return [];
  return [...xml.matchAll(/<si>([\s\S]*?)<\/si>/g)].map(([, item]) => textRuns(item!));
}

/** The text of an <si> or <is> element: its <t> runs, phonetic guides left out. */
function textRuns(xml: string): string {
  const withoutPhonetics = xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, "");
  return [...withoutPhonetics.matchAll(/<t\b[^>]*>([\s\S]*?)<\/t>/g)].map(([, t]) => decodeXml(t!)).join("");
}

function sheetRows(xml: string, shared: string[]): RegisterRow[] {
  const rows: RegisterRow[] = [];
  let previous = 0;
  for (const [, open, body] of xml.matchAll(/<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
    const row = Number(attribute(open!, "r") ?? previous + 1);
    previous = row;
    const cells: string[] = [];
    let nextColumn = 0;
    for (const [, attributes, content] of (body ?? "").matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const reference = attribute(attributes!, "r");
      const column = reference ? columnIndex(reference) : nextColumn;
      nextColumn = column + 1;
      cells[column] = cellText(attribute(attributes!, "t"), content ?? "", shared).trim();
    }
    rows.push({ row, cells: Array.from(cells, (cell) => cell ?? "") });
  }
  return rows;
}

function cellText(type: string | null, content: string, shared: string[]): string {
  if (type === "inlineStr") return textRuns(content.match(/<is>([\s\S]*?)<\/is>/)?.[1] ?? "");
  const value = decodeXml(content.match(/<v>([\s\S]*?)<\/v>/)?.[1] ?? "");
  if (type === "s") return shared[Number(value)] ?? "";
  if (type === "b") return value === "1" ? "true" : "false";
  return value;
}

/** "AB12" → 27 (0-based column). */
function columnIndex(reference: string): number {
  let index = 0;
  for (const c of reference.replace(/\d+$/, "").toUpperCase()) index = index * 26 + (c.charCodeAt(0) - 64);
  return index - 1;
}

function attribute(tag: string, name: string): string | null {
  return tag.match(new RegExp(`\\b${name}="([^"]*)"`))?.[1] ?? null;
}

function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g, (_, entity: string) => {
    if (entity.startsWith("#x")) return String.fromCodePoint(parseInt(entity.slice(2), 16));
    if (entity.startsWith("#")) return String.fromCodePoint(Number(entity.slice(1)));
    return { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" }[entity]!;
  });
}
