import { describe, expect, it } from "vitest";
import {
  codebookTables,
  compressedDatabaseDownload,
  databaseDownload,
  geometryDownloads,
  latestDownloads,
  splitCaveats,
  tableDownloads,
} from "../../../../src/lib/data/downloads.ts";
import { formatBytes } from "../../../../src/lib/format.ts";
import { citationText, pageUrl } from "../../../../src/lib/data/citation.ts";
import { absolutizeUrls } from "../../../../src/client/data/citation.ts";
import type { Manifest } from "../../../../src/lib/published.ts";

const file = (name: string, bytes: number, rows: number | null = 3) => ({
  file: name,
  bytes,
  sha256: name.length.toString(16).padStart(64, "0"),
  rows,
});
const manifest: Manifest = {
  pipeline_version: "9.9.9",
  files: [
    file("geo/quartier.topojson", 57664, 145),
    file("geo/bassin.topojson", 13492, 5),
    file("observatory.duckdb", 6303744, null),
    file("tables/zeta.csv", 120),
    file("tables/indicators.parquet", 900),
    file("tables/indicators.csv", 1500),
    file("tables/zeta.parquet", 800),
    file("manifest.json", 10, null),
  ],
  sources: [],
};

describe("tableDownloads(manifest, order)", () => {
  it("pairs each table's CSV and Parquet, with href, size, checksum and rows", () => {
    const tables = tableDownloads(manifest);
    expect(tables.map((t) => t.name)).toEqual(["indicators", "zeta"]);
    expect(tables[0]).toEqual({
      name: "indicators",
      csv: {
        file: "tables/indicators.csv",
        href: "/data/tables/indicators.csv",
        bytes: 1500,
        sha256: manifest.files[5]!.sha256,
        rows: 3,
      },
      parquet: {
        file: "tables/indicators.parquet",
        href: "/data/tables/indicators.parquet",
        bytes: 900,
        sha256: manifest.files[4]!.sha256,
        rows: 3,
      },
    });
  });
  it("follows the order given (the codebook's), then names", () => {
    expect(tableDownloads(manifest, ["zeta"]).map((t) => t.name)).toEqual(["zeta", "indicators"]);
  });
});

describe("latestDownloads(manifest, order)", () => {
  it("pairs each level's latest-values CSV and Parquet, finest level first, and leaves the tables out", () => {
    const latest = latestDownloads(
      {
        ...manifest,
        files: [
          ...manifest.files,
          file("latest/commune.parquet", 50, 19),
          file("latest/quartier.csv", 400, 145),
          file("latest/commune.csv", 70, 19),
          file("latest/quartier.parquet", 300, 145),
        ],
      },
      ["quartier", "commune"],
    );
    expect(latest.map((d) => [d.level, d.csv.href, d.parquet?.href, d.csv.rows])).toEqual([
      ["quartier", "/data/latest/quartier.csv", "/data/latest/quartier.parquet", 145],
      ["commune", "/data/latest/commune.csv", "/data/latest/commune.parquet", 19],
    ]);
    expect(latestDownloads(manifest)).toEqual([]);
  });
});

describe("geometryDownloads(manifest, order) and databaseDownload(manifest)", () => {
  it("lists each level's TopoJSON, finest first", () => {
    expect(
      geometryDownloads(manifest, ["sector", "quartier", "commune", "bassin"]).map((g) => [g.level, g.topojson.href]),
    ).toEqual([
      ["quartier", "/data/geo/quartier.topojson"],
      ["bassin", "/data/geo/bassin.topojson"],
    ]);
  });
  it("finds the DuckDB file", () => {
    expect(databaseDownload(manifest)).toMatchObject({ href: "/data/observatory.duckdb", bytes: 6303744 });
    expect(databaseDownload({ ...manifest, files: [] })).toBeUndefined();
  });
  it("finds the database's gzipped copy, apart from the database", () => {
    const withCopy = { ...manifest, files: [file("observatory.duckdb.gz", 412000, null), ...manifest.files] };
    expect(compressedDatabaseDownload(withCopy)).toMatchObject({ href: "/data/observatory.duckdb.gz", bytes: 412000 });
    expect(databaseDownload(withCopy)).toMatchObject({ file: "observatory.duckdb" });
    expect(compressedDatabaseDownload(manifest)).toBeUndefined();
  });
});

describe("formatBytes(bytes, language)", () => {
  // Intl separates number and unit with a (narrow) no-break space.
  const size = (bytes: number, language: "fr" | "nl" | "en") => formatBytes(bytes, language).replace(/\s/g, " ");
  it("writes sizes with the language's units and decimal separator", () => {
    expect(size(57664, "fr")).toBe("57,7 ko");
    expect(size(57664, "nl")).toBe("57,7 kB");
    expect(size(6303744, "en")).toBe("6.3 MB");
    expect(size(296, "en")).toBe("0.3 kB");
  });
});

describe("codebookTables(rows, language)", () => {
  const rows = [
    {
      table_name: "sectors",
      column_name: "",
      column_type: "",
      description_fr: "Secteurs",
      description_nl: "Sectoren",
      description_en: "Sectors",
    },
    {
      table_name: "sectors",
      column_name: "sector_code",
      column_type: "VARCHAR",
      description_fr: "Code du secteur",
      description_nl: "Code van de sector",
      description_en: "Sector code",
    },
    {
      table_name: "levels",
      column_name: "level",
      column_type: "VARCHAR",
      description_fr: "Niveau",
      description_nl: "Niveau",
      description_en: "Level",
    },
  ];
  it("groups the columns by table in the page's language, the table's own row as its description", () => {
    expect(codebookTables(rows, "nl")).toEqual([
      {
        table: "sectors",
        description: "Sectoren",
        columns: [{ name: "sector_code", type: "VARCHAR", description: "Code van de sector" }],
      },
      { table: "levels", description: "", columns: [{ name: "level", type: "VARCHAR", description: "Niveau" }] },
    ]);
  });
});

describe("splitCaveats(text)", () => {
  it("splits the sources table's caveats on ' | '", () => {
    expect(splitCaveats("One. | Two.")).toEqual(["One.", "Two."]);
    expect(splitCaveats("")).toEqual([]);
    expect(splitCaveats(undefined)).toEqual([]);
  });
});

describe("citationText(language, release, url)", () => {
  // The release now carries its date (issue 13); without one the text is what it was.
  const undated = { version: "0.1.0", date: null };
  it("names the observatory, its version and the page, and leaves the access date to the reader", () => {
    expect(citationText("fr", undated, "https://example.org/fr/data/")).toBe(
      "Observatoire social-santé de Bruxelles, version 0.1.0. Données et site web. https://example.org/fr/data/ (consulté le [date]).",
    );
    expect(citationText("nl", undated, "/nl/data/")).toContain("versie 0.1.0");
    expect(citationText("en", undated, "/en/data/")).toContain("(accessed [date])");
  });
  it("uses the absolute address when the site's origin is configured", () => {
    expect(pageUrl("/en/data/", new URL("https://obs.example/"))).toBe("https://obs.example/en/data/");
    expect(pageUrl("/en/data/", undefined)).toBe("/en/data/");
  });
});

describe("absolutizeUrls(root, origin)", () => {
  it("completes a relative address with the origin the reader is on", () => {
    const element = {
      dataset: { relativeUrl: "/en/data/" },
      textContent: "Cite /en/data/ (accessed [date]).",
      removeAttribute() {},
    };
    const root = { querySelectorAll: () => [element] } as unknown as ParentNode;
    absolutizeUrls(root, "http://127.0.0.1:4321");
    expect(element.textContent).toBe("Cite http://127.0.0.1:4321/en/data/ (accessed [date]).");
  });
});
