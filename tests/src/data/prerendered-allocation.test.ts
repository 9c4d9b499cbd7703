import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { prerenderedAllocation } from "../../../src/data/prerendered-allocation.ts";
import { indicator } from "../../../src/data/site-data.ts";

const fragility = indicator("fragility_index");

describe("prerenderedAllocation(language, need)", () => {
  it.each(["fr", "en"] as const)(
    "in %s: the default setting (1,000,000 € over the 145 quartiers by fragility, k = 1) as the script draws it",
    async (language) => {
      const info = { label: fragility.label[language], unit: fragility.unit, year: fragility.year };
      const drawn = await prerenderedAllocation(language, info);
      const { document } = parseHTML(
        `<!doctype html><div id="map">${drawn.map}</div><table><tbody>${drawn.rows}</tbody></table><div id="f">${drawn.formula}</div>`,
      );
      expect(document.querySelectorAll("#map path[data-code]")).toHaveLength(145);
      const rows = [...document.querySelectorAll("tbody tr")];
      expect(rows).toHaveLength(145);
      expect(rows.map((row) => row.querySelector("td")!.textContent)).toEqual(
        Array.from({ length: 145 }, (_, i) => String(i + 1)),
      );
      // The shares are whole euros that add up exactly to the amount (column 6).
      const shares = rows.map((row) => Number(row.querySelectorAll("td")[4]!.textContent!.replace(/[^\d]/g, "")));
      expect(shares.reduce((sum, share) => sum + share, 0)).toBe(1_000_000);
      expect(drawn.summary).toContain(language === "fr" ? "145 quartiers" : "145 neighbourhoods");
      expect(drawn.caption).toContain(fragility.label[language]);
      expect(document.querySelectorAll("#f p").length).toBeGreaterThanOrEqual(4);
      expect(drawn.legend.length).toBeGreaterThanOrEqual(3);
      expect(drawn.legend.every((item) => /\(\d+ /.test(item.label))).toBe(true);
    },
  );
});
