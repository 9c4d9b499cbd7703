/**
 * What can be wrong with a practice register, each with its English wording (the pipeline's
 * InputError uses it) and a message key whose French, Dutch and English texts are in
 * src/i18n/messages/gp-register-errors.json (a test keeps the English texts identical).
 */

/** English templates by issue code; `{name}` placeholders are filled from the issue's values. */
export const REGISTER_MESSAGES = {
  emptyFile: "the file is empty",
  unknownFormat: "{file} is neither a CSV nor an XLSX file: save the register as CSV (UTF-8) or XLSX",
  notUtf8:
    "the file is not UTF-8: byte {byte} looks like Latin-1 or Windows-1252; save it again as CSV UTF-8 and load it again",
  wrongSeparator: "columns are separated by {separator}: separate them with a comma (,) or a semicolon (;)",
  badXlsx: "the XLSX file cannot be read ({reason}): save it again from a spreadsheet, or as CSV (UTF-8)",
  unclosedQuote: "a quoted cell opened on this row is never closed",
  missingColumn: "the column {column} is missing: it is required",
  missingLocationColumns:
    "no location column: give lon and lat (WGS84), or x_l72 and y_l72 (Lambert 72), or sector_code, or quartier_code",
  missingPairColumn: "the column {column} is given without {other}: give both",
  duplicateColumn: "the column {column} appears twice in the header",
  extraCells: "this row has {found} cells but the header has {expected} columns",
  missingValue: "{column} is empty: every row needs one",
  duplicateRow: "this row repeats row {first}",
  duplicateId: "practice_id {value} is already used on row {first}",
  noLocation: "the row has no location: fill lon and lat, x_l72 and y_l72, sector_code or quartier_code",
  incompletePair: "{column} is given but {other} is empty",
  notANumber: '"{value}" is not a number',
  decimalComma:
    '"{value}" has a decimal comma: write decimals with a point, or separate the columns with semicolons (;)',
  outOfRange: "{value} is outside the accepted range {min} to {max}",
  notAnInteger: "{value} is not a whole number",
  outsideRegion:
    "the position {lon}, {lat} (WGS84) lies outside every statistical sector of the Brussels-Capital Region",
  unknownSector: 'unknown statistical sector code "{value}"',
  unknownQuartier: 'unknown quartier code "{value}" (the Monitoring des Quartiers codes, 1 to 999)',
  parameterIgnored: "{parameter}={value} is not accepted ({accepted}): the default {fallback} is used",
  notYesNo: '"{value}" is not yes or no (yes/no, oui/non, ja/nee, true/false, 1/0)',
} as const;

export type RegisterIssueCode = keyof typeof REGISTER_MESSAGES;

/**
 * Values that are codes rather than words (a separator is "tab" or "bar"): each code's English
 * words, translated under `gpRegisterError.<value name>.<code>` in gp-register-errors.json, so a
 * French or Dutch message never carries an English word.
 */
export const REGISTER_VALUE_WORDS = {
  separator: { tab: "tabs", bar: "vertical bars (|)" },
} as const satisfies Record<string, Record<string, string>>;

type CodedValue = keyof typeof REGISTER_VALUE_WORDS;

/** The message key of a coded value's words. */
export function valueWordKey(name: string, code: string): string {
  return `${REGISTER_MESSAGE_PREFIX}${name}.${code}`;
}

/** An issue's values with each coded value replaced by its words, as `translate` gives them for its key. */
export function localisedIssueValues(
  issue: Pick<RegisterIssue, "values">,
  translate: (key: string) => string,
): Record<string, string | number> {
  const values = { ...issue.values };
  for (const name of Object.keys(REGISTER_VALUE_WORDS) as CodedValue[]) {
    const code = values[name];
    if (typeof code === "string" && code in REGISTER_VALUE_WORDS[name])
      values[name] = translate(valueWordKey(name, code));
  }
  return values;
}

/** Prefix of the issues' keys in the message files. */
export const REGISTER_MESSAGE_PREFIX = "gpRegisterError.";

export interface RegisterIssue {
  /** 1-based line of the file (CSV) or sheet row (XLSX); the header is row 1. Null for the file as a whole. */
  row: number | null;
  /** The column the problem is in, by its header name, or null. */
  column: string | null;
  code: RegisterIssueCode;
  /** Message key in src/i18n/messages/gp-register-errors.json. */
  key: string;
  values: Record<string, string | number>;
  /** The problem in English, without the row and column (see describeIssue). */
  message: string;
}

export function fillMessage(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
}

export function registerIssue(
  code: RegisterIssueCode,
  row: number | null,
  column: string | null,
  values: Record<string, string | number> = {},
): RegisterIssue {
  return {
    row,
    column,
    code,
    key: REGISTER_MESSAGE_PREFIX + code,
    values,
    message: fillMessage(REGISTER_MESSAGES[code], localisedIssueValues({ values }, englishWords)),
  };
}

function englishWords(key: string): string {
  const [name, code] = key.slice(REGISTER_MESSAGE_PREFIX.length).split(".") as [CodedValue, string];
  return (REGISTER_VALUE_WORDS[name] as Record<string, string>)[code]!;
}

/** "row 5, column "sector_code": unknown ...", the way the pipeline's InputError words a location. */
export function describeIssue(issue: RegisterIssue): string {
  const where = [
    issue.row === null ? null : `row ${issue.row}`,
    issue.column === null ? null : `column "${issue.column}"`,
  ]
    .filter(Boolean)
    .join(", ");
  return where ? `${where}: ${issue.message}` : issue.message;
}

/** A register that cannot be read at all (encoding, format, separator, header). */
export class RegisterError extends Error {
  override readonly name = "RegisterError";
  readonly row: number | null;
  readonly column: string | null;
  readonly key: string;
  readonly values: Record<string, string | number>;
  constructor(readonly issue: RegisterIssue) {
    super(issue.message);
    this.row = issue.row;
    this.column = issue.column;
    this.key = issue.key;
    this.values = issue.values;
  }
}

export function registerError(
  code: RegisterIssueCode,
  row: number | null,
  column: string | null,
  values: Record<string, string | number> = {},
): RegisterError {
  return new RegisterError(registerIssue(code, row, column, values));
}
