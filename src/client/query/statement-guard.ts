/**
 * Statements the workspace refuses before they reach DuckDB: those that would switch, attach or
 * detach a database or change the session's settings (`USE memory; DETACH obs` left every later
 * query without the observatory database), and those that install or load an extension (the
 * workspace is offline: `INSTALL httpfs` answered "Done" and did nothing).
 *
 * Only a statement's first words count, read with the editor's lexer: `SELECT 'USE x'` or a
 * column named in a comment is not refused.
 */
import { words } from "./sql-tokens.ts";

export type Refusal = "database" | "extension";

const DATABASE_STATEMENTS: ReadonlySet<string> = new Set(["USE", "ATTACH", "DETACH", "SET", "RESET"]);
const EXTENSION_STATEMENTS: ReadonlySet<string> = new Set(["INSTALL", "LOAD", "FORCE"]);
/** The longest part of a refused statement the message repeats. */
const ECHO_LENGTH = 200;

export class StatementRefusedError extends Error {
  override name = "StatementRefusedError";
  constructor(
    readonly refusal: Refusal,
    /** The refused statement, shortened to ECHO_LENGTH characters. */
    readonly statement: string,
  ) {
    super(`Refused before reaching DuckDB: ${statement}`);
  }
}

/** Why `statement` must not reach DuckDB, or undefined when it may. */
export function refusal(statement: string): Refusal | undefined {
  const [first, second] = words(statement);
  if (first === undefined) return undefined;
  // DuckDB's own variables (SET VARIABLE x = 1, getvariable('x')) change neither.
  if ((first === "SET" || first === "RESET") && second === "VARIABLE") return undefined;
  if (DATABASE_STATEMENTS.has(first)) return "database";
  if (EXTENSION_STATEMENTS.has(first) || (first === "UPDATE" && second === "EXTENSIONS")) return "extension";
  return undefined;
}

/** Throws StatementRefusedError for the first refused statement of a script, before any runs. */
export function checkStatements(statements: readonly string[]): void {
  for (const statement of statements) {
    const refused = refusal(statement);
    if (refused) throw new StatementRefusedError(refused, shortened(statement.trim()));
  }
}

function shortened(text: string): string {
  return text.length > ECHO_LENGTH ? `${text.slice(0, ECHO_LENGTH)}…` : text;
}
