/**
 * Where to open new community centres: greedy maximal coverage on the sectors' representative
 * points. Pure and isomorphic: the siting page runs it in a Web Worker, scripts/bench-siting.ts
 * and the tests run it in Node.
 *
 * Maximal covering location problem (Church & ReVelle 1974): choose k sites among candidates so
 * as to maximise the demand within a radius of at least one site. The greedy algorithm adds, one
 * at a time, the site that covers the most demand not yet covered; its total is within a factor
 * 1 − 1/e (about 63 %) of the optimum (Nemhauser, Wolsey & Fisher 1978), and often much closer.
 * Distances are straight lines in Lambert 72 metres.
 */

/** Walking radius (metres) and number of new centres a visitor can choose. */
export const SITING_LIMITS = { k: { min: 1, max: 20 }, radius: { min: 300, max: 1500, step: 50 } } as const;

/**
 * Fragility weights are kept as integers (residents × index × 10 000, the index being published
 * to four decimals), so that sums are exact and ties between sites are real ties.
 */
export const FRAGILITY_SCALE = 10_000;

/** The compact file /site-data/siting.json: sectors in code order, existing maisons médicales. */
export interface SitingData {
  sectors: {
    codes: string[];
    names: { fr: string[]; nl: string[]; en: string[] };
    quartier: string[];
    bassin: string[];
    population: number[];
    /** Representative point in Lambert 72 (metres). */
    x: number[];
    y: number[];
    /** The same point projected on the site's maps (SVG units); filled at build time. */
    px: number[];
    py: number[];
    /** Fragility index of the sector's quartier (0..1), null when the quartier has none. */
    fragility: (number | null)[];
    /** The sector's commune (NIS code), to name a site by its place, quartier and commune. */
    commune?: string[];
    /**
     * Positions (in `codes`) of the sectors that are no place for a centre: parks, forests,
     * cemeteries, industrial zones, sectors without residents (data/reference/non-residential-sectors.csv).
     */
    nonResidential?: number[];
  };
  /** Names of the quartiers and communes, by code, in each language. */
  areaNames?: { quartier: Record<string, LanguageNames>; commune: Record<string, LanguageNames> };
  centres: { name: string | null; x: number; y: number; px: number; py: number }[];
  bassins: { codes: string[]; names: { fr: string[]; nl: string[]; en: string[] } };
  /** Projected bassin borders drawn over the map (added by the site-data route). */
  borders?: { bassin: string };
}

type Row = Record<string, string | undefined>;
type LanguageNames = { fr: string; nl: string; en: string };

const namesByCode = (rows: Row[], code: string): Record<string, LanguageNames> =>
  Object.fromEntries(rows.map((r) => [r[code]!, { fr: r.name_fr!, nl: r.name_nl!, en: r.name_en ?? r.name_fr! }]));

/**
 * Builds the siting data from the published tables (sectors, fragility, services); projected
 * coordinates are left at 0 for `project` to fill (the bench needs none).
 */
export function sitingDataFromTables(
  tables: {
    sectors: Row[];
    fragility: Row[];
    services: Row[];
    bassins: Row[];
    /** With these, sites carry their quartier's and commune's names, and non-residential sectors are left out. */
    quartiers?: Row[];
    communes?: Row[];
    nonResidential?: Row[];
  },
  project: (lon: number, lat: number) => [number, number] = () => [0, 0],
): SitingData {
  const index = new Map<string, number>();
  for (const row of tables.fragility) {
    if (row.level === "quartier" && row.fragility_index) index.set(row.territory_code!, Number(row.fragility_index));
  }
  const sectors = [...tables.sectors].sort((a, b) =>
    a.sector_code! < b.sector_code! ? -1 : a.sector_code! > b.sector_code! ? 1 : 0,
  );
  const projected = sectors.map((s) => project(Number(s.point_lon), Number(s.point_lat)));
  const centres = tables.services.filter((s) => s.type === "maison_medicale");
  const excluded = new Set((tables.nonResidential ?? []).map((r) => r.sector_code!));
  const places =
    tables.quartiers && tables.communes
      ? {
          commune: sectors.map((s) => s.commune_code!),
          areaNames: {
            quartier: namesByCode(tables.quartiers, "quartier_code"),
            commune: namesByCode(tables.communes, "commune_code"),
          },
        }
      : undefined;
  return {
    sectors: {
      codes: sectors.map((s) => s.sector_code!),
      names: {
        fr: sectors.map((s) => s.name_fr!),
        nl: sectors.map((s) => s.name_nl!),
        en: sectors.map((s) => s.name_en ?? s.name_fr!),
      },
      quartier: sectors.map((s) => s.quartier_code!),
      bassin: sectors.map((s) => s.bassin_code!),
      population: sectors.map((s) => Number(s.population)),
      x: sectors.map((s) => Number(s.point_x_l72)),
      y: sectors.map((s) => Number(s.point_y_l72)),
      px: projected.map((p) => p[0]),
      py: projected.map((p) => p[1]),
      fragility: sectors.map((s) => index.get(s.quartier_code!) ?? null),
      ...(places && { commune: places.commune }),
      ...(tables.nonResidential && {
        nonResidential: sectors.flatMap((s, i) => (excluded.has(s.sector_code!) ? [i] : [])),
      }),
    },
    ...(places && { areaNames: places.areaNames }),
    centres: centres.map((c) => {
      const [px, py] = project(Number(c.lon), Number(c.lat));
      return { name: c.name || null, x: Number(c.x_l72), y: Number(c.y_l72), px, py };
    }),
    bassins: {
      codes: tables.bassins.map((b) => b.bassin_code!),
      names: {
        fr: tables.bassins.map((b) => b.name_fr!),
        nl: tables.bassins.map((b) => b.name_nl!),
        en: tables.bassins.map((b) => b.name_en!),
      },
    },
  };
}

export type Reach = "all" | "fragile";

/** Demand weight of each sector: its residents, or residents × its quartier's fragility index. */
export function demandWeights(
  population: readonly number[],
  fragility: readonly (number | null)[],
  reach: Reach,
): number[] {
  if (reach === "all") return population.map((p) => p);
  return population.map((p, i) => {
    const f = fragility[i];
    return f === null || f === undefined ? 0 : p * Math.round(f * FRAGILITY_SCALE);
  });
}

export interface Point {
  x: number;
  y: number;
}

export interface CoverageProblem {
  /** Demand points (Lambert 72 metres), their weight (integers) and residents. */
  points: readonly Point[];
  weight: readonly number[];
  population: readonly number[];
  /** Indices of the points that may host a new centre, in order of preference for ties. */
  candidates: readonly number[];
  /** Centres already there: the demand within their radius is covered before any pick. */
  existing: readonly Point[];
  radius: number;
  k: number;
}

export interface Pick {
  /** Index of the chosen point. */
  site: number;
  /** Demand weight and residents it covers that nothing covered before. */
  gain: number;
  residents: number;
  cumulativeGain: number;
  cumulativeResidents: number;
}

export interface CoverageResult {
  picks: Pick[];
  /** Per demand point: -2 uncovered, -1 covered by an existing centre, else the pick (0-based) that covered it first. */
  coveredBy: Int16Array;
  existingGain: number;
  existingResidents: number;
  totalWeight: number;
  totalResidents: number;
  /** True when fewer than k sites were picked because no candidate added any coverage. */
  exhausted: boolean;
}

export const UNCOVERED = -2;
export const EXISTING = -1;

/**
 * Greedy maximal coverage. Gains are kept up to date incrementally: when a point gets covered,
 * its weight is taken off every candidate within reach of it. Ties go to the candidate listed
 * first. Stops early when no candidate adds anything.
 */
export function greedyCoverage(problem: CoverageProblem): CoverageResult {
  const { points, weight, population, candidates, existing, radius, k } = problem;
  const n = points.length;
  const r2 = radius * radius;
  const coveredBy = new Int16Array(n).fill(UNCOVERED);
  let existingGain = 0;
  let existingResidents = 0;
  for (let i = 0; i < n; i++) {
    const p = points[i]!;
    if (existing.some((c) => (c.x - p.x) ** 2 + (c.y - p.y) ** 2 <= r2)) {
      coveredBy[i] = EXISTING;
      existingGain += weight[i]!;
      existingResidents += population[i]!;
    }
  }

  // reach[c]: demand points within the radius of candidate c; reachedBy[i]: candidates reaching i.
  const reach: number[][] = candidates.map(() => []);
  const reachedBy: number[][] = Array.from({ length: n }, () => []);
  const gain = new Float64Array(candidates.length);
  candidates.forEach((site, c) => {
    const s = points[site]!;
    for (let i = 0; i < n; i++) {
      const p = points[i]!;
      const dx = p.x - s.x;
      if (dx > radius || dx < -radius) continue;
      if (dx * dx + (p.y - s.y) ** 2 <= r2) {
        reach[c]!.push(i);
        reachedBy[i]!.push(c);
        if (coveredBy[i] === UNCOVERED) gain[c] = gain[c]! + weight[i]!;
      }
    }
  });

  const picks: Pick[] = [];
  let cumulativeGain = 0;
  let cumulativeResidents = 0;
  let exhausted = false;
  while (picks.length < k) {
    let best = -1;
    for (let c = 0; c < candidates.length; c++) if (gain[c]! > 0 && (best < 0 || gain[c]! > gain[best]!)) best = c;
    if (best < 0) {
      exhausted = true;
      break;
    }
    let residents = 0;
    const added = gain[best]!;
    for (const i of reach[best]!) {
      if (coveredBy[i] !== UNCOVERED) continue;
      coveredBy[i] = picks.length;
      residents += population[i]!;
      for (const c of reachedBy[i]!) gain[c] = gain[c]! - weight[i]!;
    }
    cumulativeGain += added;
    cumulativeResidents += residents;
    picks.push({ site: candidates[best]!, gain: added, residents, cumulativeGain, cumulativeResidents });
  }

  return {
    picks,
    coveredBy,
    existingGain,
    existingResidents,
    totalWeight: weight.reduce((a, b) => a + b, 0),
    totalResidents: population.reduce((a, b) => a + b, 0),
    exhausted,
  };
}

export interface SitingOptions {
  k: number;
  radius: number;
  reach: Reach;
  /** Count the existing maisons médicales as already covering their surroundings. */
  existing: boolean;
  /** Restrict candidate sites to one bassin (null: the whole region). */
  bassin: string | null;
  /** Also consider parks, forests, cemeteries, industrial zones and sectors without residents as sites. */
  nonResidential?: boolean;
}

/** The coverage problem for the site's data and a visitor's settings. */
export function sitingProblem(data: SitingData, options: SitingOptions): CoverageProblem {
  const s = data.sectors;
  const points = s.x.map((x, i) => ({ x, y: s.y[i]! }));
  const excluded = new Set(options.nonResidential ? [] : (s.nonResidential ?? []));
  const candidates = s.codes
    .map((_, i) => i)
    .filter((i) => (options.bassin === null || s.bassin[i] === options.bassin) && !excluded.has(i));
  return {
    points,
    weight: demandWeights(s.population, s.fragility, options.reach),
    population: s.population,
    candidates,
    existing: options.existing ? data.centres.map(({ x, y }) => ({ x, y })) : [],
    radius: options.radius,
    k: options.k,
  };
}

export function runSiting(data: SitingData, options: SitingOptions): CoverageResult {
  return greedyCoverage(sitingProblem(data, options));
}

export interface BassinCoverage {
  code: string;
  residents: number;
  /** Demand weight in the chosen unit (residents, or fragility-weighted residents × FRAGILITY_SCALE). */
  weight: number;
  existingResidents: number;
  newResidents: number;
  uncoveredResidents: number;
  uncoveredWeight: number;
}

/** Residents (and weighted demand) covered before, newly covered, and still uncovered per bassin. */
export function coverageByBassin(
  data: SitingData,
  result: CoverageResult,
  weight: readonly number[],
): BassinCoverage[] {
  return data.bassins.codes.map((code) => {
    const row: BassinCoverage = {
      code,
      residents: 0,
      weight: 0,
      existingResidents: 0,
      newResidents: 0,
      uncoveredResidents: 0,
      uncoveredWeight: 0,
    };
    data.sectors.bassin.forEach((b, i) => {
      if (b !== code) return;
      const p = data.sectors.population[i]!;
      row.residents += p;
      row.weight += weight[i]!;
      const by = result.coveredBy[i]!;
      if (by === EXISTING) row.existingResidents += p;
      else if (by >= 0) row.newResidents += p;
      else {
        row.uncoveredResidents += p;
        row.uncoveredWeight += weight[i]!;
      }
    });
    return row;
  });
}

/**
 * Metres per SVG unit of the site's maps, from two points known in both Lambert 72 metres and
 * projected SVG coordinates: the ratio of their distances. Both projections are conformal, so
 * over a region the size of Brussels one ratio serves everywhere (to a fraction of a percent).
 * The two points used are the farthest apart west–east, to keep rounding errors small.
 */
export function metresPerSvgUnit(points: {
  x: readonly number[];
  y: readonly number[];
  px: readonly number[];
  py: readonly number[];
}): number {
  let west = 0;
  let east = 0;
  points.x.forEach((x, i) => {
    if (x < points.x[west]!) west = i;
    if (x > points.x[east]!) east = i;
  });
  const metres = Math.hypot(points.x[east]! - points.x[west]!, points.y[east]! - points.y[west]!);
  const units = Math.hypot(points.px[east]! - points.px[west]!, points.py[east]! - points.py[west]!);
  if (!(metres > 0) || !(units > 0)) throw new Error("need two distinct points to measure the map scale");
  return metres / units;
}
