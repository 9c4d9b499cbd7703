import { describe, expect, it } from "vitest";
import { parseLocaleNumber, writeLocaleNumber } from "../../../src/lib/locale-number.ts";

const read = (text: string, language: "fr" | "nl" | "en") => parseLocaleNumber(text, language);

describe("parseLocaleNumber(text, language)", () => {
  it.each(["fr", "nl"] as const)("reads %s's decimal comma and its thousands separators", (language) => {
    expect(read("2,5", language)).toEqual({ ok: true, value: 2.5 });
    expect(read("1.000.000", language)).toEqual({ ok: true, value: 1_000_000 });
    expect(read("1 000 000", language)).toEqual({ ok: true, value: 1_000_000 });
    expect(read("1\u00a0000\u00a0000", language)).toEqual({ ok: true, value: 1_000_000 });
    expect(read("1\u202f000\u202f000", language)).toEqual({ ok: true, value: 1_000_000 });
    expect(read("1.234,75", language)).toEqual({ ok: true, value: 1234.75 });
    expect(read("  100 ", language)).toEqual({ ok: true, value: 100 });
    expect(read("1000000", language)).toEqual({ ok: true, value: 1_000_000 });
    expect(read("0,1", language)).toEqual({ ok: true, value: 0.1 });
    expect(read("-3,5", language)).toEqual({ ok: true, value: -3.5 });
  });

  it.each(["fr", "nl"] as const)("refuses in %s what cannot be read one way only", (language) => {
    for (const text of [
      "2,5,3",
      "1.000,5.3",
      "abc",
      "2.5",
      "1.50",
      "1.0000",
      "12.34.567",
      "1.000 000",
      "1,",
      ",5",
      "1e6",
      "+2",
      "0x10",
      "2,5 €",
    ])
      expect([text, read(text, language)]).toEqual([text, { ok: false, reason: "unreadable" }]);
    expect(read("   ", language)).toEqual({ ok: false, reason: "empty" });
  });

  it("reads English's decimal point and thousands comma", () => {
    expect(read("2.5", "en")).toEqual({ ok: true, value: 2.5 });
    expect(read("1,000,000", "en")).toEqual({ ok: true, value: 1_000_000 });
    expect(read("1 000 000", "en")).toEqual({ ok: true, value: 1_000_000 });
    expect(read("1,234.75", "en")).toEqual({ ok: true, value: 1234.75 });
    expect(read("1.000", "en")).toEqual({ ok: true, value: 1 });
  });

  it("refuses in English a decimal comma and mixed grouping", () => {
    for (const text of ["2,5", "2,5,3", "1.000.000", "1.000,5.3", "abc", "1,00", "1,000 000"])
      expect([text, read(text, "en")]).toEqual([text, { ok: false, reason: "unreadable" }]);
  });
});

describe("writeLocaleNumber(value, language)", () => {
  it("writes the language's decimal separator without grouping, so that it reads back", () => {
    expect(writeLocaleNumber(2.5, "fr")).toBe("2,5");
    expect(writeLocaleNumber(1_000_000, "nl")).toBe("1000000");
    expect(writeLocaleNumber(2.5, "en")).toBe("2.5");
    for (const language of ["fr", "nl", "en"] as const)
      expect(read(writeLocaleNumber(1234.5, language), language)).toEqual({ ok: true, value: 1234.5 });
  });
});
