/**
 * Beside a figure's CSV link, "CSV for Excel (Belgium/France)" and "XLSX" buttons: they fetch the
 * CSV the link points at (a served file, or the explorer's object URL for another year) and
 * re-write it with src/lib/data/spreadsheet.ts, so every figure's data comes in the three forms
 * without three files per figure on the server. The writer itself (spreadsheet-save.ts) is
 * imported on the first click: it is not part of any page's load.
 */
import type { SpreadsheetConfig } from "./spreadsheet-save.ts";

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

/** The spreadsheet writer (spreadsheet-save.ts) loads on the first click, not with the page. */
async function save(tools: HTMLElement, link: HTMLAnchorElement, config: SpreadsheetConfig, variant: "excel" | "xlsx") {
  const [{ saveSpreadsheet }, csv] = await Promise.all([import("./spreadsheet-save.ts"), csvText(tools, link)]);
  saveSpreadsheet(tools, link, csv, config, variant);
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
