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
  it("writes the international dialect without byte order mark: comma, decimal point, header first", () => {
    const csv = toCsv(
      ["quartier", "population"],
      [
        ["Dansaert", 8942],
        ['Saint-Gilles "Parvis"', null],
      ],
    );
    expect(csv).toBe(`quartier,population\r\nDansaert,8942\r\n"Saint-Gilles ""Parvis""",\r\n`);
  });

  it("writes a header alone for an empty result", () => {
    expect(toCsv(["a", "b"], [])).toBe(`a,b\r\n`);
  });

  it("reads back to the same cells with an RFC 4180 parser", async () => {
    const { default: Papa } = await import("papaparse");
    const rows = [
      ["x,y", 'q"q', "multi\nline", ""],
      ["é", "1", "-2.5", "😀"],
    ];
    const parsed = Papa.parse<string[]>(toCsv(["a", "b", "c", "d"], rows), { newline: "\r\n" }).data.filter(
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

describe("the Excel (Belgium/France) dialect", () => {
  it("starts with a UTF-8 byte order mark, separates with ';' and ends records with CRLF", () => {
    const csv = toCsv(["quartier", "taux"], [["Dansaert", 12.5]], "excel");
    expect(csv).toBe(`${BOM}quartier;taux\r\nDansaert;12,5\r\n`);
    expect([...new TextEncoder().encode(csv).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it("writes numbers with a decimal comma, negatives and integers as they are, nulls empty", () => {
    expect(csvRecord([-0.25, -3, 1234567.891, 0, null, undefined, 1.5e-7], "excel")).toBe(
      "-0,25;-3;1234567,891;0;;;1,5e-7\r\n",
    );
  });

  it("quotes text holding ';', quotes or line breaks, and leaves commas and points in text alone", () => {
    expect(csvField("Ixelles; Elsene", "excel")).toBe('"Ixelles; Elsene"');
    expect(csvField("Grand Place, Bruxelles", "excel")).toBe("Grand Place, Bruxelles");
    expect(csvField('le "Parvis"', "excel")).toBe('"le ""Parvis"""');
    expect(csvField("ligne 1\r\nligne 2", "excel")).toBe('"ligne 1\r\nligne 2"');
    expect(csvField("v1.2", "excel")).toBe("v1.2");
    // The international dialect quotes commas, not semicolons.
    expect(csvField("a;b")).toBe("a;b");
    expect(csvField("a,b")).toBe('"a,b"');
  });

  it("reads back with ';' as delimiter to the same cells, decimal commas turned back to points", async () => {
    const { default: Papa } = await import("papaparse");
    const rows = [
      ["a;b", 'q"q', -2.5, null],
      ["é, è", "x\ny", 1000.125, 7],
    ];
    const text = toCsv(["t", "u", "v", "w"], rows, "excel").slice(1);
    const parsed = Papa.parse<string[]>(text, { delimiter: ";", newline: "\r\n", skipEmptyLines: true }).data;
    expect(parsed).toEqual([
      ["t", "u", "v", "w"],
      ["a;b", 'q"q', "-2,5", ""],
      ["é, è", "x\ny", "1000,125", "7"],
    ]);
  });

  it("cuts chunks like the international dialect, the byte order mark once at the start", () => {
    const rows = Array.from({ length: 12 }, (_, i) => [i + 0.5]);
    const chunks = [...csvChunks(["n"], rows, 5, "excel")];
    expect(chunks).toHaveLength(3);
    expect(chunks.join("").split(BOM)).toHaveLength(2);
    expect(chunks.join("")).toBe(toCsv(["n"], rows, "excel"));
  });
});
