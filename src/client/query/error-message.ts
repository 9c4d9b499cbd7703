/**
 * DuckDB's error in plain words: a sentence saying what went wrong and what to do (a key in
 * src/i18n/messages/query.json) above DuckDB's own message, which names the exact place. The
 * workspace's own refusals and limits are explained the same way.
 */
import { QueryTimeLimitError } from "./limits.ts";
import { ResultTooLargeError } from "./result-set.ts";
import { StatementRefusedError } from "./statement-guard.ts";

export type ErrorHint =
  | "readOnly"
  | "syntax"
  | "table"
  | "column"
  | "function"
  | "extension"
  | "files"
  | "settings"
  | "memory"
  | "refusedDatabase"
  | "refusedExtension"
  | "resultSize"
  | "timeLimit"
  | "other";

export interface ExplainedError {
  hint: ErrorHint;
  /**
   * DuckDB's message, e.g. `Catalog Error: Table with name foo does not exist!`; the refused
   * statement for a refusal; empty for a limit, which the hint says all about.
   */
  detail: string;
}

// First match wins: the specific causes before the general ones.
const hints: [ErrorHint, RegExp][] = [
  ["readOnly", /read-only mode|read-only database/i],
  ["extension", /\bextension\b/i],
  ["files", /file system operations are disabled|Permission Error/i],
  ["settings", /configuration has been locked/i],
  ["memory", /Out of Memory/i],
  ["syntax", /^Parser Error|syntax error/i],
  ["function", /Function with name \S+ does not exist|No function matches/i],
  ["table", /Table with name \S+ does not exist/i],
  ["column", /Referenced column \S+ not found|column \S+ (?:does not exist|not found)/i],
];

export function explainError(error: unknown): ExplainedError {
  if (error instanceof StatementRefusedError)
    return { hint: error.refusal === "database" ? "refusedDatabase" : "refusedExtension", detail: error.statement };
  if (error instanceof ResultTooLargeError) return { hint: "resultSize", detail: "" };
  if (error instanceof QueryTimeLimitError) return { hint: "timeLimit", detail: "" };
  const detail = duckdbMessage(error);
  const hint = hints.find(([, pattern]) => pattern.test(detail))?.[0] ?? "other";
  return { hint, detail };
}

/**
 * DuckDB-WASM hands some errors over as JSON ({"exception_type":"Parser",
 * "exception_message":"syntax error…"}): unwrap them into DuckDB's usual "Parser Error: …".
 */
function duckdbMessage(error: unknown): string {
  const message = (error instanceof Error ? error.message : String(error)).trim();
  if (message.startsWith("{")) {
    try {
      const parsed = JSON.parse(message) as { exception_type?: string; exception_message?: string };
      if (parsed.exception_message)
        return `${parsed.exception_type ? `${parsed.exception_type} Error: ` : ""}${parsed.exception_message}`;
    } catch {
      // not JSON after all: show it as it is
    }
  }
  return message;
}
