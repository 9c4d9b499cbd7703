/**
 * Reads a practice register from the bytes of a CSV or XLSX file (pure TypeScript: the browser
 * runs it on a file the user picked, which never leaves the page; the pipeline on OBS_GP_SUPPLY).
 */
import { checkHeader } from "./header.ts";
import { registerError } from "./issues.ts";
import { readRegisterCsv } from "./read-csv.ts";
import { readRegisterXlsx } from "./read-xlsx.ts";
import type { RegisterTable } from "./table.ts";

/** Throws a RegisterError when the file cannot be read as a register (row and column named). */
export async function readRegisterFile(fileName: string, bytes: Uint8Array): Promise<RegisterTable> {
  if (bytes.length === 0) throw registerError("emptyFile", null, null);
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  const extension = fileName.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1] ?? "";
  let table: RegisterTable;
  if (extension === "xlsx" || (isZip && extension !== "csv")) table = await readRegisterXlsx(fileName, bytes);
  else if (extension === "csv" || extension === "txt" || extension === "") table = readRegisterCsv(fileName, bytes);
  else throw registerError("unknownFormat", null, null, { file: fileName });
  checkHeader(table.header);
  return table;
}
