/**
 * Example queries that answer real questions with the observatory's tables, one click away in
 * the workspace. Titles are UI strings (`query.example.<id>` in query.json); the SQL is the same
 * in every language except the names it shows (name_fr, name_nl or name_en) and its first line,
 * the question, so that a shared link still says what it asks. Each orders its rows completely
 * (ties by code): the result computed at build time (DuckDB in Node) and DuckDB-WASM's must match
 * row for row (tests/browser/engine.test.ts).
 */
import type { Language } from "../../core/languages.ts";

export interface Example {
  id: string;
  sql(language: Language): string;
}

export const examples: readonly Example[] = [
  {
    // No quartier-level "has a pharmacy" flag exists: the coverage indicator gives the share of
    // residents (sector by sector) with a pharmacy within 500 m in a straight line.
    id: "fragilePharmacy",
    sql: (language) => `SELECT q.name_${language} AS quartier,
       f.rank AS fragility_rank,
       round(100 - p.value, 1) AS pct_residents_without_pharmacy_500m,
       round(q.population * (100 - p.value) / 100) AS residents_without_pharmacy_500m,
       round(d.value) AS mean_distance_pharmacy_m
FROM fragility AS f
JOIN quartiers AS q ON q.quartier_code = f.territory_code
JOIN indicators AS p ON p.level = 'quartier' AND p.territory_code = f.territory_code
 AND p.indicator_id = 'share_within_500m_pharmacy'
JOIN indicators AS d ON d.level = 'quartier' AND d.territory_code = f.territory_code
 AND d.indicator_id = 'mean_distance_pharmacy_m'
WHERE f.level = 'quartier' AND f.status = 'ranked'
  AND p.value < 100
ORDER BY f.rank, q.quartier_code
LIMIT 20;`,
  },
  {
    id: "fragilityGpNeed",
    sql: (language) => `SELECT q.name_${language} AS quartier,
       f.fragility_index,
       g.value AS gp_need_index
FROM fragility AS f
JOIN quartiers AS q ON q.quartier_code = f.territory_code
JOIN indicators AS g ON g.level = 'quartier' AND g.territory_code = f.territory_code
 AND g.indicator_id = 'gp_need_index'
WHERE f.level = 'quartier' AND f.status = 'ranked' AND g.value IS NOT NULL
ORDER BY f.fragility_index DESC, q.quartier_code;`,
  },
  {
    id: "bassinTotals",
    sql: (language) => `WITH pharmacies AS (
  SELECT s.bassin_code, count(*) AS pharmacies
  FROM services AS v
  JOIN sectors AS s ON s.sector_code = v.sector_code
  WHERE v.type = 'pharmacy' AND v.location = 'in_sector'
  GROUP BY s.bassin_code
)
SELECT b.name_${language} AS bassin,
       b.population,
       b.n_sectors AS sectors,
       p.pharmacies,
       round(10000 * p.pharmacies / b.population, 1) AS pharmacies_per_10000,
       f.rank AS fragility_rank
FROM bassins AS b
LEFT JOIN pharmacies AS p ON p.bassin_code = b.bassin_code
LEFT JOIN fragility AS f ON f.level = 'bassin' AND f.territory_code = b.bassin_code
ORDER BY b.population DESC, b.bassin_code;`,
  },
  {
    // A time series: every published year of one quartier beside the region's (null where the
    // region's value is not published for that year), with the comparability break if any.
    id: "ageingSeries",
    sql: (language) => `SELECT q.year,
       n.name_${language} AS quartier,
       round(q.value, 2) AS pct_80_plus_quartier,
       round(r.value, 2) AS pct_80_plus_region,
       round(q.value - r.value, 2) AS gap_points,
       q.series_break
FROM indicators AS q
JOIN quartiers AS n ON n.quartier_code = q.territory_code
LEFT JOIN indicators AS r ON r.level = 'region' AND r.indicator_id = q.indicator_id AND r.year = q.year
WHERE q.level = 'quartier' AND q.territory_code = '58'
  AND q.indicator_id = 'share_80_plus'
ORDER BY q.year;`,
  },
  {
    id: "communePopulation",
    sql: (language) => `SELECT name_${language} AS commune,
       population
FROM communes
ORDER BY population DESC, commune_code;`,
  },
  {
    id: "indicatorCatalog",
    sql: (language) => `SELECT indicator_id,
       label_${language} AS label,
       unit,
       reference_year,
       levels,
       status
FROM indicator_catalog
ORDER BY family, indicator_id;`,
  },
];

/** The example's SQL with its question as a first-line comment. */
export function exampleSql(example: Example, language: Language, question: string): string {
  return `-- ${question}\n${example.sql(language)}\n`;
}
