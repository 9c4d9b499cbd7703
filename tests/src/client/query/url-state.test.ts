import { describe, expect, it } from "vitest";
import { sqlFromSearch, urlWithSql } from "../../../../src/client/query/url-state.ts";

const sql =
  "-- Quartiers « fragiles » & pharmacies\nSELECT name_fr, 100 - value AS \"%\"\nFROM quartiers\nWHERE name_fr LIKE 'Saint-%' OR x = 'a+b#c?d';";

describe("urlWithSql(href, sql) and sqlFromSearch(search)", () => {
  it("round-trip any query, with accents, quotes, +, #, ?, % and line breaks", () => {
    const href = urlWithSql("https://example.org/fr/query/", sql);
    expect(href.startsWith("https://example.org/fr/query/?q=")).toBe(true);
    expect(sqlFromSearch(new URL(href).search)).toBe(sql);
  });

  it("keeps the other parameters and the fragment, and replaces an older query", () => {
    const href = urlWithSql("https://example.org/en/query/?q=SELECT+1&view=chart#result", "SELECT 2");
    const url = new URL(href);
    expect(url.searchParams.get("view")).toBe("chart");
    expect(url.hash).toBe("#result");
    expect(sqlFromSearch(url.search)).toBe("SELECT 2");
  });

  it("drops trailing spaces and removes the parameter for an empty query", () => {
    expect(sqlFromSearch(new URL(urlWithSql("https://example.org/q/", "SELECT 1;\n\n  ")).search)).toBe("SELECT 1;");
    expect(urlWithSql("https://example.org/q/?q=SELECT+1&x=1", "  \n")).toBe("https://example.org/q/?x=1");
  });

  it("reads nothing when there is no query", () => {
    expect(sqlFromSearch("")).toBeUndefined();
    expect(sqlFromSearch("?x=1")).toBeUndefined();
    expect(sqlFromSearch("?q=%20%20")).toBeUndefined();
  });

  it("reads links written by hand, with %20 or + for spaces", () => {
    expect(sqlFromSearch("?q=SELECT%20*%20FROM%20bassins")).toBe("SELECT * FROM bassins");
    expect(sqlFromSearch("?q=SELECT+*+FROM+bassins")).toBe("SELECT * FROM bassins");
  });
});
