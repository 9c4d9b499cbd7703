import { describe, expect, it } from "vitest";
import { formatChange, formatRelative, relativeChange, visibleChange } from "../../../../src/lib/explorer/change.ts";
import { createTranslator } from "../../../../src/i18n/translate.ts";

const plain = (text: string) => text.replace(/[\u202f\u00a0]/g, " ");

describe("formatChange(change, unit, language, t)", () => {
  it("signs the change and writes shares in percentage points, in each language", () => {
    expect(formatChange(2.25, "percent", "en", createTranslator("en"))).toBe("+2.3 pp");
    expect(plain(formatChange(-2, "percent", "fr", createTranslator("fr")))).toBe("-2,0 pp");
    expect(formatChange(-2, "percent", "nl", createTranslator("nl"))).toBe("-2,0 procentpunt");
    expect(plain(formatChange(1250, "euros", "fr", createTranslator("fr")))).toBe("+1 250 €");
    expect(formatChange(-35, "metres", "en", createTranslator("en"))).toBe("-35 m");
    expect(formatChange(0, "rank_0_1", "en", createTranslator("en"))).toBe("0.00");
  });
});

describe("relativeChange(from, to, unit) and formatRelative(percent, language)", () => {
  it("gives a relative change only where it is a quantity and the first value is positive", () => {
    expect(relativeChange(20, 25, "percent")).toBe(25);
    expect(relativeChange(0, 5, "persons")).toBeNull();
    expect(relativeChange(-0.2, 0.1, "index")).toBe(null);
    expect(relativeChange(10, 15, "rank")).toBeNull();
    expect(relativeChange(0.4, 0.5, "rank_0_1")).toBeNull();
    expect(relativeChange(1.1, 1.2, "index_region_1")).toBeNull();
    expect(formatRelative(25, "en")).toBe("+25%");
    expect(formatRelative(-6.06, "en")).toBe("-6.1%");
  });
});

describe("visibleChange(unit)", () => {
  it("is half a unit of the last decimal shown", () => {
    expect(visibleChange("percent")).toBe(0.05);
    expect(visibleChange("euros")).toBe(0.5);
    expect(visibleChange("rank_0_1")).toBe(0.005);
  });
});
