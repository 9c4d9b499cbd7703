import Papa, { type ParseError } from "papaparse";
import { InputError } from "../lib/errors.ts";
import { readUtf8 } from "./read-text.ts";
import { controlCharacterProblem, notADecimal, parseDecimal } from "./strict-values.ts";

export interface CsvOptions {
  /** The separator the source is documented to use. */
  delimiter?: "," | ";";
  /** Columns the pipeline reads; any other column is ignored. */
  columns: readonly string[];
}

/**
 * A parsed CSV whose accessors report bad cells with the file, the spreadsheet row
 * (header = row 1) and the column name.
 */
export class CsvTable {
  constructor(
    readonly file: string,
    readonly header: readonly string[],
    private readonly records: readonly string[][],
  ) {}

  get length(): number {
    return this.records.length;
  }

  /** Spreadsheet row number of data record `index` (the header is row 1). */
  rowNumber(index: number): number {
    return index + 2;
  }

  error(index: number, column: string, problem: string): InputError {
    return new InputError(this.file, problem, { row: this.rowNumber(index), column });
  }

  text(index: number, column: string): string {
    const position = this.header.indexOf(column);
    if (position < 0) throw new InputError(this.file, `missing column "${column}"`, { row: 1, column });
    const value = (this.records[index]![position] ?? "").trim();
    const control = controlCharacterProblem(value);
    if (control) throw this.error(index, column, control);
    return value;
  }

  required(index: number, column: string): string {
    const value = this.text(index, column);
    if (value === "") throw this.error(index, column, "empty value");
    return value;
  }

  optionalNumber(index: number, column: string): number | null {
    const value = this.text(index, column);
    if (value === "") return null;
    const number = parseDecimal(value);
    if (number === undefined) throw this.error(index, column, notADecimal(value));
    return number;
  }

  number(index: number, column: string): number {
    const number = this.optionalNumber(index, column);
    if (number === null) throw this.error(index, column, "empty value, a number is required");
    return number;
  }

  integer(index: number, column: string): number {
    const number = this.number(index, column);
    if (!Number.isInteger(number)) throw this.error(index, column, `"${this.text(index, column)}" is not an integer`);
    return number;
  }

  /** `value`, read from the cell, if it lies in [min, max]; `what` names the quantity and why its bound. */
  inRange(index: number, column: string, value: number, min: number, max: number, what: string): number {
    if (value < min || value > max)
      throw this.error(index, column, `${value} is outside ${min} to ${max}, the plausible range of ${what}`);
    return value;
  }

  /** A code that must match a documented pattern (sector, quartier, commune codes). */
  code(index: number, column: string, pattern: RegExp, what: string): string {
    const value = this.required(index, column);
    if (!pattern.test(value)) throw this.error(index, column, `"${value}" is not a valid ${what}`);
    return value;
  }
}

/** Parsed files by delimiter and path: lets the stages of one run share a parse (see readSourceCsv). */
export type CsvCache = Map<string, ParsedCsv>;

interface ParsedCsv {
  table: CsvTable;
  /** A defect of the rows, thrown only after the caller's columns are checked so that a missing column is reported first. */
  defect?: InputError;
}

/** Reads a CSV; with `cache`, a file already parsed is not read again (only `columns` is checked per call). */
export function readCsv(path: string, { delimiter = ",", columns }: CsvOptions, cache?: CsvCache): CsvTable {
  const key = `${delimiter}${path}`;
  const parsed = cache?.get(key) ?? parseCsv(path, delimiter);
  cache?.set(key, parsed);
  const names = parsed.table.header;
  for (const column of columns) {
    if (!names.includes(column)) {
      throw new InputError(path, `missing column "${column}" (found: ${names.join(", ")})`, { row: 1, column });
    }
  }
  if (parsed.defect) throw parsed.defect;
  return parsed.table;
}

function parseCsv(path: string, delimiter: "," | ";"): ParsedCsv {
  const text = readUtf8(path);
  const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: "greedy" });
  const [header, ...records] = parsed.data;
  if (!header || header.every((cell) => cell.trim() === ""))
    throw new InputError(path, "file has no header row", { row: 1 });
  const names = header.map((cell) => cell.trim());

  const other = delimiter === "," ? ";" : ",";
  if (names.length === 1 && names[0]!.includes(other)) {
    throw new InputError(path, `uses "${other}" as separator; this source is read with "${delimiter}"`, { row: 1 });
  }
  return { table: new CsvTable(path, names, records), defect: rowsDefect(path, names, records, parsed.errors) };
}

function rowsDefect(path: string, names: string[], records: string[][], errors: ParseError[]): InputError | undefined {
  const quoteError = errors.find((error) => error.type === "Quotes");
  if (quoteError)
    return new InputError(path, `${quoteError.message} (truncated file?)`, { row: (quoteError.row ?? 0) + 1 });
  if (records.length === 0) return new InputError(path, "file has a header but no data rows (truncated?)", { row: 2 });
  const index = records.findIndex((record) => record.length !== names.length);
  if (index < 0) return undefined;
  const length = records[index]!.length;
  return new InputError(
    path,
    `has ${length} fields, expected ${names.length} as in the header` +
      (index === records.length - 1 ? " (truncated file?)" : ""),
    { row: index + 2, column: length < names.length ? names[length] : length },
  );
}
