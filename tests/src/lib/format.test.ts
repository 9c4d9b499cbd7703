import { describe, expect, it } from "vitest";
import { formatters, numberFormats } from "../../../src/lib/format.ts";

// Intl separates thousands with (narrow) no-break spaces in French: compare with plain spaces.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

describe("formatters(language)", () => {
  it("formats numbers per language, keeping codes and years together", () => {
    expect(plain(formatters("fr").cell(1246136))).toBe("1 246 136");
    expect(formatters("nl").cell(1246136)).toBe("1.246.136");
    expect(formatters("en").cell(1246136)).toBe("1,246,136");
    expect(formatters("fr").cell(0.5478)).toBe("0,5478");
    expect(formatters("nl").cell(2024)).toBe("2024");
    expect(formatters("en").cell(9007199254740993n)).toBe("9,007,199,254,740,993");
  });

  it("shows NULL, text and booleans as they are", () => {
    expect(formatters("fr").cell(null)).toBe("NULL");
    expect(formatters("fr").cell("Marolles")).toBe("Marolles");
    expect(formatters("en").cell(true)).toBe("true");
  });

  it("gives durations in milliseconds, then seconds", () => {
    expect(plain(formatters("fr").duration(45.4))).toBe("45 ms");
    expect(plain(formatters("fr").duration(1234))).toBe("1,2 s");
    expect(plain(formatters("en").duration(2000))).toBe("2 s");
    expect(plain(formatters("nl").duration(12_345))).toBe("12,3 s");
  });
});

describe("numberFormats(locale)", () => {
  it("builds one set per locale, however often a table asks for it", () => {
    expect(numberFormats("fr-BE")).toBe(numberFormats("fr-BE"));
    expect(numberFormats("nl-BE")).not.toBe(numberFormats("fr-BE"));
  });

  it("writes numbers as the locale does", () => {
    expect(numberFormats("nl-BE").decimal(1234.5, 2)).toBe("1.234,50");
    expect(numberFormats("en-GB").signedPercent(0.125)).toBe("+12.5%");
    expect(numberFormats("en-GB").euros(21060)).toBe("€21,060");
  });
});
