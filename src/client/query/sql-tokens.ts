/**
 * A small SQL lexer, enough to colour DuckDB SQL and to split a script into statements. It
 * never fails: every character lands in exactly one token, so the tokens joined give back the
 * input (the editor's overlay must line up with the textarea character for character).
 */
import { SQL_KEYWORDS } from "./sql-keywords.ts";

export type TokenKind =
  | "keyword"
  | "function"
  | "identifier"
  | "quoted"
  | "string"
  | "number"
  | "comment"
  | "operator"
  | "punctuation"
  | "space"
  | "other";

export interface Token {
  kind: TokenKind;
  text: string;
}

// Tried in order at each position; sticky (y) so each match starts exactly there. Unterminated
// strings and comments run to the end of the text, as the user is probably still typing them.
const rules: [TokenKind | "word", RegExp][] = [
  ["space", /\s+/y],
  ["comment", /--[^\n]*/y],
  ["comment", /\/\*[\s\S]*?(?:\*\/|$)/y],
  ["string", /[eE]?'(?:[^']|'')*(?:'|$)/y],
  ["string", /\$([A-Za-z_]\w*)?\$[\s\S]*?(?:\$\1\$|$)/y],
  ["quoted", /"(?:[^"]|"")*(?:"|$)/y],
  ["number", /(?:0[xX][\da-fA-F_]+|0[bB][01_]+|(?:\d[\d_]*(?:\.[\d_]*)?|\.\d[\d_]*)(?:[eE][+-]?\d+)?)(?![\w$])/y],
  ["word", /[A-Za-z_\u00C0-\uFFFF][\w$\u00C0-\uFFFF]*/y],
  ["operator", /::|->>|->|<=|>=|<>|!=|==|\|\||\*\*|[-+*/%<>=!|&^~@:?]/y],
  ["punctuation", /[(),;.[\]{}]/y],
  ["other", /[\s\S]/uy],
];

export function tokenize(sql: string): Token[] {
  const tokens: Token[] = [];
  let position = 0;
  while (position < sql.length) {
    for (const [kind, pattern] of rules) {
      pattern.lastIndex = position;
      const match = pattern.exec(sql);
      if (!match) continue;
      const text = match[0];
      tokens.push({ kind: kind === "word" ? wordKind(text, sql[position + text.length]) : kind, text });
      position += text.length;
      break;
    }
  }
  return tokens;
}

/** A keyword, a function (a name directly followed by a parenthesis) or a name. */
function wordKind(word: string, next: string | undefined): TokenKind {
  if (SQL_KEYWORDS.has(word.toUpperCase())) return "keyword";
  return next === "(" ? "function" : "identifier";
}

/**
 * The statements of a script, split on the semicolons that end them (not those inside strings,
 * quoted names or comments), without empty ones: DuckDB-WASM's `send()` runs one at a time.
 */
export function splitStatements(sql: string): string[] {
  const statements: Token[][] = [[]];
  for (const token of tokenize(sql)) {
    if (token.kind === "punctuation" && token.text === ";") statements.push([]);
    else statements.at(-1)!.push(token);
  }
  return statements
    .filter((tokens) => tokens.some((token) => token.kind !== "space" && token.kind !== "comment"))
    .map((tokens) => tokens.map((token) => token.text).join(""));
}

/**
 * The words of `sql` (keywords, names, functions) in upper case and in order, without those
 * inside strings, quoted names or comments: what the statement checks read.
 */
export function words(sql: string): string[] {
  return tokenize(sql)
    .filter((token) => token.kind === "keyword" || token.kind === "function" || token.kind === "identifier")
    .map((token) => token.text.toUpperCase());
}
