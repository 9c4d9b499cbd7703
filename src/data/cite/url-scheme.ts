/**
 * The stable address of every download, as templates ("/{lang}/maps/{indicator}/{level}.csv") and
 * every address each one expands to. Both come from the route helpers the pages use (src/lib/routes.ts)
 * and the same static paths their getStaticPaths return, and the files from the manifest: the
 * URL-scheme page cannot list an address the site does not build, nor miss one it does. The PNG
 * beside each static SVG picture exists once `npm run build:png` has run after the site's build.
 */
import {
  languageStaticPaths,
  latestStaticPaths,
  mapStaticPaths,
  changeMapStaticPaths,
  distributionStaticPaths,
} from "../static-paths.ts";
import { profileStaticPaths } from "../static-paths.ts";
import { seriesStaticPaths } from "../indicator/series-paths.ts";
import { compareLevels } from "../compare/level-data.ts";
import { COMPARE_EXAMPLE } from "../../lib/compare/selection.ts";
import { readManifest } from "../observatory-data.ts";
import { databaseDownload, geometryDownloads, tableDownloads } from "../../lib/data/downloads.ts";
import {
  changeMapPath,
  citationRecordPath,
  compareDataPath,
  compareEmbedPath,
  comparePath,
  distributionCsvPath,
  geoJsonPath,
  latestLevelFilePath,
  latestLevelSheetPath,
  tableExcelPath,
  mapFileBase,
  profileCsvPath,
  publishedFilePath,
  staticPngPath,
} from "../../lib/routes.ts";
import { seriesFilePath, slopeCsvPath, slopeSvgPath } from "../../lib/indicator/series-routes.ts";

export interface UrlTemplate {
  /** Stable id of the template, for tests and anchors. */
  id: string;
  /** The template with its parameters in braces, as a reader writes it. */
  template: string;
  format: string;
  /** Every address it expands to, in the site's order. */
  urls: string[];
}

export interface UrlGroup {
  /** Message key suffix of the group's heading: urls.group.<id>. */
  id:
    | "tables"
    | "latest"
    | "geometry"
    | "database"
    | "citation"
    | "maps"
    | "changeMaps"
    | "distribution"
    | "series"
    | "slope"
    | "profiles"
    | "compare"
    | "other";
  templates: UrlTemplate[];
}

/** A route helper called with "{name}" placeholders, read back without percent-encoding. */
const shown = (path: string) => decodeURIComponent(path);

type Params = Record<string, string>;

function template(id: string, format: string, route: (p: Params) => string, paths: Params[]): UrlTemplate {
  const placeholders = new Proxy({}, { get: (_, name) => `{${String(name)}}` }) as Params;
  return { id, format, template: shown(route(placeholders)), urls: paths.map(route) };
}

const params = (paths: { params: Record<string, string | undefined> }[]) => paths.map((p) => p.params as Params);

/** Every download of the site, grouped as the URL-scheme page shows them. */
export function urlGroups(): UrlGroup[] {
  const manifest = readManifest();
  const tables = tableDownloads(manifest);
  const tableParams = (format: "csv" | "parquet") => tables.filter((t) => t[format]).map((t) => ({ table: t.name }));
  const levels = geometryDownloads(manifest).map((g) => ({ level: g.level }));
  const database = databaseDownload(manifest);
  const languages = params(languageStaticPaths());
  const maps = params(mapStaticPaths());
  const latest = params(latestStaticPaths());
  const latestFiles = (extension: string) =>
    manifest.files.flatMap((f) => {
      const match = new RegExp(`^latest/(.+)\\.${extension}$`).exec(f.file);
      return match ? [{ level: match[1]! }] : [];
    });
  const groups: UrlGroup[] = [
    {
      id: "tables",
      templates: [
        template("table-csv", "CSV", (p) => publishedFilePath(`tables/${p.table}.csv`), tableParams("csv")),
        template(
          "table-parquet",
          "Parquet",
          (p) => publishedFilePath(`tables/${p.table}.parquet`),
          tableParams("parquet"),
        ),
        template("table-excel-csv", "CSV (Excel)", (p) => tableExcelPath(p.table!), tableParams("csv")),
      ],
    },
    {
      id: "latest",
      templates: [
        template("latest-csv", "CSV", (p) => latestLevelFilePath(p.level!, "csv"), latestFiles("csv")),
        template("latest-parquet", "Parquet", (p) => latestLevelFilePath(p.level!, "parquet"), latestFiles("parquet")),
        template("latest-excel-csv", "CSV (Excel)", (p) => latestLevelSheetPath(p.lang!, p.level!, "excel"), latest),
        template("latest-xlsx", "XLSX", (p) => latestLevelSheetPath(p.lang!, p.level!, "xlsx"), latest),
      ],
    },
    {
      id: "geometry",
      templates: [
        template("geo-topojson", "TopoJSON", (p) => publishedFilePath(`geo/${p.level}.topojson`), levels),
        template("geo-geojson", "GeoJSON", (p) => geoJsonPath(p.level!), levels),
      ],
    },
    ...(database
      ? [{ id: "database" as const, templates: [template("database", "DuckDB", () => database.href, [{}])] }]
      : []),
    {
      id: "citation",
      templates: [
        template("citation-bib", "BibTeX", (p) => citationRecordPath(p.lang!, "bib"), languages),
        template("citation-ris", "RIS", (p) => citationRecordPath(p.lang!, "ris"), languages),
      ],
    },
    {
      id: "maps",
      templates: [
        template("map-csv", "CSV", (p) => `${mapFileBase(p.lang!, p.indicator!, p.level!)}.csv`, maps),
        template("map-svg", "SVG", (p) => `${mapFileBase(p.lang!, p.indicator!, p.level!)}.svg`, maps),
        template("map-png", "PNG", (p) => `${mapFileBase(p.lang!, p.indicator!, p.level!)}.png`, maps),
      ],
    },
    {
      id: "changeMaps",
      templates: [
        template(
          "change-map-svg",
          "SVG",
          (p) => changeMapPath(p.lang!, p.indicator!, p.level!),
          params(changeMapStaticPaths()),
        ),
        template(
          "change-map-png",
          "PNG",
          (p) => staticPngPath(changeMapPath(p.lang!, p.indicator!, p.level!)),
          params(changeMapStaticPaths()),
        ),
      ],
    },
    {
      id: "distribution",
      templates: [
        template(
          "distribution-csv",
          "CSV",
          (p) => distributionCsvPath(p.lang!, p.indicator!),
          params(distributionStaticPaths()),
        ),
      ],
    },
    {
      id: "series",
      templates: [
        template("series-csv", "CSV", (p) => seriesFilePath(p.lang!, p.indicator!, "csv"), params(seriesStaticPaths())),
        template("series-svg", "SVG", (p) => seriesFilePath(p.lang!, p.indicator!, "svg"), params(seriesStaticPaths())),
        template(
          "series-png",
          "PNG",
          (p) => staticPngPath(seriesFilePath(p.lang!, p.indicator!, "svg")),
          params(seriesStaticPaths()),
        ),
      ],
    },
    {
      id: "slope",
      templates: [
        template("slope-csv", "CSV", (p) => slopeCsvPath(p.lang!, p.indicator!), params(seriesStaticPaths())),
        template("slope-svg", "SVG", (p) => slopeSvgPath(p.lang!, p.indicator!), params(seriesStaticPaths())),
        template(
          "slope-png",
          "PNG",
          (p) => staticPngPath(slopeSvgPath(p.lang!, p.indicator!)),
          params(seriesStaticPaths()),
        ),
      ],
    },
    {
      id: "profiles",
      templates: [
        template("profile-csv", "CSV", (p) => profileCsvPath(p.lang!, p.level!, p.code!), params(profileStaticPaths())),
      ],
    },
    compareGroup(languages),
  ];
  // Every published file the templates above do not cover (the manifest itself, a new folder of
  // the pipeline) is listed under its own address: the page never misses a published file.
  const covered = new Set(groups.flatMap((g) => g.templates.flatMap((t) => t.urls)));
  const others = manifest.files
    .map((f) => publishedFilePath(f.file))
    .filter((url) => !covered.has(url))
    .map((url) => template(url.replace(/^\/data\//, ""), url.split(".").at(-1)!.toUpperCase(), () => url, [{}]));
  return others.length ? [...groups, { id: "other", templates: others }] : groups;
}

/**
 * The comparison page, its embed and its data files. The areas are any list the reader picks
 * (src/lib/compare/selection.ts); the example stands for them.
 */
function compareGroup(languages: Params[]): UrlGroup {
  const example = languages.map((p) => ({ ...p, areas: COMPARE_EXAMPLE }));
  return {
    id: "compare",
    templates: [
      template("compare-page", "HTML", (p) => comparePath(p.lang!, `?a=${p.areas}`), example),
      template("compare-embed", "HTML", (p) => compareEmbedPath(p.lang!, `?a=${p.areas}`), example),
      template(
        "compare-data",
        "JSON",
        (p) => compareDataPath(p.level!),
        compareLevels().map((level) => ({ level })),
      ),
    ],
  };
}

/** The values each parameter of a template takes, for the page: "{lang}: fr, nl, en". */
export function parameterValues(t: UrlTemplate): Map<string, string[]> {
  const names = [...t.template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
  const values = new Map<string, Set<string>>(names.map((n) => [n, new Set()]));
  const pattern = new RegExp(`^${t.template.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\{(\w+)\}/g, "([^/]+)")}$`);
  for (const url of t.urls) {
    const match = pattern.exec(decodeURIComponent(url));
    names.forEach((name, i) => match && values.get(name)!.add(match[i + 1]!));
  }
  return new Map([...values].map(([name, set]) => [name, [...set]]));
}
