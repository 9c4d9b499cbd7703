/**
 * `npx tsx scripts/dev/make-example-register.ts`, after `npm run data`: writes the files users and
 * tests get for the bring-your-own GP register, from the published sectors table.
 *
 * - public/downloads/gp-register/template.csv: the columns, with two example rows to replace;
 * - example-register.csv and example-register.xlsx: FICTITIOUS practices (not a real register),
 *   spread over the 19 communes in proportion to their residents, using every location kind
 *   (WGS84, Lambert 72, sector code, quartier code). Group practices of 6 to 44 GPs, about 1,200
 *   GPs in all (about 0.95 per 1,000 residents), so that the example passes the pipeline's
 *   plausibility floor (0.25 per 1,000) honestly and can be given to OBS_GP_SUPPLY;
 * - tests/input/gp-register/*.csv: one bad file per error class, each a good file with one fault.
 *
 * Deterministic: a seeded generator, rows in commune and sector-code order, fixed ZIP timestamps.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { deflateRawSync } from "node:zlib";
import Papa from "papaparse";
import { projectRoot } from "../lib/paths.ts";
import { zipArchive } from "./zip-archive.ts";

const COLUMNS = [
  "practice_id",
  "name",
  "lon",
  "lat",
  "x_l72",
  "y_l72",
  "sector_code",
  "quartier_code",
  "gp_headcount",
  "gp_fte",
  "age",
  "accepts_new_patients",
  "year",
] as const;
type Row = Record<(typeof COLUMNS)[number], string>;

const PRACTICES = 48;
const KINDS = ["wgs84", "lambert72", "sector", "quartier"] as const;
const ANSWERS = ["yes", "no", "oui", "non", "ja", "nee", ""];

/** Park-Miller generator: the same rows on every run. */
function generator(seed: number) {
  let state = seed;
  return () => {
    state = (state * 48271) % 2147483647;
    return state / 2147483647;
  };
}

export function exampleRows(sectors: Record<string, string>[]): Row[] {
  const random = generator(20261206);
  const region = sectors.reduce((sum, s) => sum + Number(s.population), 0);
  const communes = [...new Set(sectors.map((s) => s.commune_code!))].sort();
  const rows: Row[] = [];
  for (const commune of communes) {
    const members = sectors
      .filter((s) => s.commune_code === commune && Number(s.population) >= 500)
      .sort((a, b) => (a.sector_code! < b.sector_code! ? -1 : 1));
    const residents = sectors
      .filter((s) => s.commune_code === commune)
      .reduce((sum, s) => sum + Number(s.population), 0);
    const count = Math.max(1, Math.round((PRACTICES * residents) / region));
    for (let k = 0; k < count; k++) {
      const sector = members[Math.floor(((k + 0.5) * members.length) / count)]!;
      const n = rows.length + 1;
      const kind = KINDS[n % KINDS.length]!;
      const headcount = 6 + Math.floor(random() * 39);
      const withFte = random() < 0.75;
      rows.push({
        practice_id: `EX${String(n).padStart(3, "0")}`,
        name: `Fictitious practice ${n} (commune ${commune})`,
        lon: kind === "wgs84" ? sector.point_lon! : "",
        lat: kind === "wgs84" ? sector.point_lat! : "",
        x_l72: kind === "lambert72" ? sector.point_x_l72! : "",
        y_l72: kind === "lambert72" ? sector.point_y_l72! : "",
        sector_code: kind === "sector" ? sector.sector_code! : "",
        quartier_code: kind === "quartier" ? sector.quartier_code! : "",
        gp_headcount: String(headcount),
        gp_fte: withFte ? (headcount * (0.65 + random() * 0.3)).toFixed(1) : "",
        age: String(34 + Math.floor(random() * 28)),
        accepts_new_patients: ANSWERS[Math.floor(random() * ANSWERS.length)]!,
        year: "2025",
      });
    }
  }
  return rows;
}

const csv = (rows: Row[], separator = ",") =>
  Papa.unparse(
    { fields: [...COLUMNS], data: rows.map((r) => COLUMNS.map((c) => r[c])) },
    { delimiter: separator, newline: "\n" },
  ) + "\n";

function xlsx(rows: Row[]): Uint8Array {
  const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  const numeric = new Set(["lon", "lat", "x_l72", "y_l72", "quartier_code", "gp_headcount", "gp_fte", "age", "year"]);
  const cell = (column: string, value: string, ref: string) =>
    value === ""
      ? ""
      : numeric.has(column)
        ? `<c r="${ref}"><v>${value}</v></c>`
        : `<c r="${ref}" t="inlineStr"><is><t>${escape(value)}</t></is></c>`;
  const letter = (i: number) => String.fromCharCode(65 + i);
  const sheetRows = [
    `<row r="1">${COLUMNS.map((c, i) => `<c r="${letter(i)}1" t="inlineStr"><is><t>${c}</t></is></c>`).join("")}</row>`,
    ...rows.map(
      (row, r) => `<row r="${r + 2}">${COLUMNS.map((c, i) => cell(c, row[c], `${letter(i)}${r + 2}`)).join("")}</row>`,
    ),
  ];
  const files: Record<string, string> = {
    "[Content_Types].xml":
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    "_rels/.rels":
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    "xl/workbook.xml":
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="register" sheetId="1" r:id="rId1"/></sheets></workbook>',
    "xl/_rels/workbook.xml.rels":
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
    "xl/worksheets/sheet1.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${sheetRows.join("")}</sheetData></worksheet>`,
  };
  return zipArchive(
    Object.entries(files).map(([name, text]) => ({ name, data: new TextEncoder().encode(text) })),
    (data) => deflateRawSync(data, { level: 9 }),
  );
}

/** One bad file per error class: the first rows of the example with one fault each. */
function badFiles(rows: Row[]): Record<string, Uint8Array> {
  const head = rows.slice(0, 4).map((r) => ({ ...r }));
  const utf8 = (text: string) => new TextEncoder().encode(text);
  const unknownSector = head.map((r) => ({ ...r }));
  Object.assign(unknownSector[2]!, {
    lon: "",
    lat: "",
    x_l72: "",
    y_l72: "",
    quartier_code: "",
    sector_code: "21004Z99-",
  });
  const outside = head.map((r) => ({ ...r }));
  // Leuven's Grote Markt: in Belgium, outside the region.
  Object.assign(outside[1]!, {
    lon: "4.7011",
    lat: "50.8789",
    x_l72: "",
    y_l72: "",
    sector_code: "",
    quartier_code: "",
  });
  const duplicate = [...head, { ...head[1]! }];
  const latin1Text = csv(
    head.map((r, i) => (i === 1 ? { ...r, name: "Cabinet médical fictif" } : r)),
    ";",
  );
  const latin1 = Uint8Array.from(latin1Text, (c) => c.charCodeAt(0)); // é as the single byte 0xE9
  const missingColumn = csv(head).replace(/^practice_id,/, "id,");
  return {
    "unknown-sector.csv": utf8(csv(unknownSector)),
    "outside-region.csv": utf8(csv(outside)),
    "wrong-separator.csv": utf8(csv(head, "\t")),
    "latin1.csv": latin1,
    "duplicate-rows.csv": utf8(csv(duplicate)),
    "missing-column.csv": utf8(missingColumn),
  };
}

function main(): void {
  const sectors = Papa.parse<Record<string, string>>(
    readFileSync(join(projectRoot, "public", "data", "tables", "sectors.csv"), "utf8"),
    { header: true, skipEmptyLines: true },
  ).data;
  const rows = exampleRows(sectors);
  const downloads = join(projectRoot, "public", "downloads", "gp-register");
  const bad = join(projectRoot, "tests", "input", "gp-register");
  mkdirSync(downloads, { recursive: true });
  mkdirSync(bad, { recursive: true });
  writeFileSync(join(downloads, "example-register.csv"), csv(rows));
  writeFileSync(join(downloads, "example-register.xlsx"), xlsx(rows));
  const template = [rows.find((r) => r.lon !== "")!, rows.find((r) => r.sector_code !== "")!].map((r, i) => ({
    ...r,
    practice_id: `REPLACE-${i + 1}`,
    name: `Example row ${i + 1}: replace with your practices`,
  }));
  writeFileSync(join(downloads, "template.csv"), csv(template));
  for (const [name, bytes] of Object.entries(badFiles(rows))) writeFileSync(join(bad, name), bytes);
  const gps = rows.reduce((sum, r) => sum + Number(r.gp_headcount), 0);
  console.log(`${rows.length} fictitious practices, ${gps} GPs, written to ${downloads} and ${bad}`);
}

main();
