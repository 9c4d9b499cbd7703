import { describe, expect, it } from "vitest";
import { escapeHtml, highlightSql } from "../../../../src/client/query/highlight.ts";

describe("highlightSql(sql)", () => {
  it("wraps coloured tokens in spans and leaves names and spaces as text", () => {
    expect(highlightSql("SELECT name_fr FROM quartiers LIMIT 3 -- top")).toBe(
      '<span class="tok-keyword">SELECT</span> name_fr <span class="tok-keyword">FROM</span> quartiers <span class="tok-keyword">LIMIT</span> <span class="tok-number">3</span> <span class="tok-comment">-- top</span>',
    );
  });

  it("escapes HTML, so a query can never inject markup into the page", () => {
    expect(highlightSql("SELECT '<img src=x onerror=alert(1)>' & 1")).toBe(
      '<span class="tok-keyword">SELECT</span> <span class="tok-string">&#39;&#60;img src=x onerror=alert(1)&#62;&#39;</span> <span class="tok-operator">&#38;</span> <span class="tok-number">1</span>',
    );
  });

  it("keeps the text of the textarea character for character", () => {
    const sql = 'SELECT "a""b", $$x$$\n\tFROM t\n';
    const text = highlightSql(sql)
      .replace(/<[^>]+>/g, "")
      .replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)));
    // A trailing newline gets one space, so that the overlay has the textarea's last line.
    expect(text).toBe(`${sql} `);
  });

  it("gives an empty editor one space", () => {
    expect(highlightSql("")).toBe(" ");
  });
});

describe("escapeHtml(text)", () => {
  it("escapes the five HTML-significant characters", () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe("&#60;a href=&#34;x&#34;&#62;&#39;&#38;&#39;&#60;/a&#62;");
  });
});
