import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { csvTable, parseCsv, sheetCsv, sheetXlsx, type SheetAbout } from "../../../../src/lib/data/spreadsheet.ts";
import { downloadFileName, spreadsheetVariantPath } from "../../../../src/lib/routes.ts";
import { sheetRows, unzip } from "../../../helpers/unzip.ts";

const LABELS = { code: "Code", name: "Nom", value: "Valeur", region_code: "Code de la région" } as Record<
  string,
  string
>;
const label = (name: string) => LABELS[name] ?? name;
const SERVED =
  'code,name,value,region_code\r\n1,Ixelles; Elsene,-12.5,04000\r\n21004,"Le ""Parvis"", Saint-Gilles",,04000\r\n';

const about: SheetAbout = {
  title: "Fragilité, quartiers, 2025",
  sources: ["IBSA, Monitoring des quartiers", "Statbel"],
  url: "https://example.org/fr/",
  labels: {
    dataSheet: "Données",
    aboutSheet: "Sources et définitions",
    header: "En-tête",
    machineName: "Nom technique",
    description: "Définition",
    title: "Fichier",
    sources: "Sources",
    url: "Adresse",
    publisher: "Éditeur",
  },
};

describe("csvTable(text, label)", () => {
  it("reads a served CSV, numbers in number columns, codes kept as text, empty fields as null", () => {
    const table = csvTable(`\uFEFF${SERVED}`, label);
    expect(table.columns.map((c) => [c.name, c.label, c.numeric])).toEqual([
      ["code", "Code", false],
      ["name", "Nom", false],
      ["value", "Valeur", true],
      ["region_code", "Code de la région", false],
    ]);
    expect(table.rows).toEqual([
      ["1", "Ixelles; Elsene", -12.5, "04000"],
      ["21004", 'Le "Parvis", Saint-Gilles', null, "04000"],
    ]);
  });

  it("parses quoted line breaks and a last record without line end", () => {
    expect(parseCsv('a,b\n"x\r\ny",2')).toEqual([
      ["a", "b"],
      ["x\r\ny", "2"],
    ]);
  });
});

describe("sheetCsv(table, dialect)", () => {
  it("writes the international dialect back as served, without byte order mark", () => {
    expect(sheetCsv(csvTable(SERVED, label), "international")).toBe(SERVED);
  });

  it("writes the Excel dialect with localized headers, ';', decimal commas, quoted ';' and a BOM", () => {
    const excel = sheetCsv(csvTable(SERVED, label), "excel");
    expect(excel).toBe(
      '\uFEFFCode;Nom;Valeur;Code de la région\r\n1;"Ixelles; Elsene";-12,5;04000\r\n21004;"Le ""Parvis"", Saint-Gilles";;04000\r\n',
    );
    const back = Papa.parse<string[]>(excel.slice(1), { delimiter: ";", skipEmptyLines: true }).data;
    expect(back.slice(1).map((r) => [r[0], r[1], r[2] === "" ? null : Number(r[2]!.replace(",", ".")), r[3]])).toEqual(
      csvTable(SERVED, label).rows,
    );
  });
});

describe("sheetXlsx(table, about)", () => {
  it("writes the data sheet with localized headers and typed cells, then the definitions and sources", () => {
    const files = unzip(sheetXlsx(csvTable(SERVED, label), about));
    expect(files.get("xl/workbook.xml")).toContain('<sheet name="Données"');
    expect(files.get("xl/workbook.xml")).toContain('<sheet name="Sources et définitions"');
    expect(sheetRows(files.get("xl/worksheets/sheet1.xml")!)).toEqual([
      ["Code", "Nom", "Valeur", "Code de la région"],
      ["1", "Ixelles; Elsene", -12.5, "04000"],
      ["21004", 'Le "Parvis", Saint-Gilles', null, "04000"],
    ]);
    expect(sheetRows(files.get("xl/worksheets/sheet2.xml")!)).toEqual([
      ["En-tête", "Nom technique", "Définition"],
      ["Code", "code"],
      ["Nom", "name"],
      ["Valeur", "value"],
      ["Code de la région", "region_code"],
      [],
      ["Fichier", "Fragilité, quartiers, 2025"],
      ["Sources", "IBSA, Monitoring des quartiers"],
      [null, "Statbel"],
      ["Adresse", "https://example.org/fr/"],
    ]);
  });
});

describe("downloadFileName(parts, extension)", () => {
  it("joins what the file holds with '_', in lowercase ASCII words, leaving empty parts out", () => {
    expect(downloadFileName(["fragility_index", "quartiers", 2025, "fr"], "csv")).toBe(
      "fragility-index_quartiers_2025_fr.csv",
    );
    expect(downloadFileName(["Profil", "Saint-Gilles / Sint-Gillis", null, "", "nl", "excel"], "csv")).toBe(
      "profil_saint-gilles-sint-gillis_nl_excel.csv",
    );
    expect(downloadFileName(["Écarts à la région", "secteurs statistiques"], "xlsx")).toBe(
      "ecarts-a-la-region_secteurs-statistiques.xlsx",
    );
  });

  it("puts the Excel and XLSX copies beside the CSV", () => {
    expect(spreadsheetVariantPath("/fr/maps/bim_share/quartier.csv", "excel")).toBe(
      "/fr/maps/bim_share/quartier.excel.csv",
    );
    expect(spreadsheetVariantPath("/fr/maps/bim_share/quartier.csv", "xlsx")).toBe("/fr/maps/bim_share/quartier.xlsx");
  });
});
