import { describe, expect, it } from "vitest";
import { numberFormats } from "../src/lib/format.ts";

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
