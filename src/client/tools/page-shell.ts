/**
 * DOM helpers shared by the two tools' pages: reveal the interface hidden for visitors without
 * JavaScript, report URL parameters that fell back to their default, show and clear a loading
 * error, keep the address (and the language links) in step with the setting, build paragraphs
 * and table rows safely (text only, no HTML), point the CSV links at fresh results, and yield
 * to the browser between the steps of a long render.
 */
import type { PageText } from "./messages.ts";
import type { Parsed } from "../../lib/url-state.ts";
import { formatNotice } from "../../i18n/url-echo.ts";

export function revealToolUi(root: Document): void {
  for (const element of root.querySelectorAll<HTMLElement>("[data-tool-ui]")) element.hidden = false;
}

/**
 * The notice about the URL: parameters that fell back to their default, then parameters given
 * more than once (the first value is read). Values are echoed through src/i18n/url-echo.ts.
 */
export function showParamIssues(
  root: Document,
  text: PageText,
  { issues, repeated }: Pick<Parsed<unknown>, "issues" | "repeated">,
): void {
  const notice = root.querySelector<HTMLElement>("[data-param-notice]");
  if (!notice) return;
  notice.replaceChildren();
  if (issues.length === 0 && repeated.length === 0) {
    notice.hidden = true;
    return;
  }
  if (issues.length > 0) {
    const intro = root.createElement("p");
    intro.textContent = text.t("tools.notice.invalidParams");
    const list = root.createElement("ul");
    for (const issue of issues) {
      const item = root.createElement("li");
      item.append(formatNotice(root, text.t("tools.notice.param"), { name: issue.name, value: { url: issue.value } }));
      list.append(item);
    }
    notice.append(intro, list);
  }
  for (const { name, count, value } of repeated) {
    const sentence = root.createElement("p");
    sentence.append(formatNotice(root, text.t("tools.notice.repeated"), { name, count, value: { url: value } }));
    notice.append(sentence);
  }
  notice.hidden = false;
}

export function showError(root: Document, message: string): void {
  const element = root.querySelector<HTMLElement>("[data-tool-error]");
  if (!element) return;
  element.textContent = message;
  element.hidden = false;
}

/** Hides a previous error once a render succeeds: a transient failure must not leave its alert behind. */
export function clearError(root: Document): void {
  const element = root.querySelector<HTMLElement>("[data-tool-error]");
  if (!element) return;
  element.hidden = true;
  element.textContent = "";
}

/** Replaces the query string without a new history entry; language links keep the setting. */
export function writeSearch(root: Document, search: string): void {
  const url = new URL(location.href);
  url.search = search;
  history.replaceState(history.state, "", url);
  for (const link of root.querySelectorAll<HTMLAnchorElement>("a[data-language-link]")) {
    const target = new URL(link.href);
    target.search = search;
    link.href = target.href;
  }
}

/** One paragraph per sentence, as text. */
export function paragraphs(root: Document, sentences: readonly string[]): HTMLParagraphElement[] {
  return sentences.map((sentence) => {
    const p = root.createElement("p");
    p.textContent = sentence;
    return p;
  });
}

export type Cell = string | { text: string; header?: boolean; number?: boolean; className?: string };

export function tableRow(root: Document, cells: readonly Cell[], code?: string): HTMLTableRowElement {
  const row = root.createElement("tr");
  if (code !== undefined) row.dataset.code = code;
  for (const cell of cells) {
    const spec = typeof cell === "string" ? { text: cell } : cell;
    const element = root.createElement(spec.header ? "th" : "td");
    if (spec.header) element.setAttribute("scope", "row");
    if (spec.number) element.classList.add("number");
    if (spec.className) element.classList.add(spec.className);
    element.textContent = spec.text;
    row.append(element);
  }
  return row;
}

/** Points a download link at fresh CSV content, releasing the previous object URL. */
export function setCsvLink(link: HTMLAnchorElement, csv: string, fileName: string): void {
  if (link.href.startsWith("blob:")) URL.revokeObjectURL(link.href);
  link.href = URL.createObjectURL(new Blob([csv], { type: "text/csv;charset=utf-8" }));
  link.download = fileName;
}

/**
 * Ends the current task and resumes in a new one, so that a long render lets the browser paint
 * and answer input in between (Lighthouse counts every task over 50 ms as blocking time).
 */
export function yieldToBrowser(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Debounce for sliders: recompute once the value settles, not on every pixel. */
export function debounce<A extends unknown[]>(run: (...args: A) => void, ms: number): (...args: A) => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => run(...args), ms);
  };
}
