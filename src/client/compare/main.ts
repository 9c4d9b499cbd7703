/**
 * The comparison page and its embed in the browser: reads the comparison from the URL, loads the
 * catalogue and only the levels' data files it needs, draws the table (src/lib/compare/table.ts)
 * and, on the page, the picker (the explorer's place search), the reference choice, the CSV and
 * the embed code. Every change rewrites the URL, so the view can be shared as a link.
 */
import type { Language } from "../../core/languages.ts";
import { readClientMessages, translatorFrom, type Translate } from "../../i18n/format-message.ts";
import type { ClientCatalogEntry } from "../../lib/client-data.ts";
import { comparisonCsv } from "../../lib/compare/csv.ts";
import type { CompareLevelData } from "../../lib/compare/data.ts";
import {
  areaKey,
  compareSearch,
  firstArea,
  MAX_AREAS,
  MIN_AREAS,
  parseCompareSearch,
  REGION_TOKEN,
  withArea,
  withoutArea,
  type CompareArea,
  type CompareState,
  type SelectionIssue,
} from "../../lib/compare/selection.ts";
import { comparisonTable, resolveArea, type ResolvedArea } from "../../lib/compare/table.ts";
import { renderTable } from "./table-dom.ts";
import { areaNameOf, levelWord } from "../../lib/compare/words.ts";
import type { CsvDialect } from "../../lib/csv.ts";
import { iframeSnippet } from "../../lib/embed/snippet.ts";
import {
  compareDataPath,
  compareEmbedPath,
  comparePath,
  downloadFileName,
  profilePath,
  siteDataPath,
} from "../../lib/routes.ts";
import { wireAreaSearch } from "../explorer/area-search.ts";
import { fetchJson } from "../fetch-json.ts";
import { saveBlob } from "../save-blob.ts";

const REGION: CompareArea = { level: "region", code: null };

interface Loaded {
  catalog: ClientCatalogEntry[];
  region: ResolvedArea;
  areas: ResolvedArea[];
  /** Tokens of the URL naming no published area. */
  unknown: string[];
}

export function startCompare(): void {
  const root = document.querySelector<HTMLElement>("[data-compare]");
  if (!root) return;
  const language = root.dataset.language as Language;
  const t = translatorFrom(readClientMessages(document, "compare-messages"), language);
  const isPage = root.dataset.mode === "page";
  const parsed = parseCompareSearch(location.search);
  let state: CompareState = parsed.state;
  const urlIssues: SelectionIssue[] = parsed.issues;
  const levelFiles = new Map<string, Promise<CompareLevelData>>();
  let catalog: Promise<ClientCatalogEntry[]> | null = null;

  const levelData = (level: string) => {
    let file = levelFiles.get(level);
    if (!file) {
      file = fetchJson<CompareLevelData>(compareDataPath(level));
      // A failed load is retried on the next change rather than cached.
      file.catch(() => levelFiles.delete(level));
      levelFiles.set(level, file);
    }
    return file;
  };

  const load = async (current: CompareState): Promise<Loaded> => {
    catalog ??= fetchJson<ClientCatalogEntry[]>(siteDataPath("catalog"));
    const levels = [...new Set(["region", ...current.areas.map((a) => a.level)])];
    const [entries, ...files] = await Promise.all([catalog, ...levels.map(levelData)]);
    const byLevel = new Map(levels.map((level, i) => [level, files[i]!]));
    const areas: ResolvedArea[] = [];
    const unknown: string[] = [];
    for (const area of current.areas) {
      const resolved = resolveArea(area, byLevel.get(area.level)!);
      if (resolved) areas.push(resolved);
      else unknown.push(areaKey(area));
    }
    return { catalog: entries, region: resolveArea(REGION, byLevel.get("region")!)!, areas, unknown };
  };

  const status = root.querySelector<HTMLElement>("[data-table-status]")!;
  const tableRegion = root.querySelector<HTMLElement>("[data-table-region]")!;
  const tableHost = root.querySelector<HTMLElement>("[data-table]")!;
  let current: Loaded | null = null;
  let drawn = 0;

  const draw = async () => {
    const ticket = ++drawn;
    status.textContent = t("compare.loading");
    let loaded: Loaded;
    try {
      loaded = await load(state);
    } catch (error) {
      if (ticket === drawn) status.textContent = t("compare.loadError", { error: (error as Error).message });
      return;
    }
    if (ticket !== drawn) return;
    status.textContent = "";
    current = loaded;
    // Areas the data do not know leave the comparison (the notice names them).
    if (loaded.unknown.length) {
      state = { ...state, areas: loaded.areas.map((a) => a.area) };
      urlIssues.push(...loaded.unknown.map((token): SelectionIssue => ({ token, problem: "unknown" })));
    }
    showIssues(root, t, urlIssues, parsed.badReference);
    const table = comparisonTable(loaded.areas, loaded.region, loaded.catalog, state.reference);
    const names = table.columns.map((c) => areaNameOf(c, language)).join(", ");
    const enough = loaded.areas.length >= 1 && table.columns.length >= MIN_AREAS;
    tableRegion.hidden = !enough;
    if (enough) renderTable(tableHost, table, language, t, names);
    else tableHost.replaceChildren();
    if (isPage) {
      drawPicker(loaded);
      drawDownloads(enough, names);
    } else {
      const title = root.querySelector<HTMLElement>("[data-embed-title]");
      if (title && enough) title.textContent = t("compare.embed.title", { names });
      if (!enough) status.textContent = t("compare.embed.empty");
      root
        .querySelector<HTMLAnchorElement>("[data-full-link]")
        ?.setAttribute("href", comparePath(language, compareSearch(state)));
    }
    // The same comparison in another language.
    for (const link of document.querySelectorAll<HTMLAnchorElement>("a[data-language-link]"))
      link.href = `${link.pathname}${compareSearch(state)}`;
    root.dataset.ready = "";
  };

  /** Says what happened in the place search's own live status, next to where the reader acted. */
  const announce = (text: string) => {
    const searchStatus = root.querySelector<HTMLElement>("[data-search-status]");
    if (searchStatus) searchStatus.textContent = text;
  };

  const change = (next: CompareState, message?: string) => {
    state = next;
    history.replaceState(null, "", `${comparePath(language, compareSearch(state))}${location.hash}`);
    if (message) announce(message);
    void draw();
  };

  function drawPicker(loaded: Loaded): void {
    root!.querySelector<HTMLElement>("[data-needs-script]")!.hidden = false;
    const list = root!.querySelector<HTMLUListElement>("[data-chosen]")!;
    list.replaceChildren(
      ...loaded.areas.map((area, i) => {
        const item = document.createElement("li");
        item.dataset.area = areaKey(area.area);
        const name = areaNameOf(area, language);
        const label = document.createElement(
          area.area.level === "region" || area.area.level === "sector" ? "span" : "a",
        );
        label.textContent = name;
        if (label instanceof HTMLAnchorElement) label.href = profilePath(language, area.area.level, area.code);
        const level = document.createElement("span");
        level.className = "level";
        level.textContent = levelWord(t, area.data.level);
        item.append(label, level);
        if (i > 0)
          item.append(
            button(t("compare.pick.makeFirst", { name }), "first", () => change(firstArea(state, area.area))),
          );
        item.append(
          button(t("compare.pick.remove", { name }), "remove", () =>
            change(withoutArea(state, area.area), t("compare.removed", { name })),
          ),
        );
        return item;
      }),
    );
    const count = t("compare.pick.count", { count: loaded.areas.length, max: MAX_AREAS });
    const need = loaded.areas.length < MIN_AREAS ? ` ${t("compare.pick.needMore", { min: MIN_AREAS })}` : "";
    const full = loaded.areas.length >= MAX_AREAS ? ` ${t("compare.pick.full")}` : "";
    root!.querySelector<HTMLElement>("[data-pick-status]")!.textContent = `${count}${need}${full}`;
    const addRegion = root!.querySelector<HTMLButtonElement>("[data-add-region]")!;
    addRegion.disabled = state.areas.some((a) => areaKey(a) === REGION_TOKEN) || state.areas.length >= MAX_AREAS;
    const first = loaded.areas[0];
    root!.querySelector<HTMLElement>("[data-first-label]")!.textContent = first
      ? t("compare.reference.first", { name: areaNameOf(first, language) })
      : t("compare.reference.firstEmpty");
    for (const radio of root!.querySelectorAll<HTMLInputElement>("[data-reference] input"))
      radio.checked = radio.value === state.reference;
  }

  function drawDownloads(enough: boolean, names: string): void {
    const section = root!.querySelector<HTMLElement>("[data-downloads]")!;
    section.hidden = !enough;
    if (!enough) return;
    const embed = compareEmbedPath(language, compareSearch(state));
    root!.querySelector<HTMLTextAreaElement>("[data-embed-code]")!.value = iframeSnippet({
      path: embed,
      title: t("compare.embed.title", { names }),
      origin: location.origin,
      size: "responsive",
    });
    root!.querySelector<HTMLAnchorElement>("[data-embed-link]")!.href = embed;
  }

  if (isPage) {
    const add = (area: CompareArea, name: string) => {
      if (state.areas.some((a) => areaKey(a) === areaKey(area))) {
        announce(t("compare.already", { name }));
        return;
      }
      if (state.areas.length >= MAX_AREAS) {
        announce(t("compare.pick.full"));
        return;
      }
      change(withArea(state, area), t("compare.added", { name }));
    };
    const search = root.querySelector<HTMLElement>("[data-area-search]");
    const input = search?.querySelector<HTMLInputElement>("[data-control=search]");
    if (search && input)
      wireAreaSearch(search, language, t as Translate, (target) => {
        // The search has just written the chosen name into the box and its own status.
        const name = input.value;
        add(target ? { level: target.level, code: target.code } : REGION, name);
        input.value = "";
      });
    root
      .querySelector<HTMLButtonElement>("[data-add-region]")!
      .addEventListener("click", () => add(REGION, current ? areaNameOf(current.region, language) : REGION_TOKEN));
    for (const radio of root.querySelectorAll<HTMLInputElement>("[data-reference] input"))
      radio.addEventListener("change", () => {
        if (radio.checked) change({ ...state, reference: radio.value === "first" ? "first" : "region" });
      });
    for (const download of root.querySelectorAll<HTMLButtonElement>("[data-download]"))
      download.addEventListener("click", () => {
        if (!current) return;
        const dialect = download.dataset.download as CsvDialect;
        const table = comparisonTable(current.areas, current.region, current.catalog, state.reference);
        const csv = comparisonCsv(table, language, dialect);
        const names = table.columns.map((c) => c.code);
        const base = ["comparison", ...names, language, dialect === "excel" ? "excel" : null];
        saveBlob(new Blob([csv], { type: "text/csv;charset=utf-8" }), downloadFileName(base, "csv"));
      });
  }
  void draw();
}

function button(text: string, kind: string, onClick: () => void): HTMLButtonElement {
  const element = document.createElement("button");
  element.type = "button";
  element.textContent = text;
  element.dataset.action = kind;
  element.addEventListener("click", onClick);
  return element;
}

function showIssues(root: HTMLElement, t: Translate, issues: SelectionIssue[], badReference: string | null): void {
  const element = root.querySelector<HTMLElement>("[data-issues]");
  if (!element) return;
  const items = issues.map((issue) => t(`compare.issue.${issue.problem}`, { token: issue.token }));
  if (badReference !== null) items.push(t("compare.issue.reference", { value: badReference }));
  element.textContent = items.length ? t("compare.issues", { items: items.join("; ") }) : "";
}
