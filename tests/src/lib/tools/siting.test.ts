import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../../../../scripts/lib/paths.ts";
import { readCsvTable, readTopology } from "../../../../src/data/observatory-data.ts";
import { projectPoint, regionProjection } from "../../../../src/lib/map/geometry.ts";
import {
  coverageByBassin,
  demandWeights,
  EXISTING,
  FRAGILITY_SCALE,
  greedyCoverage,
  metresPerSvgUnit,
  runSiting,
  sitingDataFromTables,
  UNCOVERED,
  type CoverageProblem,
  type Point,
} from "../../../../src/lib/tools/siting.ts";
import { parseSitingState, serializeSitingState, SITING_DEFAULTS } from "../../../../src/client/tools/siting-state.ts";

/** Points on a horizontal line (metres), for cases that can be checked by hand. */
const line = (...xs: number[]): Point[] => xs.map((x) => ({ x, y: 0 }));

function problem(p: Partial<CoverageProblem> & Pick<CoverageProblem, "points" | "weight">): CoverageProblem {
  return { population: p.weight, candidates: p.points.map((_, i) => i), existing: [], radius: 1, k: 1, ...p };
}

/** The best total weight of any k candidates, by trying every combination (no existing centres). */
function optimum(pr: CoverageProblem): number {
  const covers = pr.candidates.map((c) =>
    pr.points.flatMap((p, i) => (Math.hypot(p.x - pr.points[c]!.x, p.y - pr.points[c]!.y) <= pr.radius ? [i] : [])),
  );
  const total = (covered: Set<number>) => [...covered].reduce((s, i) => s + pr.weight[i]!, 0);
  let best = 0;
  const choose = (start: number, left: number, covered: Set<number>) => {
    best = Math.max(best, total(covered));
    if (left === 0) return;
    for (let c = start; c < covers.length; c++) choose(c + 1, left - 1, new Set([...covered, ...covers[c]!]));
  };
  choose(0, pr.k, new Set());
  return best;
}

describe("greedyCoverage(problem)", () => {
  it("finds the known optimum of three clusters, largest first, with each pick's added coverage", () => {
    // Clusters around x = 0 (300 residents), x = 10 (500) and x = 20 (200); radius 1.
    const points = line(-0.8, 0, 0.8, 9.2, 10, 10.8, 19.2, 20, 20.8);
    const weight = [100, 100, 100, 200, 100, 200, 50, 100, 50];
    const result = greedyCoverage(problem({ points, weight, k: 2 }));
    expect(result.picks.map((p) => p.site)).toEqual([4, 1]);
    expect(result.picks.map((p) => p.gain)).toEqual([500, 300]);
    expect(result.picks.map((p) => p.cumulativeGain)).toEqual([500, 800]);
    expect(result.picks.at(-1)!.cumulativeGain).toBe(optimum(problem({ points, weight, k: 2 })));
    expect([...result.coveredBy]).toEqual([1, 1, 1, 0, 0, 0, UNCOVERED, UNCOVERED, UNCOVERED]);
    expect(result.exhausted).toBe(false);
  });

  it("is suboptimal where the best first site blocks a better pair (pinned behaviour)", () => {
    // LL(-2) L(-1) M(0) R(1) RR(2) with weights 2 2 1 2 2; sites at M (covers L, M, R = 5),
    // at -1.5 (covers LL, L = 4) and at +1.5 (covers R, RR = 4); radius 1, two sites.
    // Greedy takes M (5), then one side (+2) = 7; the optimum is the two sides = 8.
    const points = [...line(-2, -1, 0, 1, 2), ...line(-1.5, 1.5)];
    const weight = [2, 2, 1, 2, 2, 0, 0];
    const pr = problem({ points, weight, candidates: [2, 5, 6], k: 2 });
    const result = greedyCoverage(pr);
    expect(result.picks.map((p) => p.site)).toEqual([2, 5]);
    expect(result.picks.map((p) => p.gain)).toEqual([5, 2]);
    expect(optimum(pr)).toBe(8);
    expect(result.picks.at(-1)!.cumulativeGain).toBe(7);
    expect(7 / 8).toBeGreaterThanOrEqual(1 - 1 / Math.E);
  });

  it("excludes what existing centres already cover from the gains", () => {
    const points = [...line(-2, -1, 0, 1, 2), ...line(-1.5, 1.5)];
    const weight = [2, 2, 1, 2, 2, 0, 0];
    const result = greedyCoverage(problem({ points, weight, candidates: [2, 5, 6], k: 2, existing: line(-1.5) }));
    expect(result.existingGain).toBe(4);
    expect([...result.coveredBy].slice(0, 2)).toEqual([EXISTING, EXISTING]);
    // Without the existing centre M would come first (5); with it, M adds only 3 and +1.5 adds 4.
    expect(result.picks.map((p) => [p.site, p.gain])).toEqual([
      [6, 4],
      [2, 1],
    ]);
    expect(result.existingGain + result.picks.at(-1)!.cumulativeGain).toBe(9);
  });

  it("breaks ties in favour of the candidate listed first", () => {
    const points = line(0, 10);
    expect(greedyCoverage(problem({ points, weight: [5, 5] })).picks[0]!.site).toBe(0);
    expect(greedyCoverage(problem({ points, weight: [5, 5], candidates: [1, 0] })).picks[0]!.site).toBe(1);
  });

  it("stops early when no candidate adds anything, and says so", () => {
    const result = greedyCoverage(problem({ points: line(0, 0.5, 30), weight: [10, 10, 0], k: 3 }));
    expect(result.picks).toHaveLength(1);
    expect(result.exhausted).toBe(true);
  });

  it("counts a point exactly on the radius as covered", () => {
    const result = greedyCoverage(
      problem({
        points: [
          { x: 0, y: 0 },
          { x: 300, y: 400 },
        ],
        weight: [0, 7],
        candidates: [0],
        radius: 500,
      }),
    );
    expect(result.picks[0]!.gain).toBe(7);
  });

  it("reports residents separately from weighted demand", () => {
    const result = greedyCoverage({
      points: line(0, 0.5, 10),
      weight: [0, 30, 50],
      population: [100, 100, 100],
      candidates: [0, 1, 2],
      existing: [],
      radius: 1,
      k: 2,
    });
    expect(result.picks.map((p) => [p.site, p.gain, p.residents])).toEqual([
      [2, 50, 100],
      [0, 30, 200],
    ]);
    expect(result.picks.at(-1)!.cumulativeResidents).toBe(300);
  });

  it("stays within 1 − 1/e of the optimum and is optimal for one site (200 random cases)", () => {
    let seed = 12345;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let run = 0; run < 200; run++) {
      const points = Array.from({ length: 10 }, () => ({ x: Math.round(next() * 1000), y: Math.round(next() * 1000) }));
      const weight = points.map(() => Math.floor(next() * 100));
      for (const k of [1, 2, 3]) {
        const pr = {
          points,
          weight,
          population: weight,
          candidates: points.map((_, i) => i),
          existing: [],
          radius: 300,
          k,
        };
        const best = optimum(pr);
        const got = greedyCoverage(pr).picks.at(-1)?.cumulativeGain ?? 0;
        expect(got).toBeLessThanOrEqual(best);
        expect(got).toBeGreaterThanOrEqual((1 - 1 / Math.E) * best - 1e-9);
        if (k === 1) expect(got).toBe(best);
      }
    }
  });
});

describe("demandWeights(population, fragility, reach)", () => {
  it("weights residents by their quartier's index as exact integers, 0 without an index", () => {
    expect(demandWeights([100, 200, 50], [0.5, null, 0.1234], "fragile")).toEqual([100 * 5000, 0, 50 * 1234]);
    expect(demandWeights([100, 200, 50], [0.5, null, 0.1234], "all")).toEqual([100, 200, 50]);
    expect(FRAGILITY_SCALE).toBe(10_000);
  });
});

describe("metresPerSvgUnit(points)", () => {
  it("is the ratio of Lambert to projected distances between the westernmost and easternmost points", () => {
    const points = { x: [1000, 0, 4000], y: [0, 0, 3000], px: [510, 500, 540], py: [300, 300, 270] };
    // West (0, 0)/(500, 300) to east (4000, 3000)/(540, 270): 5,000 m over 50 units.
    expect(metresPerSvgUnit(points)).toBe(100);
  });
  it("refuses a single point", () => {
    expect(() => metresPerSvgUnit({ x: [1], y: [1], px: [1], py: [1] })).toThrow();
  });
});

describe("parseSitingState(search, bassins) and serializeSitingState(options)", () => {
  const bassins = ["CO", "N", "NE", "S", "SE"];
  it("omits defaults and round-trips a full setting", () => {
    expect(serializeSitingState(SITING_DEFAULTS)).toBe("");
    const options = {
      k: 10,
      radius: 800,
      reach: "fragile" as const,
      existing: false,
      bassin: "N",
      nonResidential: true,
    };
    const search = serializeSitingState(options);
    expect(search).toBe("?k=10&radius=800&reach=fragile&existing=0&bassin=N&nonres=1");
    expect(parseSitingState(search, bassins)).toEqual({ state: options, issues: [], repeated: [] });
  });
  it("falls back to the default for each malformed parameter and reports it", () => {
    const { state, issues } = parseSitingState("?k=25&radius=820&reach=rich&existing=yes&bassin=XX", bassins);
    expect(state).toEqual(SITING_DEFAULTS);
    expect(issues.map((i) => i.name)).toEqual(["k", "radius", "reach", "existing", "bassin"]);
    expect(parseSitingState("?k=0", bassins).issues).toEqual([{ name: "k", value: "0" }]);
    expect(parseSitingState("?radius=250", bassins).issues).toHaveLength(1);
    expect(parseSitingState("?k=20&radius=1500", bassins)).toEqual({
      state: { ...SITING_DEFAULTS, k: 20, radius: 1500 },
      issues: [],
      repeated: [],
    });
  });
  it("reads the first of a parameter given twice and reports it", () => {
    const { state, repeated } = parseSitingState("?bassin=N&k=7&bassin=S", bassins);
    expect(state).toMatchObject({ bassin: "N", k: 7 });
    expect(repeated).toEqual([{ name: "bassin", count: 2, value: "N" }]);
  });
});

// readCsvTable and readTopology read public/data/ under the working directory, the project root under vitest.
const tables = () => ({
  sectors: readCsvTable("sectors"),
  fragility: readCsvTable("fragility"),
  services: readCsvTable("services"),
  bassins: readCsvTable("bassins"),
});

describe.skipIf(!existsSync(join(projectRoot, "public", "data", "tables", "sectors.csv")))(
  "on the published data (public/data)",
  () => {
    const data = sitingDataFromTables(tables());

    it("has every sector with a point, and the mapped maisons médicales", () => {
      expect(data.sectors.codes).toHaveLength(724);
      expect(data.sectors.x.every((x) => x > 140_000 && x < 160_000)).toBe(true);
      expect(data.sectors.population.reduce((a, b) => a + b, 0)).toBe(1_246_136);
      expect(data.centres.length).toBeGreaterThan(0);
      expect(new Set(data.sectors.bassin)).toEqual(new Set(data.bassins.codes));
    });

    it("picks ten sites with non-increasing gains, and the bassin table adds up", () => {
      for (const reach of ["all", "fragile"] as const) {
        const options = { k: 10, radius: 500, reach, existing: true, bassin: null };
        const result = runSiting(data, options);
        expect(result.picks).toHaveLength(10);
        for (let i = 1; i < 10; i++) expect(result.picks[i]!.gain).toBeLessThanOrEqual(result.picks[i - 1]!.gain);
        // Each pick's gain is exactly the demand it covers first, never what existing centres cover.
        const weight = demandWeights(data.sectors.population, data.sectors.fragility, reach);
        result.picks.forEach((pick, order) => {
          const first = [...result.coveredBy].reduce((s, by, i) => s + (by === order ? weight[i]! : 0), 0);
          expect(pick.gain).toBe(first);
        });
        expect(result.existingGain).toBe(
          [...result.coveredBy].reduce((s, by, i) => s + (by === EXISTING ? weight[i]! : 0), 0),
        );
        const bassins = coverageByBassin(data, result, weight);
        const total = bassins.reduce((s, b) => s + b.residents, 0);
        expect(total).toBe(1_246_136);
        expect(bassins.reduce((s, b) => s + b.newResidents, 0)).toBe(result.picks.at(-1)!.cumulativeResidents);
        expect(bassins.reduce((s, b) => s + b.existingResidents, 0)).toBe(result.existingResidents);
        for (const b of bassins) expect(b.existingResidents + b.newResidents + b.uncoveredResidents).toBe(b.residents);
      }
    });

    it("draws the walking radius to scale: one metres-per-unit ratio holds across the region (within 1 %)", () => {
      const region = readTopology("region");
      const projection = regionProjection(region);
      const projected = sitingDataFromTables(tables(), (lon, lat) => projectPoint(projection, lon, lat));
      const scale = metresPerSvgUnit(projected.sectors);
      // Brussels is about 20 km across on a 720-unit map: a few tens of metres per unit.
      expect(scale).toBeGreaterThan(15);
      expect(scale).toBeLessThan(60);
      // North–south pair, and every sector against the centre of the region: the same ratio.
      const s = projected.sectors;
      const north = s.y.indexOf(Math.max(...s.y));
      const south = s.y.indexOf(Math.min(...s.y));
      const ratio = (a: number, b: number) =>
        Math.hypot(s.x[a]! - s.x[b]!, s.y[a]! - s.y[b]!) / Math.hypot(s.px[a]! - s.px[b]!, s.py[a]! - s.py[b]!);
      expect(Math.abs(ratio(north, south) / scale - 1)).toBeLessThan(0.01);
      for (let i = 0; i < s.codes.length; i += 37) {
        const far = s.x
          .map((x, j) => Math.hypot(x - s.x[i]!, s.y[j]! - s.y[i]!))
          .reduce((best, d, j, all) => (d > all[best]! ? j : best), 0);
        expect(Math.abs(ratio(i, far) / scale - 1)).toBeLessThan(0.01);
      }
    });

    it("keeps the candidates in the chosen bassin", () => {
      const result = runSiting(data, { k: 5, radius: 800, reach: "all", existing: false, bassin: "SE" });
      expect(result.picks.map((p) => data.sectors.bassin[p.site])).toEqual(["SE", "SE", "SE", "SE", "SE"]);
      expect(result.existingGain).toBe(0);
    });
  },
);
