import { readFileSync } from "node:fs";
import { InputError } from "../lib/errors.ts";
import { findJsonDefect, lineAndColumn } from "./json-scan.ts";
import { checkRegularFile } from "./raw-file.ts";

/**
 * Reads a raw file as strict UTF-8. A Latin-1 or Windows-1252 file would otherwise
 * decode into replacement characters and corrupt names without any error.
 */
export function readUtf8(path: string): string {
  checkRegularFile(path);
  const bytes = readFileSync(path);
  if (bytes.length === 0) throw new InputError(path, "file is empty");
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    const offset = firstInvalidUtf8Byte(bytes);
    const before = bytes.subarray(0, offset);
    const row = before.filter((b) => b === 0x0a).length + 1;
    const column = offset - (before.lastIndexOf(0x0a) + 1) + 1;
    throw new InputError(
      path,
      `not valid UTF-8: byte 0x${bytes[offset]!.toString(16).padStart(2, "0")} at offset ${offset} ` +
        `(is the file Latin-1 or Windows-1252 encoded? re-save it as UTF-8)`,
      { row, column },
    );
  }
}

/**
 * Reads and parses a raw JSON file. A syntax error or a duplicated key names the line ("row") and
 * column of the character at fault, and says "truncated file?" when it is at the very end, as an
 * interrupted download leaves it.
 */
export function readJson(path: string): unknown {
  const text = readUtf8(path);
  const defect = findJsonDefect(text);
  if (defect) {
    const { line, column } = lineAndColumn(text, defect.offset);
    const truncated = defect.offset >= text.trimEnd().length ? " (truncated file?)" : "";
    throw new InputError(path, `not valid JSON: ${defect.problem}${truncated}`, { row: line, column });
  }
  return JSON.parse(text);
}

function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >> 5 === 0b110 ? 2 : b >> 4 === 0b1110 ? 3 : b >> 3 === 0b11110 ? 4 : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k++) if (i + k >= bytes.length || bytes[i + k]! >> 6 !== 0b10) return i;
    i += length;
  }
  return bytes.length - 1;
}
