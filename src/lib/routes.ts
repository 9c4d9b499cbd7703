/**
 * Every URL of the site, built in one place (browser-safe: no data access): pages, profiles and
 * their CSV and embed, indicator pages, static maps, query links, the browser's data files and
 * the downloads. The static paths that need the published tables are in src/data/static-paths.ts.
 */
import { isLanguage, type Language } from "../core/languages.ts";

/**
 * The home page (the explorer) of a language, with an optional explorer query ("?i=…"; the
 * explorer's own links add it with src/lib/explorer/state.ts's explorerTableHref).
 */
export function homePath(language: string, search = ""): string {
  return `/${language}/${search}`;
}

/** A main section of the site (src/lib/navigation.ts): "" for the explorer, "indicators/", … */
export function sectionPath(language: string, section: string): string {
  return `/${language}/${section}`;
}

/** The same page in another language: /fr/quartiers/12/ → /nl/quartiers/12/. */
export function localizedPath(path: string, language: Language): string {
  const [, first, ...rest] = path.split("/");
  const tail = isLanguage(first) ? rest : [first, ...rest];
  return `/${[language, ...tail].filter((part) => part !== undefined && part !== "").join("/")}/`;
}

/**
 * The embeddable explorer map, with the view's query ("?i=…") if any. Snippets use the path form
 * of src/lib/explorer/state.ts (explorerEmbedPath), which works without JavaScript.
 */
export function mapEmbedPath(language: string, search = ""): string {
  return `/${language}/embed/map/${search}`;
}

/** The static SVG map and CSV of an indicator at a level, without extension: add ".svg" or ".csv". */
export function mapFileBase(language: string, indicatorId: string, level: string): string {
  return `/${language}/maps/${indicatorId}/${level}`;
}

/** The PNG the build writes beside a static SVG picture (npm run build:png, scripts/output/static-pngs.ts). */
export function staticPngPath(svgPath: string): string {
  return svgPath.replace(/\.svg$/, ".png");
}

/** The static SVG map of an indicator's change at a level, between its first and last comparable years. */
export function changeMapPath(language: string, indicatorId: string, level: string): string {
  return `/${language}/maps/${indicatorId}/change/${level}.svg`;
}

export function profilePath(language: string, level: string, code: string): string {
  return `/${language}/${level}/${encodeURIComponent(code)}/`;
}

export function profileCsvPath(language: string, level: string, code: string): string {
  return `/${language}/${level}/${encodeURIComponent(code)}.csv`;
}

export function profileEmbedPath(language: string, level: string, code: string): string {
  return `/${language}/embed/profile/${level}/${encodeURIComponent(code)}/`;
}

/**
 * The comparison of areas, with its query (src/lib/compare/selection.ts's compareSearch:
 * "?a=quartier:58,commune:21004,region&ref=first").
 */
export function comparePath(language: string, search = ""): string {
  return `/${language}/compare/${search}`;
}

/** The comparison table alone, for an iframe, with the same query. */
export function compareEmbedPath(language: string, search = ""): string {
  return `/${language}/embed/compare/${search}`;
}

/** The data file of one level the comparison loads (src/lib/compare/data.ts). */
export function compareDataPath(level: string): string {
  return `/site-data/compare/${level}.json`;
}

export function indicatorsPath(language: string): string {
  return `/${language}/indicators/`;
}

export function indicatorPath(language: string, id: string): string {
  return `${indicatorsPath(language)}${id}/`;
}

/** The CSV behind an indicator page's distribution chart. */
export function distributionCsvPath(language: string, id: string): string {
  return `${indicatorsPath(language)}${id}/distribution.csv`;
}

/** The SQL workspace, opened on a query when `sql` is given. */
export function queryPath(language: string, sql?: string): string {
  return `/${language}/query/${sql === undefined ? "" : `?q=${encodeURIComponent(sql)}`}`;
}

/** The policy tools' index, or one tool ("allocator", "siting"). */
export function toolsPath(language: string, tool?: string): string {
  return `/${language}/tools/${tool === undefined ? "" : `${tool}/`}`;
}

export function dataPagePath(language: string): string {
  return `/${language}/data/`;
}

/** The page documenting the stable address of every download. */
export function urlSchemePath(language: string): string {
  return `${dataPagePath(language)}urls/`;
}

/** The dataset's citation record in the page's language: "bib" (BibTeX) or "ris". */
export function citationRecordPath(language: string, format: "bib" | "ris"): string {
  return `${dataPagePath(language)}citation.${format}`;
}

/** A page's link-preview image (Open Graph), by the page's key (src/lib/cite/preview-key.ts). */
export function previewImagePath(language: string, key: string, extension: "png" | "svg" = "png"): string {
  return `/previews/${language}/${key}.${extension}`;
}

/** A file the pipeline published, by its path inside public/data ("tables/indicators.csv"). */
export function publishedFilePath(file: string): string {
  return `/data/${file}`;
}

/** A level's geometry as GeoJSON, written by the build from the published TopoJSON. */
export function geoJsonPath(level: string): string {
  return `/geo/${level}.geojson`;
}

/** A file the browser scripts load: "catalog", "overlays", "siting", a level or "paths-<level>". */
export function siteDataPath(name: string): string {
  return `/site-data/${name}.json`;
}

/**
 * A download's file name that says what it holds: parts joined by "_", each lowercased, accents
 * dropped, anything but letters and digits turned into "-"; empty parts left out.
 * downloadFileName(["fragility_index", "quartiers", 2025, "fr"], "csv") → "fragility-index_quartiers_2025_fr.csv".
 */
export function downloadFileName(parts: readonly (string | number | null | undefined)[], extension: string): string {
  return `${downloadBaseName(parts)}.${extension}`;
}

/** The same name without extension, for figure tools that add each format's own. */
export function downloadBaseName(parts: readonly (string | number | null | undefined)[]): string {
  return parts
    .filter((part) => part !== null && part !== undefined && part !== "")
    .map((part) =>
      String(part)
        .normalize("NFD")
        .replace(/\p{M}/gu, "")
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, "-")
        .replace(/^-+|-+$/g, ""),
    )
    .filter(Boolean)
    .join("_");
}

/** The Excel-dialect and XLSX copies of a download beside its international CSV: "x.csv" → "x.excel.csv", "x.xlsx". */
export function spreadsheetVariantPath(csvPath: string, variant: "excel" | "xlsx"): string {
  const base = csvPath.replace(/\.csv$/, "");
  return variant === "excel" ? `${base}.excel.csv` : `${base}.xlsx`;
}

/** indicators_latest for one level, as the pipeline writes it (international CSV, Parquet). */
export function latestLevelFilePath(level: string, extension: "csv" | "parquet"): string {
  return publishedFilePath(`latest/${level}.${extension}`);
}

/** The same table with headers in the page's language: Excel CSV or XLSX, written by the site build. */
export function latestLevelSheetPath(language: string, level: string, variant: "excel" | "xlsx"): string {
  return spreadsheetVariantPath(`/${language}/data/latest/${level}.csv`, variant);
}

/** The Excel-dialect copy of a published table (machine column names, as in the codebook). */
export function tableExcelPath(table: string): string {
  return `/data/excel/${table}.csv`;
}
