/**
 * SQL as HTML for the editor's overlay: the textarea's text, escaped, with each token that has
 * a colour wrapped in a span (`tok-keyword`, `tok-string`…). Nothing else changes, so the
 * overlay lines up with the textarea underneath it.
 */
import { tokenize, type TokenKind } from "./sql-tokens.ts";

const coloured: ReadonlySet<TokenKind> = new Set([
  "keyword",
  "function",
  "quoted",
  "string",
  "number",
  "comment",
  "operator",
]);

export function highlightSql(sql: string): string {
  let html = "";
  for (const token of tokenize(sql)) {
    const text = escapeHtml(token.text);
    html += coloured.has(token.kind) ? `<span class="tok-${token.kind}">${text}</span>` : text;
  }
  // A final newline would not give the overlay a last line as the textarea has: add a space.
  return sql.endsWith("\n") || sql === "" ? `${html} ` : html;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
