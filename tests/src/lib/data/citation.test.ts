import { describe, expect, it } from "vitest";
import {
  bibtex,
  citationText,
  datasetRecord,
  figureCitationText,
  releaseOf,
  releaseText,
  ris,
} from "../../../../src/lib/data/citation.ts";

const release = { version: "0.3.1", date: "2026-12-07" };

/** A small BibTeX reader: one entry, fields `name = {value}` with balanced braces. */
function parseBibtex(text: string): { type: string; key: string; fields: Record<string, string> } {
  const head = /^@(\w+)\{([^,\s]+),\n/.exec(text);
  if (!head) throw new Error(`no entry head in ${text}`);
  const fields: Record<string, string> = {};
  let i = head[0].length;
  while (i < text.length) {
    const field = /^\s*(\w+) = \{/.exec(text.slice(i));
    if (!field) break;
    i += field[0].length;
    let depth = 1;
    let value = "";
    while (depth > 0) {
      const c = text[i++];
      if (c === undefined) throw new Error(`unbalanced braces in field ${field[1]}`);
      if (c === "\\") {
        value += text[i++];
        continue;
      }
      if (c === "{") depth++;
      if (c === "}") depth--;
      if (depth > 0) value += c;
    }
    fields[field[1]!] = value;
    const separator = /^(,\n|\n\}\n)/.exec(text.slice(i));
    if (!separator) throw new Error(`unexpected text after field ${field[1]}: ${text.slice(i, i + 10)}`);
    i += separator[0].length;
  }
  if (i !== text.length) throw new Error(`trailing text: ${text.slice(i)}`);
  return { type: head[1]!, key: head[2]!, fields };
}

/** An RIS reader: "XX  - value" lines ending in CRLF, TY first and ER last. */
function parseRis(text: string): [string, string][] {
  expect(text.endsWith("\r\n")).toBe(true);
  const lines = text.slice(0, -2).split("\r\n");
  return lines.map((line) => {
    const match = /^([A-Z][A-Z0-9]) {2}- ?(.*)$/.exec(line);
    if (!match) throw new Error(`not an RIS line: ${JSON.stringify(line)}`);
    return [match[1]!, match[2]!];
  });
}

describe("release", () => {
  it("reads the version and date of the manifest, and says them in each language", () => {
    expect(releaseOf({ pipeline_version: "0.3.1", release_date: "2026-12-07" })).toEqual(release);
    expect(releaseOf({ pipeline_version: "0.3.1" })).toEqual({ version: "0.3.1", date: null });
    expect(releaseText("fr", release)).toBe("version 0.3.1 du 7 décembre 2026");
    expect(releaseText("nl", release)).toBe("versie 0.3.1 van 7 december 2026");
    expect(releaseText("en", release)).toBe("version 0.3.1 of 7 December 2026");
    expect(citationText("en", release, "https://obs.example/en/data/")).toBe(
      "Brussels social-health observatory, version 0.3.1 of 7 December 2026. Data and website. https://obs.example/en/data/ (accessed [date]).",
    );
  });
});

describe("figureCitationText", () => {
  const figure = {
    subject: "Fragility index",
    value: "0.42",
    area: "Marolles (quartier)",
    year: 2025,
    sources: "IBSA (2025)",
    release,
    url: "https://obs.example/en/quartier/58/",
  };
  it("gives the number, area, year, source, release and permalink in each language", () => {
    expect(figureCitationText("en", figure)).toBe(
      "Fragility index: 0.42, Marolles (quartier), 2025. Source: IBSA (2025). Brussels social-health observatory, version 0.3.1 of 7 December 2026. https://obs.example/en/quartier/58/",
    );
    expect(figureCitationText("fr", figure)).toBe(
      "Fragility index : 0.42, Marolles (quartier), 2025. Source : IBSA (2025). Observatoire social-santé de Bruxelles, version 0.3.1 du 7 décembre 2026. https://obs.example/en/quartier/58/",
    );
    expect(figureCitationText("nl", figure)).toContain("Bron: IBSA (2025). Brussels observatorium");
  });
  it("leaves the number out when the figure is not one number, and the area and year for a map", () => {
    expect(figureCitationText("en", { ...figure, value: undefined })).toBe(
      "Fragility index, Marolles (quartier), 2025. Source: IBSA (2025). Brussels social-health observatory, version 0.3.1 of 7 December 2026. https://obs.example/en/quartier/58/",
    );
    expect(figureCitationText("en", { ...figure, subject: "Fragility index, by quartier (2025)" }, "map")).toBe(
      "Fragility index, by quartier (2025). Source: IBSA (2025). Brussels social-health observatory, version 0.3.1 of 7 December 2026. https://obs.example/en/quartier/58/",
    );
  });
});

describe("bibtex(record)", () => {
  it("parses as one @misc entry with title, publisher, year, version and address", () => {
    const entry = parseBibtex(bibtex(datasetRecord("fr", release, "https://obs.example/fr/data/")));
    expect(entry).toEqual({
      type: "misc",
      key: "brussels-observatory-0-3-1",
      fields: {
        author: "{Observatoire social-santé de Bruxelles}",
        title: "Observatoire social-santé de Bruxelles",
        publisher: "Observatoire social-santé de Bruxelles",
        year: "2026",
        date: "2026-12-07",
        version: "0.3.1",
        howpublished: "Dataset and website",
        url: "https://obs.example/fr/data/",
        language: "french",
      },
    });
  });
  it("escapes braces so that a title stays one field, and leaves out the year when the date is unknown", () => {
    const record = { ...datasetRecord("en", { version: "1", date: null }, "/en/data/"), title: "A {b} c" };
    const entry = parseBibtex(bibtex(record));
    expect(entry.fields.title).toBe("A {b} c");
    expect(entry.fields.year).toBeUndefined();
  });
});

describe("ris(record)", () => {
  it("parses as one DATA record with title, publisher, year, date and address", () => {
    expect(parseRis(ris(datasetRecord("nl", release, "https://obs.example/nl/data/")))).toEqual([
      ["TY", "DATA"],
      ["TI", "Brussels observatorium voor welzijn en gezondheid"],
      ["AU", "Brussels observatorium voor welzijn en gezondheid"],
      ["PB", "Brussels observatorium voor welzijn en gezondheid"],
      ["PY", "2026"],
      ["DA", "2026/12/07"],
      ["ET", "0.3.1"],
      ["UR", "https://obs.example/nl/data/"],
      ["LA", "nl"],
      ["ER", ""],
    ]);
  });
  it("keeps a value on one line", () => {
    const record = { ...datasetRecord("en", release, "/en/data/"), title: "two\nlines" };
    expect(parseRis(ris(record))[1]).toEqual(["TI", "two lines"]);
  });
});
