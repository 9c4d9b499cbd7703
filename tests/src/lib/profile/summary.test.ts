import { describe, expect, it } from "vitest";
import { createTranslator } from "../../../../src/i18n/translate.ts";
import { ordinal } from "../../../../src/lib/format.ts";
import {
  factDecile,
  inFirstDecile,
  summarySentences,
  type SummaryFact,
  type SummaryInput,
} from "../../../../src/lib/profile/summary.ts";
import type { Language } from "../../../../src/core/languages.ts";

/** A purpose-built fact: BIM share of an area among 100 ranked territories. */
function fact(over: Partial<SummaryFact> = {}): SummaryFact {
  return {
    label: "BIM share",
    value: "40.0%",
    polarity: "higher_is_worse",
    comparison: "worse",
    reliable: true,
    position: { fromWorst: 3, fromBest: 98, pool: 100 },
    ...over,
  };
}

function sentences(input: Partial<SummaryInput>, language: Language = "en"): string[] {
  return summarySentences(
    createTranslator(language),
    { name: "Testwijk", levels: "neighbourhoods", fragility: null, facts: [], ...input },
    (n) => ordinal(n, language),
  );
}

describe("the profile summary", () => {
  it("calls a worst-decile area one of the 10 % most fragile, with its rank", () => {
    expect(sentences({ fragility: { kind: "ranked", rank: 2, pool: 116 } })).toEqual([
      "Testwijk is among the 10% most socially fragile neighbourhoods of the region (2nd of 116).",
    ]);
    expect(sentences({ levels: "quartiers", fragility: { kind: "ranked", rank: 2, pool: 116 } }, "fr")).toEqual([
      "Testwijk fait partie des 10 % de quartiers les plus fragiles socialement de la région (2e sur 116).",
    ]);
  });

  it("says a least-fragile decile area is so, and a middle area only its rank", () => {
    expect(sentences({ fragility: { kind: "ranked", rank: 110, pool: 116 } })[0]).toBe(
      "Testwijk is among the 10% least socially fragile neighbourhoods of the region (110th of 116, the 1st being the most fragile).",
    );
    expect(sentences({ fragility: { kind: "ranked", rank: 58, pool: 116 } })[0]).toBe(
      "Social fragility of Testwijk: 58th of 116 neighbourhoods of the region (the 1st being the most fragile).",
    );
    // 12 of 116 is past the first tenth (11.6): not called a worst-decile area.
    expect(sentences({ fragility: { kind: "ranked", rank: 12, pool: 116 } })[0]).toContain(
      "12th of 116 neighbourhoods",
    );
  });

  it("says why an area is not ranked", () => {
    expect(sentences({ fragility: { kind: "unranked", reason: "too_few_residents" } }, "nl")).toEqual([
      "Testwijk wordt niet gerangschikt op sociale kwetsbaarheid: te weinig inwoners voor betrouwbare cijfers.",
    ]);
  });

  it("calls a value whose interval separates it from the region worst-decile only in that case", () => {
    expect(sentences({ facts: [fact()] })).toEqual([
      "BIM share: 40.0%, among the 10% least favourable neighbourhoods of the region.",
    ]);
    expect(sentences({ facts: [fact({ position: { fromWorst: 30, fromBest: 71, pool: 100 } })] })).toEqual([
      "BIM share: 40.0%, less favourable than the region.",
    ]);
  });

  it("never calls an area better or worse when its interval overlaps the region's", () => {
    const similar = fact({ comparison: "similar" });
    expect(factDecile(similar)).toBeNull();
    const [text] = sentences({ facts: [similar] });
    expect(text).toBe("BIM share: 40.0%, similar to the region (the data cannot tell them apart).");
    expect(text).not.toMatch(/better|worse|favourable|10%/);
  });

  it("reads the direction of the indicator: a low income in the bottom tenth is least favourable", () => {
    const income = fact({
      label: "Median income",
      value: "€14,000",
      polarity: "higher_is_better",
      comparison: "worse",
      position: { fromWorst: 1, fromBest: 100, pool: 100 },
    });
    expect(sentences({ facts: [income] })[0]).toBe(
      "Median income: €14,000, among the 10% least favourable neighbourhoods of the region.",
    );
    const pharmacy = fact({
      label: "Residents within 500 m of a pharmacy",
      value: "99.0%",
      polarity: "higher_is_better",
      comparison: "better",
      position: { fromWorst: 100, fromBest: 1, pool: 100 },
    });
    expect(sentences({ facts: [pharmacy] }, "en")[0]).toBe(
      "Residents within 500 m of a pharmacy: 99.0%, among the 10% most favourable neighbourhoods of the region.",
    );
  });

  it("says a value on few residents is not compared, whatever its verdict and rank", () => {
    const small = fact({ reliable: false });
    expect(factDecile(small)).toBeNull();
    expect(sentences({ facts: [small] }, "fr")[0]).toBe(
      "BIM share : 40.0%, calculé sur trop peu d'habitants pour être comparé de manière fiable.",
    );
  });

  it("leaves out missing values and states uncompared ones plainly", () => {
    expect(
      sentences({ facts: [fact({ value: null }), fact({ comparison: "not_compared", polarity: "neutral" })] }),
    ).toEqual(["BIM share: 40.0%."]);
  });

  it("keeps the two most telling facts: deciles and clear verdicts before similar values and bare ones", () => {
    const similar = fact({ label: "Similar", comparison: "similar" });
    const plain = fact({ label: "Plain", comparison: "not_compared", polarity: "neutral" });
    const worse = fact({ label: "Worse", position: { fromWorst: 50, fromBest: 51, pool: 100 } });
    const decile = fact({ label: "Decile" });
    expect(sentences({ facts: [plain, similar, worse, decile] }).map((s) => s.split(":")[0])).toEqual([
      "Decile",
      "Worse",
    ]);
    expect(sentences({ facts: [plain, similar] }).map((s) => s.split(":")[0])).toEqual(["Similar", "Plain"]);
  });

  it("counts the first decile as the first tenth of the pool", () => {
    expect(inFirstDecile(1, 19)).toBe(true);
    expect(inFirstDecile(2, 19)).toBe(false);
    expect(inFirstDecile(1, 6)).toBe(false);
    expect(inFirstDecile(1, 0)).toBe(false);
  });
});
