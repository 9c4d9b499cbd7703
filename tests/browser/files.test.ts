import { readFileSync } from "node:fs";
import Papa from "papaparse";
import type { Browser, Download, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, openPage } from "./browser.ts";
import { sheetRows, unzip } from "../helpers/unzip.ts";
import messages from "../../src/i18n/messages/i13-files.json" with { type: "json" };
import { showExplorerTab } from "./explorer-tabs.ts";

const baseUrl = inject("baseUrl");
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const NUMBER = /^-?\d+(\.\d+)?([eE][+-]?\d+)?$/;
const CODE = /(^|_)(code|codes|id)$/;

/** The international CSV's records, numbers as numbers in the columns holding only numbers (codes stay text). */
function typedRecords(text: string): { header: string[]; rows: (string | number | null)[][] } {
  const [header, ...rows] = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { skipEmptyLines: true }).data;
  const numeric = header!.map(
    (name, c) => !CODE.test(name) && rows.every((r) => r[c] === "" || NUMBER.test(r[c]!)) && rows.some((r) => r[c]),
  );
  return {
    header: header!,
    rows: rows.map((r) => r.map((v, c) => (v === "" ? null : numeric[c] ? Number(v) : v))),
  };
}

/** The Excel-dialect CSV read back: ';' separated, decimal commas turned into points in the number columns. */
function excelRecords(text: string, numeric: boolean[]): { header: string[]; rows: (string | number | null)[][] } {
  const [header, ...rows] = Papa.parse<string[]>(text, { delimiter: ";", skipEmptyLines: true }).data;
  return {
    header: header!,
    rows: rows.map((r) => r.map((v, c) => (v === "" ? null : numeric[c] ? Number(v.replace(",", ".")) : v))),
  };
}

const bytesOf = async (download: Download) => readFileSync((await download.path())!);

async function save(page: Page, click: () => Promise<void>) {
  const [download] = await Promise.all([page.waitForEvent("download"), click()]);
  return { name: download.suggestedFilename(), bytes: await bytesOf(download) };
}

/** Checks an Excel CSV and an XLSX against the international CSV they come from: same cells, in order. */
function expectSameValues(international: string, excel: Buffer, xlsx: Buffer, labels: string[]) {
  const reference = typedRecords(international);
  const numeric = reference.header.map((_, c) => reference.rows.some((r) => typeof r[c] === "number"));
  // Byte order mark, ';' between fields, CRLF, decimal commas where the international file has points.
  expect([...excel.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = excel.toString("utf8").slice(1);
  expect(text.split("\r\n")[0]).toBe(labels.join(";"));
  expect(text).toMatch(/;-?\d+,\d+(;|\r\n)/);
  expect(text).not.toMatch(/;-?\d+\.\d+(;|\r\n)/);
  const back = excelRecords(text, numeric);
  expect(back.header).toEqual(labels);
  expect(back.rows).toEqual(reference.rows);
  // The workbook: headers in the page's language, the same cells (numbers as numbers, codes as text).
  const files = unzip(new Uint8Array(xlsx));
  const sheet = sheetRows(files.get("xl/worksheets/sheet1.xml")!);
  expect(sheet[0]).toEqual(labels);
  const pad = (row: (string | number | null)[]) => [...row, ...Array(labels.length - row.length).fill(null)];
  expect(sheet.slice(1).map(pad)).toEqual(reference.rows);
  // The definitions sheet maps every header to its machine name.
  const about = sheetRows(files.get("xl/worksheets/sheet2.xml")!);
  expect(about.slice(1, labels.length + 1).map((r) => [r[0], r[1]])).toEqual(
    labels.map((label, c) => [label, reference.header[c]]),
  );
  return reference;
}

describe("the data page's latest values per level", () => {
  it("gives the quartiers as Excel CSV and XLSX with the same values as the international CSV", async () => {
    const { page } = await openPage(browser, `${baseUrl}/fr/data/`);
    // First section of the page, before the citation.
    expect(await page.locator("main h2").first().textContent()).toBe(messages.fr["files.latest.heading"]);
    const row = page.locator('tr[data-level="quartier"]');
    const excel = await save(page, () => row.getByRole("link", { name: /^CSV Excel/ }).click());
    const xlsx = await save(page, () => row.getByRole("link", { name: /^XLSX/ }).click());
    expect(excel.name).toBe("latest-values_quartiers_fr_excel.csv");
    expect(xlsx.name).toBe("latest-values_quartiers_fr.xlsx");
    const international = await (await fetch(`${baseUrl}/data/latest/quartier.csv`)).text();
    const header = international.split("\n")[0]!.trim().split(",");
    const labels = excel.bytes.toString("utf8").slice(1).split("\r\n")[0]!.split(";");
    expect(labels.slice(0, 4)).toEqual(["Niveau", "Code", "Nom (français)", "Nom (néerlandais)"]);
    expect(labels.length).toBe(header.length);
    const reference = expectSameValues(international, excel.bytes, xlsx.bytes, labels);
    expect(reference.rows).toHaveLength(145);
    await page.close();
  });

  it("offers an Excel-dialect copy of a table beside its CSV, with the machine column names", async () => {
    const excel = Buffer.from(await (await fetch(`${baseUrl}/data/excel/communes.csv`)).arrayBuffer());
    const international = await (await fetch(`${baseUrl}/data/tables/communes.csv`)).text();
    expect(international.charCodeAt(0)).not.toBe(0xfeff);
    expect([...excel.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const reference = typedRecords(international);
    const numeric = reference.header.map((_, c) => reference.rows.some((r) => typeof r[c] === "number"));
    expect(excelRecords(excel.toString("utf8").slice(1), numeric)).toEqual(reference);
  });
});

describe("a figure's CSV as Excel CSV and XLSX", () => {
  it("loads the spreadsheet writer only when a visitor asks for a file, not with the page", async () => {
    const { page, requests } = await openPage(browser, `${baseUrl}/fr/`);
    await page.waitForSelector("[data-explorer][data-ready=true]");
    await page.waitForLoadState("networkidle");
    const writer = (url: string) =>
      /\/_astro\/(spreadsheet|spreadsheet-save|xlsx)\.[^/]+\.js$/.test(new URL(url).pathname);
    expect(requests.filter(writer)).toEqual([]);
    await showExplorerTab(page, "download");
    const tools = page.locator("[data-figure-tools]").first();
    const excel = await save(page, () => tools.getByRole("button", { name: messages.fr["files.excelCsv"] }).click());
    expect(excel.name).toMatch(/_excel\.csv$/);
    expect(requests.filter(writer)).not.toEqual([]);
    await page.close();
  });

  it("re-writes the explorer's CSV of another year with the same values, named after what it holds", async () => {
    const { page } = await openPage(browser, `${baseUrl}/fr/?i=bim_share&l=commune&y=2015`, { bypassCSP: false });
    await showExplorerTab(page, "download");
    const tools = page.locator("[data-figure-tools]").first();
    await tools.getByRole("button", { name: messages.fr["files.excelCsv"] }).waitFor();
    const csv = await save(page, () => tools.getByRole("link", { name: /CSV/ }).first().click());
    const excel = await save(page, () => tools.getByRole("button", { name: messages.fr["files.excelCsv"] }).click());
    const xlsx = await save(page, () => tools.getByRole("button", { name: messages.fr["files.xlsx"] }).click());
    expect([csv.name, excel.name, xlsx.name]).toEqual([
      "bim-share_commune_2015_fr.csv",
      "bim-share_commune_2015_fr_excel.csv",
      "bim-share_commune_2015_fr.xlsx",
    ]);
    const labels = ["Niveau", "Code", "Nom", "Identifiant de l'indicateur", "Indicateur", "Unité", "Année", "Valeur"];
    const header = excel.bytes.toString("utf8").slice(1).split("\r\n")[0]!.split(";");
    expect(header.slice(0, labels.length)).toEqual(labels);
    const reference = expectSameValues(csv.bytes.toString("utf8"), excel.bytes, xlsx.bytes, header);
    expect(reference.rows).toHaveLength(19);
    expect(new Set(reference.rows.map((r) => r[6]))).toEqual(new Set([2015]));
    await page.close();
  });
});

describe("the SQL workspace's result as Excel CSV and XLSX", () => {
  it("writes ';', decimal commas, negative numbers, nulls and quoted ';' and reads back to the same cells", async () => {
    const { page } = await openPage(browser, `${baseUrl}/fr/query/`);
    await page.waitForSelector("[data-query-schema] details", { timeout: 30_000 });
    const before = Number(await page.locator("[data-query-workspace]").getAttribute("data-runs"));
    await page.fill(
      "#query-sql",
      "SELECT quartier_code, name_fr, population, -1.25 AS negative, NULL AS nothing, 'a;b \"c\"' AS tricky FROM quartiers ORDER BY population DESC LIMIT 3",
    );
    await page.click("[data-query-run]");
    await page.waitForFunction(
      (n) => Number(document.querySelector<HTMLElement>("[data-query-workspace]")!.dataset.runs) > n,
      before,
      { timeout: 30_000 },
    );
    const excel = await save(page, () => page.getByRole("button", { name: messages.fr["files.excelCsv"] }).click());
    const xlsx = await save(page, () => page.getByRole("button", { name: messages.fr["files.xlsx"] }).click());
    const csv = await save(page, () => page.locator("[data-query-download]").click());
    expect(excel.name).toBe("observatoire-requete_excel.csv");
    expect(xlsx.name).toBe("observatoire-requete.xlsx");
    const text = excel.bytes.toString("utf8");
    expect(text.startsWith("\uFEFFquartier_code;name_fr;population;negative;nothing;tricky\r\n")).toBe(true);
    expect(text).toContain(';-1,25;;"a;b ""c"""\r\n');
    const header = ["quartier_code", "name_fr", "population", "negative", "nothing", "tricky"];
    const reference = expectSameValues(csv.bytes.toString("utf8"), excel.bytes, xlsx.bytes, header);
    expect(reference.rows).toHaveLength(3);
    await page.close();
  });
});
