import { describe, expect, it } from "vitest";
import { createTranslator } from "../../../../src/i18n/translate.ts";
import { comparisonMarkSvg } from "../../../../src/lib/compare/mark.ts";
import type { CompareLevelData } from "../../../../src/lib/compare/data.ts";
import { resolveArea } from "../../../../src/lib/compare/table.ts";
import {
  areaNameOf,
  intervalWords,
  levelWord,
  rankWords,
  valueWords,
  verdictWords,
} from "../../../../src/lib/compare/words.ts";

const en = createTranslator("en");
const fr = createTranslator("fr");

describe("the comparison's words", () => {
  it("writes a value as the profiles do, and why there is none", () => {
    expect(valueWords(en, "en", { v: 38.11, y: 2024 }, "percent")).toBe("38.1%");
    expect(valueWords(fr, "fr", { v: 20019, y: 2022 }, "euros")).toBe(
      new Intl.NumberFormat("fr-BE", { style: "currency", currency: "EUR", maximumFractionDigits: 0 }).format(20019),
    );
    expect(valueWords(en, "en", { v: null, y: 2024, f: "suppressed_small_denominator" }, "per_1000")).toBe(
      en("profile.value.tooFewResidents"),
    );
    expect(valueWords(en, "en", { v: null, y: 2024, f: "not_applicable" }, "percent")).toBe(
      en("profile.value.notApplicable"),
    );
    expect(valueWords(en, "en", { v: null, y: 2024, f: "supply_not_available" }, "percent")).toBe(
      en("profile.value.notAvailable"),
    );
    expect(valueWords(en, "en", { v: null, y: 2024 }, "percent")).toBe(en("profile.value.noData"));
    expect(valueWords(en, "en", null, "percent")).toBe("not published at this level");
  });

  it("gives the interval only where both ends and the value exist", () => {
    expect(intervalWords(en, "en", { v: 30, y: 2024, lo: 28, hi: 32 }, "percent")).toBe(
      en("profile.value.interval", { low: "28.0%", high: "32.0%" }),
    );
    expect(intervalWords(en, "en", { v: 30, y: 2024, lo: 28 }, "percent")).toBeNull();
    expect(intervalWords(en, "en", { v: null, y: 2024, lo: 28, hi: 32 }, "percent")).toBeNull();
  });

  it("reads a rank as the profile does, and names levels and verdicts", () => {
    expect(rankWords(en, "en", { rank: 2, pool: 115 })).toBe("2nd of 115");
    expect(rankWords(fr, "fr", { rank: 1, pool: 115 })).toBe("1er sur 115");
    expect(rankWords(en, "en", null)).toBeNull();
    expect(levelWord(en, "sector")).toBe("statistical sector");
    expect(verdictWords(en, "reference", "the region")).toBe("reference");
    expect(verdictWords(en, { verdict: "worse", reason: "interval" }, "Marolles")).toBe("worse than Marolles");
    expect(verdictWords(en, { verdict: "similar", reason: "unreliable" }, "Marolles")).toBe(
      "similar to Marolles: cannot tell (too few residents or not a residential area)",
    );
    expect(verdictWords(en, { verdict: "not_compared", reason: "other_level" }, "x")).toBe(
      "not compared: a rank within another level",
    );
  });

  it("names an area in the language asked", () => {
    const data: CompareLevelData = {
      level: "commune",
      codes: ["21004"],
      names: { fr: ["Bruxelles"], nl: ["Brussel"], en: ["Brussels"] },
      order: [],
      cells: {},
    };
    expect(areaNameOf(resolveArea({ level: "commune", code: "21004" }, data)!, "nl")).toBe("Brussel");
  });
});

describe("comparisonMarkSvg(comparison)", () => {
  it("draws the profile's shape and colour, hidden from assistive technology", () => {
    expect(comparisonMarkSvg("worse")).toContain('fill="#c23b22"');
    expect(comparisonMarkSvg("worse")).toContain('<path d="M7 1.5 13 12.5H1Z"/>');
    expect(comparisonMarkSvg("better")).toContain("<circle");
    expect(comparisonMarkSvg("similar")).toContain('aria-hidden="true"');
  });
});
