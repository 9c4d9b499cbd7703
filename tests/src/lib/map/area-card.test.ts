import { describe, expect, it } from "vitest";
import { ordinal, rankText } from "../../../../src/lib/map/area-card.ts";
import { createTranslator } from "../../../../src/i18n/translate.ts";

describe("the tap card's rank", () => {
  it("writes ordinals in each language", () => {
    expect([1, 2, 3, 11].map((n) => ordinal("fr", n))).toEqual(["1er", "2e", "3e", "11e"]);
    expect([1, 3].map((n) => ordinal("nl", n))).toEqual(["1e", "3e"]);
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101].map((n) => ordinal("en", n))).toEqual([
      "1st",
      "2nd",
      "3rd",
      "4th",
      "11th",
      "12th",
      "13th",
      "21st",
      "22nd",
      "23rd",
      "101st",
    ]);
  });

  it("says the rank among the ranked areas, or that the area has none", () => {
    expect(rankText(createTranslator("fr"), "fr", 3, 116)).toBe("3e sur 116");
    expect(rankText(createTranslator("nl"), "nl", 3, 116)).toBe("3e van 116");
    expect(rankText(createTranslator("en"), "en", 3, 116)).toBe("3rd of 116");
    expect(rankText(createTranslator("en"), "en", null, 116)).toBe("not ranked");
  });
});
