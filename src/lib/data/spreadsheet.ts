/**
 * One table, three files: the international CSV (machine column names, for programs), the Excel
 * CSV (Belgium/France dialect, headers in the page's language) and the XLSX workbook (same
 * headers, with a second sheet mapping each header to its machine name and definition, the
 * sources and the address). Browser-safe: the figure tools convert a served international CSV
 * with it, the build writes the data page's files with it.
 */
import { toCsv, type CsvCell, type CsvDialect } from "../csv.ts";
import { writeXlsx, type XlsxCell } from "../xlsx.ts";

export interface SheetColumn {
  /** Stable machine name: the international CSV's header, the SQL column. */
  name: string;
  /** Header in the page's language. */
  label: string;
  /** Numbers get the dialect's decimal mark and are numbers in the workbook. */
  numeric: boolean;
  description?: string;
}

export interface SheetTable {
  columns: SheetColumn[];
  rows: CsvCell[][];
}

/** What the workbook's second sheet says beside the columns, already in the page's language. */
export interface SheetAbout {
  title: string;
  sources: string[];
  url?: string;
  publisher?: string;
  labels: {
    dataSheet: string;
    aboutSheet: string;
    header: string;
    machineName: string;
    description: string;
    title: string;
    sources: string;
    url: string;
    publisher: string;
  };
}

export function sheetCsv(table: SheetTable, dialect: CsvDialect): string {
  const header = table.columns.map((c) => (dialect === "international" ? c.name : c.label));
  return toCsv(header, table.rows, dialect);
}

const xlsxCell = (value: CsvCell): XlsxCell =>
  value === null || value === undefined
    ? null
    : typeof value === "number"
      ? value
      : typeof value === "bigint"
        ? Number(value)
        : String(value);

export function sheetXlsx(table: SheetTable, about: SheetAbout): Uint8Array {
  const { labels } = about;
  const definitions: XlsxCell[][] = [
    [labels.header, labels.machineName, labels.description],
    ...table.columns.map((c) => [c.label, c.name, c.description ?? null]),
    [],
    [labels.title, about.title],
    ...about.sources.map((source, i) => [i === 0 ? labels.sources : null, source]),
    ...(about.url ? [[labels.url, about.url]] : []),
    ...(about.publisher ? [[labels.publisher, about.publisher]] : []),
  ];
  return writeXlsx([
    { name: labels.dataSheet, rows: [table.columns.map((c) => c.label), ...table.rows.map((r) => r.map(xlsxCell))] },
    { name: labels.aboutSheet, rows: definitions },
  ]);
}

/** RFC 4180 records of an international CSV (comma, optional BOM): what the site serves. */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let quoted = false;
  const body = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const endField = () => {
    record.push(field);
    field = "";
  };
  for (let i = 0; i < body.length; i++) {
    const char = body[i]!;
    if (quoted) {
      if (char === '"' && body[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ",") endField();
    else if (char === "\n" || char === "\r") {
      if (char === "\r" && body[i + 1] === "\n") i++;
      endField();
      records.push(record);
      record = [];
    } else field += char;
  }
  if (field !== "" || record.length) records.push([...record, field]);
  return records;
}

const NUMBER = /^-?\d+(\.\d+)?([eE][+-]?\d+)?$/;
/** Codes stay text even when they look like numbers: "04000" must not lose its zero. */
const CODE = /(^|_)(code|codes|id)$/;

/**
 * A served international CSV as a table: a column is numeric when every filled field is a plain
 * number and its name is not a code; headers in the page's language through `label`.
 */
export function csvTable(text: string, label: (name: string) => string): SheetTable {
  const [header = [], ...rows] = parseCsv(text);
  const columns = header.map((name, c): SheetColumn => {
    const filled = rows.map((r) => r[c] ?? "").filter((v) => v !== "");
    return {
      name,
      label: label(name),
      numeric: !CODE.test(name) && filled.length > 0 && filled.every((v) => NUMBER.test(v)),
    };
  });
  return {
    columns,
    rows: rows.map((r) =>
      columns.map((column, c) => {
        const value = r[c] ?? "";
        if (value === "") return null;
        return column.numeric ? Number(value) : value;
      }),
    ),
  };
}
