/**
 * The problems of a loaded register, listed in the page's language with their row and column,
 * and the counts: rows read, rows with a problem, rows that can be used. Good rows are never
 * dropped silently: the computation waits until the visitor either fixes the file or asks,
 * with a button that says how many rows are left out, to compute with the good rows only.
 */
import type { FileIssue } from "./gp-register-engine.ts";
import type { PageText } from "./messages.ts";
import { numberFormats } from "../../lib/format.ts";
import { localisedIssueValues } from "../../core/gp/register/index.ts";

/** Shown in full up to this many; beyond, the count of the rest (the download of the file is the user's). */
const MAX_LISTED = 200;

/** "Row 5, column "sector_code": unknown statistical sector code …" in the page's language. */
export function describeFileIssue(text: PageText, issue: FileIssue): string {
  const { t } = text;
  let message: string;
  try {
    message = t(
      issue.key,
      localisedIssueValues(issue, (key) => t(key)),
    );
  } catch {
    message = issue.message; // an engine message without a translation: its English words, never nothing
  }
  const f = numberFormats(text.locale);
  if (issue.row !== null && issue.column !== null)
    return t("gpr.errors.rowColumn", { row: f.integer(issue.row), column: issue.column, message });
  if (issue.row !== null) return t("gpr.errors.row", { row: f.integer(issue.row), message });
  if (issue.column !== null) return t("gpr.errors.column", { column: issue.column, message });
  return message;
}

export interface ErrorReport {
  fileName: string;
  issues: readonly FileIssue[];
  /** Data rows of the file, or null when it could not be read at all. */
  rowCount: number | null;
  /** Rows that were located and can be computed with. */
  goodRows: number;
}

/** Fills the errors section; returns the button offering the partial computation, if offered. */
export function showErrors(root: Document, text: PageText, report: ErrorReport): HTMLButtonElement | null {
  const { t } = text;
  const f = numberFormats(text.locale);
  const section = root.querySelector<HTMLElement>("[data-errors]")!;
  const rowsWithIssues = new Set(report.issues.map((i) => i.row).filter((r) => r !== null)).size;
  root.querySelector("[data-errors-summary]")!.textContent =
    report.rowCount === null
      ? t("gpr.errors.unreadable", { file: report.fileName })
      : t("gpr.errors.summary", {
          file: report.fileName,
          issues: f.integer(report.issues.length),
          rows: f.integer(rowsWithIssues),
          total: f.integer(report.rowCount),
          good: f.integer(report.goodRows),
        });
  const list = root.querySelector<HTMLOListElement>("[data-errors-list]")!;
  list.replaceChildren(
    ...report.issues.slice(0, MAX_LISTED).map((issue) => {
      const item = root.createElement("li");
      item.textContent = describeFileIssue(text, issue);
      return item;
    }),
  );
  const more = root.querySelector<HTMLElement>("[data-errors-more]")!;
  more.hidden = report.issues.length <= MAX_LISTED;
  more.textContent = more.hidden ? "" : t("gpr.errors.more", { count: f.integer(report.issues.length - MAX_LISTED) });
  const partial = root.querySelector<HTMLElement>("[data-errors-partial]")!;
  const button = partial.querySelector<HTMLButtonElement>("[data-use-good-rows]")!;
  const offer = report.rowCount !== null && report.goodRows > 0;
  partial.hidden = !offer;
  button.textContent = offer
    ? t("gpr.errors.useGoodRows", { good: f.integer(report.goodRows), left: f.integer(rowsWithIssues) })
    : "";
  section.hidden = false;
  root.querySelector<HTMLElement>("#gpr-errors-heading")!.focus();
  return offer ? button : null;
}

export function hideErrors(root: Document): void {
  root.querySelector<HTMLElement>("[data-errors]")!.hidden = true;
}
