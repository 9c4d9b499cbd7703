import { deflateRawSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { readRegisterFile, RegisterError, describeIssue } from "../../../../../src/core/gp/register/index.ts";
import { zipArchive } from "../../../../helpers/zip.ts";

const utf8 = (text: string) => new TextEncoder().encode(text);

/** The RegisterError a file raises, as "row, column: message". */
async function failure(name: string, bytes: Uint8Array): Promise<string> {
  try {
    await readRegisterFile(name, bytes);
  } catch (error) {
    expect(error).toBeInstanceOf(RegisterError);
    return describeIssue((error as RegisterError).issue);
  }
  throw new Error(`${name} was read without error`);
}

describe("readRegisterFile(fileName, bytes) on CSV", () => {
  it("reads a comma-separated file with a byte-order mark, quoted cells and CRLF line ends", async () => {
    const bytes = new Uint8Array([
      0xef,
      0xbb,
      0xbf,
      ...utf8(
        'Practice_ID,name,lon,lat\r\np1,"Cabinet ""Midi"", Saint-Gilles",4.3357,50.8357\r\n\r\np2,Étterbeek,4.39,50.83\r\n',
      ),
    ]);
    const table = await readRegisterFile("r.csv", bytes);
    expect(table).toEqual({
      fileName: "r.csv",
      format: "csv",
      separator: ",",
      header: ["practice_id", "name", "lon", "lat"],
      rows: [
        { row: 2, cells: ["p1", 'Cabinet "Midi", Saint-Gilles', "4.3357", "50.8357"] },
        { row: 4, cells: ["p2", "Étterbeek", "4.39", "50.83"] },
      ],
    });
  });

  it("detects the semicolon from the header and pads short rows", async () => {
    const table = await readRegisterFile("r.csv", utf8("practice_id;sector_code;gp_fte\np1;21001A00-\n"));
    expect(table.separator).toBe(";");
    expect(table.rows).toEqual([{ row: 2, cells: ["p1", "21001A00-"] }]);
  });

  it("counts the lines of a quoted cell that spans lines", async () => {
    const table = await readRegisterFile("r.csv", utf8('practice_id,name,sector_code\np1,"two\nlines",X\np2,b,Y'));
    expect(table.rows.map((r) => r.row)).toEqual([2, 4]);
  });

  it("refuses Latin-1 with the row, column and byte of the first accent", async () => {
    const latin1 = new Uint8Array([...utf8("practice_id;name;sector_code\np1;Cabinet "), 0xe9, ...utf8("t\u00e9;X\n")]);
    expect(await failure("r.csv", latin1)).toBe(
      'row 2, column "name": the file is not UTF-8: byte 0xE9 looks like Latin-1 or Windows-1252; save it again as CSV UTF-8 and load it again',
    );
  });

  it("refuses a tab-separated file", async () => {
    expect(await failure("r.csv", utf8("practice_id\tlon\tlat\np1\t4.3\t50.8\n"))).toBe(
      "row 1: columns are separated by tabs: separate them with a comma (,) or a semicolon (;)",
    );
  });

  it("refuses a header without practice_id, without location, with half a pair, or with a column twice", async () => {
    expect(await failure("r.csv", utf8("id,lon,lat\n"))).toBe(
      'row 1, column "practice_id": the column practice_id is missing: it is required',
    );
    expect(await failure("r.csv", utf8("practice_id,name\n"))).toBe(
      "row 1: no location column: give lon and lat (WGS84), or x_l72 and y_l72 (Lambert 72), or sector_code, or quartier_code",
    );
    expect(await failure("r.csv", utf8("practice_id,x_l72\n"))).toBe(
      'row 1, column "y_l72": the column x_l72 is given without y_l72: give both',
    );
    expect(await failure("r.csv", utf8("practice_id,lat\n"))).toBe(
      'row 1, column "lon": the column lat is given without lon: give both',
    );
    expect(await failure("r.csv", utf8("practice_id,sector_code,Sector_Code\n"))).toBe(
      'row 1, column "sector_code": the column sector_code appears twice in the header',
    );
  });

  it("refuses a row with more filled cells than columns, an unclosed quote, an empty file and other formats", async () => {
    expect(await failure("r.csv", utf8("practice_id,sector_code\np1,X,,\np2,Y,Z\n"))).toBe(
      "row 3: this row has 3 cells but the header has 2 columns",
    );
    expect(await failure("r.csv", utf8('practice_id,sector_code\np1,"X\n'))).toBe(
      "row 2: a quoted cell opened on this row is never closed",
    );
    expect(await failure("r.csv", new Uint8Array())).toBe("the file is empty");
    expect(await failure("r.csv", utf8(" \n"))).toBe("the file is empty");
    expect(await failure("r.ods", utf8("practice_id,lon,lat\n"))).toBe(
      "r.ods is neither a CSV nor an XLSX file: save the register as CSV (UTF-8) or XLSX",
    );
  });
});

describe("readRegisterFile(fileName, bytes) on XLSX", () => {
  const sheet = (rows: string) =>
    `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData></worksheet>`;
  const workbook = (files: Record<string, string>, deflate = true) =>
    zipArchive(
      Object.entries(files).map(([name, text]) => ({ name, data: utf8(text) })),
      deflate ? (data) => deflateRawSync(data) : null,
    );
  const base = {
    "xl/workbook.xml": '<workbook><sheets><sheet name="GP" sheetId="1" r:id="rId3"/></sheets></workbook>',
    "xl/_rels/workbook.xml.rels":
      '<Relationships><Relationship Id="rId3" Type="worksheet" Target="worksheets/gp.xml"/></Relationships>',
    "xl/sharedStrings.xml":
      "<sst><si><t>practice_id</t></si><si><r><t>na</t></r><r><t>me</t></r><rPh><t>x</t></rPh></si><si><t>Caf&#233; &amp; co</t></si></sst>",
  };

  it("reads the first sheet through the workbook's relationships: shared, inline and rich strings, numbers, booleans", async () => {
    const bytes = workbook({
      ...base,
      "xl/worksheets/gp.xml": sheet(
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><t>lon</t></is></c><c r="D1" t="str"><v>lat</v></c><c r="E1" t="inlineStr"><is><t>accepts_new_patients</t></is></c><c r="F1" s="1"/></row>' +
          '<row r="2"><c r="A2"><v>17</v></c><c r="B2" t="s"><v>2</v></c><c r="C2"><v>4.3357</v></c><c r="D2"><v>50.8357</v></c><c r="E2" t="b"><v>1</v></c></row>' +
          '<row r="3"/>' +
          '<row r="5"><c r="A5" t="inlineStr"><is><t>p5</t></is></c><c r="D5"><v>50.8</v></c></row>',
      ),
    });
    const table = await readRegisterFile("Register.XLSX", bytes);
    expect(table).toEqual({
      fileName: "Register.XLSX",
      format: "xlsx",
      separator: null,
      header: ["practice_id", "name", "lon", "lat", "accepts_new_patients"],
      rows: [
        { row: 2, cells: ["17", "Café & co", "4.3357", "50.8357", "true"] },
        { row: 5, cells: ["p5", "", "", "50.8", ""] },
      ],
    });
  });

  it("reads a stored (uncompressed) archive and falls back to sheet1 without relationships", async () => {
    const bytes = workbook(
      {
        "xl/worksheets/sheet1.xml": sheet(
          '<row><c t="inlineStr"><is><t>practice_id</t></is></c><c t="inlineStr"><is><t>quartier_code</t></is></c></row><row><c t="inlineStr"><is><t>a</t></is></c><c><v>58</v></c></row>',
        ),
      },
      false,
    );
    expect((await readRegisterFile("r.xlsx", bytes)).rows).toEqual([{ row: 2, cells: ["a", "58"] }]);
  });

  it("names the row of a cell beyond the header", async () => {
    const bytes = workbook({
      ...base,
      "xl/worksheets/gp.xml": sheet(
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>sector_code</t></is></c></row><row r="7"><c r="A7"><v>1</v></c><c r="D7"><v>2</v></c></row>',
      ),
    });
    expect(await failure("r.xlsx", bytes)).toBe("row 7: this row has 4 cells but the header has 2 columns");
  });

  it("refuses a file that is not a workbook, a damaged archive and an empty sheet", async () => {
    expect(await failure("r.xlsx", utf8("practice_id,lon,lat\n"))).toBe(
      "the XLSX file cannot be read (not a ZIP archive): save it again from a spreadsheet, or as CSV (UTF-8)",
    );
    const good = workbook({ ...base, "xl/worksheets/gp.xml": sheet("") });
    expect(await failure("r.xlsx", good)).toBe("the file is empty");
    const damaged = good.slice();
    damaged[damaged.length - 6] = 0xff; // central directory offset past the end
    expect(await failure("r.xlsx", damaged)).toBe(
      "the XLSX file cannot be read (damaged ZIP directory): save it again from a spreadsheet, or as CSV (UTF-8)",
    );
    const noSheet = workbook({ "xl/workbook.xml": "<workbook/>" });
    expect(await failure("r.xlsx", noSheet)).toBe(
      "the XLSX file cannot be read (no worksheet xl/worksheets/sheet1.xml): save it again from a spreadsheet, or as CSV (UTF-8)",
    );
  });
});
