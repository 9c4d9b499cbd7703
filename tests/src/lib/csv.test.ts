import { describe, expect, it } from "vitest";
import { BOM, csvChunks, csvField, csvRecord, toCsv } from "../../../src/lib/csv.ts";

describe("csvField(value)", () => {
  it("leaves plain values as they are", () => {
    expect(csvField("Anderlecht")).toBe("Anderlecht");
    expect(csvField(12.5)).toBe("12.5");
    expect(csvField(-0.001)).toBe("-0.001");
    expect(csvField(9007199254740993n)).toBe("9007199254740993");
    expect(csvField(true)).toBe("true");
  });

  it("writes NULL as an empty field", () => {
    expect(csvField(null)).toBe("");
    expect(csvField(undefined)).toBe("");
  });

  it("quotes fields with a comma, a quote or a line break, doubling the quotes", () => {
    expect(csvField("Grand Place, Bruxelles")).toBe('"Grand Place, Bruxelles"');
    expect(csvField('the "Marolles"')).toBe('"the ""Marolles"""');
    expect(csvField("line 1\nline 2")).toBe('"line 1\nline 2"');
    expect(csvField("line 1\r\nline 2")).toBe('"line 1\r\nline 2"');
    expect(csvField('"')).toBe('""""');
  });

  it("keeps accents and other Unicode as they are", () => {
    expect(csvField("Molenbeek-Saint-Jean — Sint-Jans-Molenbeek, Ixelles/Elsene: ç é ü ß 🦆")).toBe(
      '"Molenbeek-Saint-Jean — Sint-Jans-Molenbeek, Ixelles/Elsene: ç é ü ß 🦆"',
    );
  });
});

describe("csvRecord(values)", () => {
  it("joins with commas and ends with CRLF (RFC 4180)", () => {
    expect(csvRecord(["a", 1, null, "b,c"])).toBe('a,1,,"b,c"\r\n');
  });
});

describe("toCsv(header, rows)", () => {
  it("starts with a UTF-8 byte order mark then the header", () => {
    const csv = toCsv(
      ["quartier", "population"],
      [
        ["Dansaert", 8942],
        ['Saint-Gilles "Parvis"', null],
      ],
    );
    expect(csv).toBe(`${BOM}quartier,population\r\nDansaert,8942\r\n"Saint-Gilles ""Parvis""",\r\n`);
    const bytes = new TextEncoder().encode(csv);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it("writes a header alone for an empty result", () => {
    expect(toCsv(["a", "b"], [])).toBe(`${BOM}a,b\r\n`);
  });

  it("reads back to the same cells with an RFC 4180 parser", async () => {
    const { default: Papa } = await import("papaparse");
    const rows = [
      ["x,y", 'q"q', "multi\nline", ""],
      ["é", "1", "-2.5", "😀"],
    ];
    const parsed = Papa.parse<string[]>(toCsv(["a", "b", "c", "d"], rows).slice(1), { newline: "\r\n" }).data.filter(
      (r) => r.length > 1,
    );
    expect(parsed).toEqual([["a", "b", "c", "d"], ...rows]);
  });
});

describe("csvChunks(header, rows, rowsPerChunk)", () => {
  it("cuts the file between records and loses nothing", () => {
    const rows = Array.from({ length: 25 }, (_, i) => [i, `r${i}`]);
    const chunks = [...csvChunks(["n", "s"], rows, 10)];
    expect(chunks).toHaveLength(3);
    expect(chunks.every((chunk) => chunk.endsWith("\r\n"))).toBe(true);
    expect(chunks.join("")).toBe(toCsv(["n", "s"], rows));
  });
});
