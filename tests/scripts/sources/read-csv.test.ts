import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readSourceCsv, type PipelineContext } from "../../../scripts/lib/context.ts";
import { readCsv, type CsvCache } from "../../../scripts/sources/read-csv.ts";

const dir = mkdtempSync(join(tmpdir(), "obs-csv-"));
function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}
const columns = ["code", "name", "population"];

describe("readCsv(path, {columns, delimiter})", () => {
  it("reads a well-formed file and reports typed cells", () => {
    const table = readCsv(
      file(
        "good.csv",
        '\uFEFFcode,name,population,extra\n21001,Anderlecht,126196,x\n21002,"Auderghem, Oudergem",35310,y\n',
      ),
      { columns },
    );
    expect(table.length).toBe(2);
    expect(table.text(1, "name")).toBe("Auderghem, Oudergem");
    expect(table.integer(0, "population")).toBe(126196);
    expect(table.rowNumber(1)).toBe(3);
  });

  it("rejects an empty file", () => {
    const path = file("empty.csv", "");
    expect(() => readCsv(path, { columns })).toThrow(`${path}: file is empty`);
  });

  it("rejects a file with a header and no rows", () => {
    const path = file("header-only.csv", "code,name,population\n");
    expect(() => readCsv(path, { columns })).toThrow(
      `${path} (row 2): file has a header but no data rows (truncated?)`,
    );
  });

  it("rejects a truncated last row, naming the row and the first missing column", () => {
    const path = file("truncated.csv", "code,name,population\n21001,Anderlecht,126196\n21002,Aude");
    expect(() => readCsv(path, { columns })).toThrow(
      `${path} (row 3, column "population"): has 2 fields, expected 3 as in the header (truncated file?)`,
    );
  });

  it("rejects a file cut inside a quoted field", () => {
    const path = file("open-quote.csv", 'code,name,population\n21001,"Anderl');
    expect(() => readCsv(path, { columns })).toThrow(/open-quote\.csv \(row 2\): .*quote.*\(truncated file\?\)/i);
  });

  it("names a missing column", () => {
    const path = file("missing.csv", "code,label,population\n21001,Anderlecht,1\n");
    expect(() => readCsv(path, { columns })).toThrow(
      `${path} (row 1, column "name"): missing column "name" (found: code, label, population)`,
    );
  });

  it("recognises a semicolon-separated file read as comma-separated", () => {
    const path = file("semicolon.csv", "code;name;population\n21001;Anderlecht;1\n");
    expect(() => readCsv(path, { columns })).toThrow(
      `${path} (row 1): uses ";" as separator; this source is read with ","`,
    );
  });

  it("reads a semicolon-separated source when told to", () => {
    const table = readCsv(file("semicolon-ok.csv", "code;name;population\n21001;Anderlecht;1\n"), {
      columns,
      delimiter: ";",
    });
    expect(table.text(0, "name")).toBe("Anderlecht");
  });

  it("rejects Latin-1 text, naming the line and the byte", () => {
    const latin1 = Buffer.concat([
      Buffer.from(
        "code,name,population\n21004,Bruxelles,1\n21009,Ixelles,2\n21013,Saint-Gilles,3\n21016,Uccle,4\n21019,Watermael-Boitsfort,5\n21001,",
      ),
      Buffer.from([0x41, 0x6e, 0x64, 0xe9]),
      Buffer.from(",6\n"),
    ]);
    const path = file("latin1.csv", latin1);
    expect(() => readCsv(path, { columns })).toThrow(
      `${path} (row 7, column 10): not valid UTF-8: byte 0xe9 at offset 127 (is the file Latin-1 or Windows-1252 encoded? re-save it as UTF-8)`,
    );
  });

  it("locates bad cells by row and column", () => {
    const table = readCsv(file("cells.csv", "code,name,population\nX1,Anderlecht,12.5\n21002,,abc\n"), { columns });
    expect(() => table.code(0, "code", /^\d{5}$/, "commune code")).toThrow(
      'cells.csv (row 2, column "code"): "X1" is not a valid commune code',
    );
    expect(() => table.integer(0, "population")).toThrow(
      'cells.csv (row 2, column "population"): "12.5" is not an integer',
    );
    expect(() => table.required(1, "name")).toThrow('cells.csv (row 3, column "name"): empty value');
    expect(() => table.number(1, "population")).toThrow(
      'cells.csv (row 3, column "population"): "abc" is not a number',
    );
  });
});

describe("readCsv(path, options, cache) and readSourceCsv(context, path, options)", () => {
  it("parses a file once and still checks each caller's columns", () => {
    const path = file("shared.csv", "code,name,population\n21001,Anderlecht,1\n");
    const cache: CsvCache = new Map();
    const first = readCsv(path, { columns: ["code"] }, cache);
    writeFileSync(path, "code,name,population\n21002,Auderghem,2\n");
    expect(readCsv(path, { columns: ["name"] }, cache)).toBe(first);
    expect(() => readCsv(path, { columns: ["label"] }, cache)).toThrow(
      `${path} (row 1, column "label"): missing column "label" (found: code, name, population)`,
    );
  });

  it("reports a bad row to every caller, after a missing column", () => {
    const path = file("shared-truncated.csv", "code,name,population\n21001,Anderlecht,1\n21002,Aude");
    const cache: CsvCache = new Map();
    const truncated = `${path} (row 3, column "population"): has 2 fields, expected 3 as in the header (truncated file?)`;
    expect(() => readCsv(path, { columns }, cache)).toThrow(truncated);
    expect(() => readCsv(path, { columns: ["label"] }, cache)).toThrow(
      `${path} (row 1, column "label"): missing column "label"`,
    );
    expect(() => readCsv(path, { columns }, cache)).toThrow(truncated);
  });

  it("shares a parse within one context only", () => {
    const path = file("per-run.csv", "code,name,population\n21001,Anderlecht,1\n");
    const context = (): PipelineContext => ({ rawDirs: [dir], referenceDir: dir, registry: new Map() });
    const run = context();
    const first = readSourceCsv(run, path, { columns });
    writeFileSync(path, "code,name,population\n21002,Auderghem,2\n");
    expect(readSourceCsv(run, path, { columns })).toBe(first);
    expect(readSourceCsv(context(), path, { columns }).text(0, "name")).toBe("Auderghem");
  });
});

describe("CsvTable.number(index, column) and text(index, column) read strictly", () => {
  it.each([["0x1F"], ["1e3"], ["+12"], [".5"], ["12."], ["1 000"], ["true"], ["Infinity"], ["12,5"]])(
    'refuses "%s", which Number() would read or round',
    (cell) => {
      const path = file(`number-${cell.replace(/\W/g, "_")}.csv`, `code,name,population\n21001,Anderlecht,"${cell}"\n`);
      const table = readCsv(path, { columns });
      expect(() => table.number(0, "population")).toThrow(
        `${path} (row 2, column "population"): ${JSON.stringify(cell)} is not a number (expected a plain decimal such as 12 or -4.35)`,
      );
    },
  );

  it("reads canonical decimals, negative ones included, and a blank optional cell as null", () => {
    const table = readCsv(file("decimals.csv", "code,name,population\n1,a,-4.35\n2,b,0012\n3,c, \n"), { columns });
    expect([
      table.number(0, "population"),
      table.number(1, "population"),
      table.optionalNumber(2, "population"),
    ]).toEqual([-4.35, 12, null]);
    expect(() => table.number(2, "population")).toThrow(
      '(row 4, column "population"): empty value, a number is required',
    );
  });

  it("refuses a name with a NUL byte, naming row and column", () => {
    const path = file("nul.csv", "code,name,population\n21001,Ander\u0000lecht,1\n");
    expect(() => readCsv(path, { columns }).required(0, "name")).toThrow(
      `${path} (row 2, column "name"): contains the control character U+0000 at character 6; text must be printable`,
    );
  });
});
