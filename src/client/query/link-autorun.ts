/**
 * Whether a shared link's query (`?q=`) may run as soon as the page opens, or must wait for the
 * visitor to read it and press Run. It runs by itself only when it is one statement that reads
 * (SELECT, WITH, FROM, VALUES, TABLE, DESCRIBE, SHOW, SUMMARIZE, EXPLAIN, PIVOT) with no word that
 * writes, switches the database or changes the session anywhere in it, and passes two cheap
 * limits (its length, its numbers). Every query also runs under the limits of limits.ts, so a
 * query that passes here and is still too big ends with a message, not a crash.
 *
 * Words are read with the editor's lexer: a keyword inside a string, a quoted name or a comment
 * does not count.
 */
import { LINK_MAX_LENGTH, LINK_MAX_NUMBER } from "./limits.ts";
import { splitStatements, tokenize, words } from "./sql-tokens.ts";

export type LinkHold =
  | { reason: "length" }
  | { reason: "statements" }
  | { reason: "notQuery" }
  | { reason: "keyword"; keyword: string }
  | { reason: "number" };

const READING_STARTS: ReadonlySet<string> = new Set([
  "SELECT",
  "WITH",
  "FROM",
  "VALUES",
  "TABLE",
  "DESCRIBE",
  "SHOW",
  "SUMMARIZE",
  "EXPLAIN",
  "PIVOT",
  "UNPIVOT",
]);

/** Words that write, switch or detach a database, change settings, load code or manage transactions. */
const NOT_READING: ReadonlySet<string> = new Set(
  `ATTACH DETACH USE SET RESET INSTALL LOAD FORCE COPY EXPORT IMPORT CREATE DROP ALTER INSERT UPDATE
  DELETE TRUNCATE MERGE PRAGMA CALL CHECKPOINT VACUUM BEGIN COMMIT ROLLBACK ABORT PREPARE EXECUTE
  DEALLOCATE SECRET`.split(/\s+/),
);

/** Why a shared link's query waits for a click, or undefined when it may run on open. */
export function linkHold(sql: string): LinkHold | undefined {
  if (sql.length > LINK_MAX_LENGTH) return { reason: "length" };
  const statements = splitStatements(sql);
  if (statements.length !== 1) return { reason: "statements" };
  const statement = statements[0]!;
  const found = words(statement);
  const tokens = tokenize(statement);
  const first = tokens.find((token) => token.kind !== "space" && token.kind !== "comment");
  if (first?.text !== "(" && !READING_STARTS.has(found[0] ?? "")) return { reason: "notQuery" };
  const keyword = found.find((word) => NOT_READING.has(word));
  if (keyword) return { reason: "keyword", keyword };
  if (tokens.some((token) => token.kind === "number" && numberValue(token.text) > LINK_MAX_NUMBER))
    return { reason: "number" };
  return undefined;
}

/** A number as DuckDB reads it (1_000, 0x1F, 0b101, 5e8); one JavaScript cannot read counts as small. */
function numberValue(text: string): number {
  const value = Number(text.replace(/_/g, ""));
  return Number.isNaN(value) ? 0 : value;
}
