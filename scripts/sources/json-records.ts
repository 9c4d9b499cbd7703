import { InputError } from "../lib/errors.ts";
import { readJson } from "./read-text.ts";
import { controlCharacterProblem, jsonNumber } from "./strict-values.ts";

/**
 * A JSON array of objects whose accessors report the file, the record (1-based) and the field
 * (raw/afmps-pharmacies.ts and raw/osm-pharmacies.ts read theirs through it).
 */
export class JsonRecords {
  readonly records: unknown[];
  constructor(readonly file: string) {
    const parsed = readJson(file);
    if (!Array.isArray(parsed)) throw new InputError(file, "expected a JSON array of objects");
    if (parsed.length === 0) throw new InputError(file, "the array is empty (truncated file?)");
    this.records = parsed;
  }

  error(index: number, field: string, problem: string): InputError {
    return new InputError(this.file, problem, { row: index + 1, column: field });
  }

  object(index: number, value: unknown, field: string): Record<string, unknown> {
    if (typeof value !== "object" || value === null || Array.isArray(value))
      throw this.error(index, field, "missing or not an object");
    return value as Record<string, unknown>;
  }

  record(index: number): Record<string, unknown> {
    return this.object(index, this.records[index], "(record)");
  }

  text(index: number, value: unknown, field: string): string {
    if (value === undefined || value === null) throw this.error(index, field, "missing field");
    if (typeof value !== "string" && typeof value !== "number")
      throw this.error(index, field, `expected text, found ${JSON.stringify(value)}`);
    const text = String(value).trim();
    if (text === "") throw this.error(index, field, "empty value");
    const control = controlCharacterProblem(text);
    if (control) throw this.error(index, field, control);
    return text;
  }

  number(index: number, value: unknown, field: string): number {
    if (value === undefined) throw this.error(index, field, "missing field, a number is required");
    const read = jsonNumber(value);
    if ("problem" in read) throw this.error(index, field, read.problem);
    return read.number;
  }
}
