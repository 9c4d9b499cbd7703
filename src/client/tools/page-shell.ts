/**
 * DOM helpers shared by the two tools' pages: reveal the interface hidden for visitors without
 * JavaScript, report URL parameters that fell back to their default, keep the address (and the
 * language links) in step with the setting, and build table rows safely (text only, no HTML).
 */
import type { PageText } from "./messages.ts";
import type { ParamIssue } from "./url-state.ts";

export function revealToolUi(root: Document): void {
  for (const element of root.querySelectorAll<HTMLElement>("[data-tool-ui]")) element.hidden = false;
}

export function showParamIssues(root: Document, text: PageText, issues: readonly ParamIssue[]): void {
  const notice = root.querySelector<HTMLElement>("[data-param-notice]");
  if (!notice) return;
  notice.replaceChildren();
  if (issues.length === 0) {
    notice.hidden = true;
    return;
  }
  const intro = root.createElement("p");
  intro.textContent = text.t("tools.notice.invalidParams");
  const list = root.createElement("ul");
  for (const issue of issues) {
    const item = root.createElement("li");
    item.textContent = text.t("tools.notice.param", { name: issue.name, value: issue.value });
    list.append(item);
  }
  notice.append(intro, list);
  notice.hidden = false;
}

export function showError(root: Document, message: string): void {
  const element = root.querySelector<HTMLElement>("[data-tool-error]");
  if (!element) return;
  element.textContent = message;
  element.hidden = false;
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


/** Debounce for sliders: recompute once the value settles, not on every pixel. */
export function debounce<A extends unknown[]>(run: (...args: A) => void, ms: number): (...args: A) => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => run(...args), ms);
  };
}
