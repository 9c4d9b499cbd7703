import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Papa from "papaparse";
import { beforeAll, describe, expect, it } from "vitest";
import { runPipeline } from "../../../../scripts/pipeline.ts";
import { MIN_RESIDENTS } from "../../../../scripts/indicators/reliability/parameters.ts";
import { treatmentOf } from "../../../../scripts/indicators/reliability/rule.ts";
import { flagTokens, isRankable } from "../../../../src/core/reliability.ts";

const outDir = join(mkdtempSync(join(tmpdir(), "obs-reliability-")), "data");
type Row = Record<string, string>;
const tables: Record<string, Row[]> = {};
const read = (name: string) =>
  Papa.parse<Row>(readFileSync(join(outDir, "tables", `${name}.csv`), "utf8"), { header: true, skipEmptyLines: true })
    .data;

beforeAll(async () => {
  await runPipeline({ outDir });
  for (const name of [
    "indicators",
    "territories",
    "quartiers",
    "indicator_catalog",
    "method_parameters",
    "data_quality",
  ])
    tables[name] = read(name);
}, 120_000);

const indicator = (level: string, code: string, id: string) =>
  tables.indicators!.find((r) => r.level === level && r.territory_code === code && r.indicator_id === id)!;

describe("the reliability rule on the real data", () => {
  it("publishes no value resting on fewer residents than the threshold without its flag", () => {
    const population = new Map(
      tables.territories!.map((t) => [`${t.level}/${t.territory_code}`, Number(t.population)]),
    );
    const unit = new Map(tables.indicator_catalog!.map((c) => [c.indicator_id!, c.unit!]));
    const unflagged = tables.indicators!.filter(
      (r) =>
        r.value !== "" &&
        population.get(`${r.level}/${r.territory_code}`)! < MIN_RESIDENTS &&
        treatmentOf({ unit: unit.get(r.indicator_id!)! }, r.level!) !== "exempt" &&
        !flagTokens(r.flag).includes("small_denominator"),
    );
    expect(unflagged.map((r) => `${r.level} ${r.territory_code} ${r.indicator_id}`)).toEqual([]);
    expect(
      tables.method_parameters!.find((p) => p.family === "reliability" && p.parameter === "min_residents"),
    ).toMatchObject({ value: String(MIN_RESIDENTS) });
  });

  it("withholds Quartier Royal's and Delta's pharmacies per 10,000 (91.19 and 63.69 before), keeping their counts", () => {
    expect(indicator("quartier", "6", "services_per_10000_pharmacy")).toMatchObject({
      value: "",
      numerator: "3.0",
      denominator: "329.0",
      flag: "suppressed_small_denominator",
    });
    expect(indicator("quartier", "802", "services_per_10000_hospital_emergency")).toMatchObject({
      value: "",
      numerator: "1.0",
      flag: "non_residential;suppressed_small_denominator",
    });
  });

  it("states each decision in data_quality, naming the territory, its residents and what was withheld", () => {
    const royal = tables.data_quality!.find((n) => n.level === "quartier" && n.territory_code === "6")!;
    expect(royal.issue).toBe("small_denominator");
    expect(royal.detail).toMatch(
      /^329 residents, under the 1000 of reliability\/min_residents\. Withheld \(suppressed_small_denominator\): services_per_10000_pharmacy, /,
    );
    const delta = tables.data_quality!.find((n) => n.level === "quartier" && n.territory_code === "802")!;
    expect(delta.detail).toMatch(/^Non-residential quartier .* 157 residents, under the 1000/);
  });

  it("marks every value of a cemetery, industrial zone or park, even one with many residents", () => {
    const nonResidential = new Set(
      tables.quartiers!.filter((q) => q.type !== "residential").map((q) => q.quartier_code),
    );
    expect(nonResidential.has("803")).toBe(true); // Industrie Sud, 3,341 residents
    const unmarked = tables.indicators!.filter(
      (r) =>
        r.level === "quartier" &&
        nonResidential.has(r.territory_code!) &&
        r.value !== "" &&
        !flagTokens(r.flag).includes("non_residential"),
    );
    expect(unmarked.map((r) => `${r.territory_code} ${r.indicator_id}`)).toEqual([]);
  });

  it("lets no park, cemetery or industrial zone head a quartier ranking: every top value is rankable", () => {
    const residential = new Set(tables.quartiers!.filter((q) => q.type === "residential").map((q) => q.quartier_code));
    const polarity = new Map(tables.indicator_catalog!.map((c) => [c.indicator_id!, c.polarity!]));
    for (const id of new Set(tables.indicators!.map((r) => r.indicator_id!))) {
      const ranked = tables.indicators!.filter(
        (r) => r.level === "quartier" && r.indicator_id === id && r.value !== "" && isRankable(r.flag),
      );
      if (!ranked.length || polarity.get(id) === "neutral") continue;
      const sign = polarity.get(id) === "higher_is_better" ? 1 : -1;
      const worst = ranked.toSorted((a, b) => sign * (Number(a.value) - Number(b.value)))[0]!;
      const best = ranked.toSorted((a, b) => sign * (Number(b.value) - Number(a.value)))[0]!;
      expect(residential.has(worst.territory_code!), `${id} worst ${worst.territory_code}`).toBe(true);
      expect(residential.has(best.territory_code!), `${id} best ${best.territory_code}`).toBe(true);
    }
  });

  it("publishes an interval containing each share and rate with a count, and a comparison with the region", () => {
    const withCounts = tables.indicators!.filter(
      (r) => r.value !== "" && r.numerator !== "" && r.denominator !== "" && r.indicator_id!.startsWith("share_within"),
    );
    expect(withCounts.length).toBeGreaterThan(1000);
    for (const r of withCounts) {
      expect(Number(r.ci_low)).toBeLessThanOrEqual(Number(r.value));
      expect(Number(r.ci_high)).toBeGreaterThanOrEqual(Number(r.value));
      expect(r.level === "region" ? "" : r.region_comparison).toMatch(
        r.level === "region" ? /^$/ : /^(better|similar|worse)$/,
      );
    }
    // Quartier Royal: 133 of 329 residents within 1 km of a general emergency department, 41 % in
    // whole points; Wilson 35.26–45.81 %, rounded outwards to whole points like the value: 35–46.
    expect(indicator("quartier", "6", "share_within_1000m_hospital_emergency")).toMatchObject({
      value: "41.0",
      ci_low: "35.0",
      ci_high: "46.0",
      // The region's 36 % lies inside: similar, where the point rule said "better".
      region_comparison: "similar",
    });
  });
});
