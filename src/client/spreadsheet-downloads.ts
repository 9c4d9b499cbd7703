/**
 * Beside a figure's CSV link, "CSV for Excel (Belgium/France)" and "XLSX" buttons: they fetch the
 * CSV the link points at (a served file, or the explorer's object URL for another year) and
 * re-write it with src/lib/data/spreadsheet.ts, so every figure's data comes in the three forms
 * without three files per figure on the server.
 */
import { csvTable, sheetCsv, sheetXlsx, type SheetAbout } from "../lib/data/spreadsheet.ts";
import { saveBlob } from "./save-blob.ts";

export interface SpreadsheetConfig {
  labels: { excel: string; xlsx: string; failed: string };
  /** Column headers in the page's language, by machine name. */
  columns: Record<string, string>;
  about: Omit<SheetAbout, "title" | "sources" | "url">;
}

const shownCsv = new WeakMap<HTMLElement, string>();

/**
 * The CSV a figure shows when it is built in the page (the explorer's other year or change): used
 * instead of fetching its blob: address, which the site's CSP (connect-src 'self') forbids.
 */
export function setShownCsv(tools: HTMLElement, csv: string | null): void {
  if (csv === null) shownCsv.delete(tools);
  else shownCsv.set(tools, csv);
}

async function csvText(tools: HTMLElement, link: HTMLAnchorElement): Promise<string> {
  const shown = shownCsv.get(tools);
  if (shown !== undefined) return shown;
  const response = await fetch(link.href);
  if (!response.ok) throw new Error(`${link.href}: HTTP ${response.status}`);
  return response.text();
}

/** The sources a CSV names in its "sources" column, each once. */
function sourcesOf(columns: string[], rows: unknown[][]): string[] {
  const at = columns.indexOf("sources");
  if (at < 0) return [];
  return [...new Set(rows.flatMap((row) => String(row[at] ?? "").split(";")).filter(Boolean))];
}

async function save(tools: HTMLElement, link: HTMLAnchorElement, config: SpreadsheetConfig, variant: string) {
  const table = csvTable(await csvText(tools, link), (name) => config.columns[name] ?? name);
  const base = (link.download || "data.csv").replace(/\.csv$/, "");
  if (variant === "excel") {
    saveBlob(new Blob([sheetCsv(table, "excel")], { type: "text/csv;charset=utf-8" }), `${base}_excel.csv`);
    return;
  }
  const about: SheetAbout = {
    ...config.about,
    title: tools.dataset.title ?? base,
    sources: sourcesOf(
      table.columns.map((c) => c.name),
      table.rows,
    ),
    url: location.href,
  };
  const bytes = sheetXlsx(table, about);
  const type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  saveBlob(new Blob([new Uint8Array(bytes)], { type }), `${base}.xlsx`);
}

export function enhanceSpreadsheetDownloads(root: ParentNode): void {
  for (const tools of root.querySelectorAll<HTMLElement>("[data-figure-tools][data-spreadsheet]")) {
    if (tools.dataset.spreadsheetReady) continue;
    tools.dataset.spreadsheetReady = "true";
    const config = JSON.parse(tools.dataset.spreadsheet!) as SpreadsheetConfig;
    const link = tools.querySelector<HTMLAnchorElement>("a[download$='.csv']");
    if (!link) continue;
    const status = document.createElement("span");
    // Polite live region without the status role: the figure tools' own status keeps that role.
    status.setAttribute("aria-live", "polite");
    status.className = "spreadsheet-status";
    const buttons = (["excel", "xlsx"] as const).map((variant) => {
      const button = document.createElement("button");
      button.type = "button";
      button.dataset.spreadsheetVariant = variant;
      button.textContent = config.labels[variant];
      button.addEventListener("click", () => {
        status.textContent = "";
        save(tools, link, config, variant).catch((error: unknown) => {
          status.textContent = config.labels.failed.replace("{message}", String(error));
        });
      });
      return button;
    });
    link.after(...buttons, status);
  }
}
