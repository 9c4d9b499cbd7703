import { crc32 as nodeCrc32 } from "node:zlib";
import { describe, expect, it } from "vitest";
import { columnName, crc32, writeXlsx, xlsxParts, zipStored } from "../../../src/lib/xlsx.ts";
import { unzip } from "../../helpers/unzip.ts";

describe("columnName(index)", () => {
  it("writes spreadsheet column letters", () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(columnName)).toEqual([
      "A",
      "B",
      "Z",
      "AA",
      "AB",
      "AZ",
      "BA",
      "ZZ",
      "AAA",
    ]);
  });
});

describe("crc32(bytes)", () => {
  it("agrees with zlib's", () => {
    const bytes = new TextEncoder().encode("Pénurie de généralistes — 0,9 ‰");
    expect(crc32(bytes)).toBe(nodeCrc32(bytes) >>> 0);
    expect(crc32(new Uint8Array())).toBe(0);
  });
});

describe("zipStored(files)", () => {
  it("writes an archive whose central directory finds every entry with its checksum", () => {
    const files = unzip(
      zipStored([
        ["a.txt", new TextEncoder().encode("alpha")],
        ["dir/é.xml", new TextEncoder().encode("<x/>")],
      ]),
    );
    expect([...files]).toEqual([
      ["a.txt", "alpha"],
      ["dir/é.xml", "<x/>"],
    ]);
  });
});

describe("writeXlsx(sheets)", () => {
  const sheets = [
    { name: "About", rows: [['Computed from your file "a&b.csv"']] },
    {
      name: "Results: all/levels",
      rows: [
        ["level", "code", "value"],
        ["quartier", "1", 0.912],
        ["quartier", "2", null],
      ],
    },
  ];

  it("holds the workbook parts, a sheet per table with text inline and numbers as numbers", () => {
    const files = unzip(writeXlsx(sheets));
    expect([...files.keys()]).toEqual([
      "[Content_Types].xml",
      "_rels/.rels",
      "xl/workbook.xml",
      "xl/_rels/workbook.xml.rels",
      "xl/worksheets/sheet1.xml",
      "xl/worksheets/sheet2.xml",
    ]);
    // Sheet names lose the characters Excel refuses.
    expect(files.get("xl/workbook.xml")).toContain('<sheet name="About" sheetId="1" r:id="rId1"/>');
    expect(files.get("xl/workbook.xml")).toContain('<sheet name="Results  all levels" sheetId="2" r:id="rId2"/>');
    expect(files.get("xl/worksheets/sheet1.xml")).toContain(
      '<c r="A1" t="inlineStr"><is><t xml:space="preserve">Computed from your file &quot;a&amp;b.csv&quot;</t></is></c>',
    );
    const sheet2 = files.get("xl/worksheets/sheet2.xml")!;
    expect(sheet2).toContain('<row r="2"><c r="A2" t="inlineStr"><is><t xml:space="preserve">quartier</t></is></c>');
    expect(sheet2).toContain('<c r="C2"><v>0.912</v></c>');
    // An empty value leaves its cell out.
    expect(sheet2).not.toContain('r="C3"');
  });

  it("gives the same bytes for the same tables", () => {
    expect(writeXlsx(sheets)).toEqual(writeXlsx(sheets));
    expect(xlsxParts(sheets)).toHaveLength(6);
  });

  it("keeps two sheet names apart when they only differ by case", () => {
    const parts = xlsxParts([
      { name: "Data", rows: [] },
      { name: "data", rows: [] },
    ]);
    expect(parts[2]![1]).toContain('<sheet name="Data"');
    expect(parts[2]![1]).toContain('<sheet name="data_2"');
  });
});
