/**
 * An error in a raw input, located as precisely as the format allows.
 * Every bad-input path of the pipeline throws one of these so that the
 * message always names the file and, where it applies, the row and column.
 */
export class InputError extends Error {
  override readonly name = "InputError";
  constructor(
    readonly file: string,
    readonly problem: string,
    readonly location: { row?: number; column?: string | number } = {},
  ) {
    super(formatInputError(file, problem, location));
  }
}

function formatInputError(
  file: string,
  problem: string,
  { row, column }: { row?: number; column?: string | number },
): string {
  const where = [
    row === undefined ? undefined : `row ${row}`,
    column === undefined ? undefined : `column ${typeof column === "number" ? column : `"${column}"`}`,
  ].filter(Boolean);
  return `${file}${where.length ? ` (${where.join(", ")})` : ""}: ${problem}`;
}

/** A failed consistency check between inputs (the pipeline's own invariants). */
export class InvariantError extends Error {
  override readonly name = "InvariantError";
}
