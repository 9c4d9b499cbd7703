/**
 * The explorer's place search, a WAI-ARIA combobox with a list popup
 * (https://www.w3.org/WAI/ARIA/apg/patterns/combobox/): suggestions as one types, arrows to move,
 * Enter to choose, Escape to close then clear. And "Where am I?": the browser's position resolved
 * in the page to its sector, quartier and commune on the published sector polygons; the position
 * is never sent anywhere (the only requests are the site's own files). The area found is selected
 * on the map, with a link to its profile page beside the search.
 */
import type { Topology } from "topojson-specification";
import type { Language } from "../../core/languages.ts";
import type { RegisterLocator } from "../../core/gp/register/geography.ts";
import type { Translate } from "../../i18n/format-message.ts";
import { nextActive } from "../../lib/indicator/area-search.ts";
import { areaLookup, describeResult, sectorDisplayName } from "../../lib/search/describe.ts";
import {
  nearestAreas,
  prepareIndex,
  resultTarget,
  searchAreas,
  type PreparedIndex,
  type SearchResult,
} from "../../lib/search/match.ts";
import type { SearchAreaLevel, SearchIndex } from "../../lib/search/search-index.ts";
import { geolocationErrorKey, whereabouts } from "../../lib/search/where-am-i.ts";
import { PROFILE_LEVELS } from "../../core/levels.ts";
import { profilePath, publishedFilePath, siteDataPath } from "../../lib/routes.ts";
import { fetchJson } from "../fetch-json.ts";

/** The area to select, or null for the whole region. */
export type SelectArea = (target: { level: SearchAreaLevel; code: string } | null) => void;

interface Loaded {
  index: SearchIndex;
  prepared: PreparedIndex;
  area: ReturnType<typeof areaLookup>;
}

let loading: Promise<Loaded> | null = null;
function loadIndex(): Promise<Loaded> {
  loading ??= fetchJson<SearchIndex>(siteDataPath("search")).then(
    (index) => ({ index, prepared: prepareIndex(index), area: areaLookup(index) }),
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

let locator: Promise<RegisterLocator> | null = null;
function loadLocator(): Promise<RegisterLocator> {
  // The polygon code (and topojson-client) loads with the polygons, on the first click only.
  locator ??= Promise.all([
    fetchJson<Topology>(publishedFilePath("geo/sector.topojson")),
    import("../../core/gp/register/geography.ts"),
  ]).then(
    ([topology, { topologyLocator }]) => topologyLocator(topology),
    (error: unknown) => {
      locator = null;
      throw error;
    },
  );
  return locator;
}

export function wireAreaSearch(root: HTMLElement, language: Language, t: Translate, select: SelectArea): void {
  const input = root.querySelector<HTMLInputElement>("[data-control=search]");
  const list = root.querySelector<HTMLUListElement>("[data-search-list]");
  const status = root.querySelector<HTMLElement>("[data-search-status]");
  if (!input || !list || !status) return;
  const profile = profileLink(root, language, t);
  let results: SearchResult[] = [];
  let active = -1;
  let loaded: Loaded | null = null;
  /** The text the list was last built for. */
  let renderedFor: string | null = null;

  const open = (yes: boolean) => {
    list.hidden = !yes;
    input.setAttribute("aria-expanded", String(yes));
    if (!yes) setActive(-1);
  };
  const setActive = (index: number) => {
    active = index;
    list.querySelectorAll<HTMLElement>("[role=option]").forEach((option, i) => {
      option.setAttribute("aria-selected", String(i === index));
      if (i === index) option.scrollIntoView({ block: "nearest" });
    });
    if (index >= 0) input.setAttribute("aria-activedescendant", `explorer-search-option-${index}`);
    else input.removeAttribute("aria-activedescendant");
  };

  const ensureLoaded = async (): Promise<Loaded | null> => {
    if (loaded) return loaded;
    status.textContent = t("explorer.find.loading");
    try {
      loaded = await loadIndex();
      status.textContent = "";
      return loaded;
    } catch (error) {
      status.textContent = t("explorer.find.loadError", { error: (error as Error).message });
      return null;
    }
  };

  const render = (data: Loaded) => {
    const typed = input.value;
    renderedFor = typed;
    results = searchAreas(data.prepared, typed);
    list.replaceChildren(
      ...results.map((result, i) => {
        const words = describeResult(result, data.area, language, t);
        const option = document.createElement("li");
        option.id = `explorer-search-option-${i}`;
        option.setAttribute("role", "option");
        option.setAttribute("aria-selected", "false");
        const name = document.createElement("span");
        name.className = "name";
        name.textContent = words.name;
        const detail = document.createElement("span");
        detail.className = "detail";
        detail.textContent = words.detail;
        option.append(name, detail);
        // Keeps the focus in the input (the listbox is never focused: aria-activedescendant).
        option.addEventListener("mousedown", (event) => event.preventDefault());
        option.addEventListener("click", () => choose(i));
        return option;
      }),
    );
    open(results.length > 0);
    if (typed.trim() === "") status.textContent = "";
    else if (results.length > 0) status.textContent = t("explorer.find.count", { count: results.length });
    else {
      const near = nearestAreas(data.prepared, typed).map((a) => a.names[language]);
      status.textContent = near.length
        ? t("explorer.find.nearest", { query: typed.trim(), names: near.join(", ") })
        : t("explorer.find.noMatch", { query: typed.trim() });
    }
  };

  const choose = (index: number) => {
    const result = results[index];
    if (!result || !loaded) return;
    const words = describeResult(result, loaded.area, language, t);
    input.value = words.name;
    // Enter again keeps this choice rather than searching the chosen name anew.
    results = [result];
    renderedFor = input.value;
    open(false);
    const target = resultTarget(result);
    if (target.level === "region") {
      status.textContent = t("explorer.find.regionSelected", { name: words.name });
      profile(null);
      select(null);
    } else {
      status.textContent = t("explorer.find.selected", { name: words.name });
      profile({ ...target, name: loaded.area(target.level, target.code)?.names[language] ?? words.name });
      select(target);
    }
  };

  input.addEventListener("focus", () => void ensureLoaded());
  /** The list for what is typed now (a key pressed right after typing waits for the names). */
  const upToDate = async (): Promise<boolean> => {
    const data = await ensureLoaded();
    if (data && renderedFor !== input.value) render(data);
    return data !== null;
  };
  input.addEventListener("input", () => {
    // The link names the area chosen: typing something else takes it away.
    profile(null);
    void upToDate();
  });
  input.addEventListener("keydown", async (event) => {
    const key = event.key;
    if (key === "ArrowDown" || key === "ArrowUp") {
      event.preventDefault();
      if (list.hidden || renderedFor !== input.value) {
        await upToDate();
        if (results.length === 0) return;
        open(true);
      }
      setActive(nextActive(active, results.length, key));
    } else if (key === "Enter") {
      event.preventDefault();
      if (input.value.trim() === "") return;
      if (renderedFor !== input.value) await upToDate();
      if (results.length > 0) choose(active >= 0 ? active : 0);
    } else if (key === "Escape") {
      if (!list.hidden) {
        event.preventDefault();
        open(false);
      } else if (input.value !== "") {
        event.preventDefault();
        input.value = "";
        status.textContent = "";
      }
    }
  });
  input.addEventListener("blur", () => open(false));

  wireWhereAmI(root, language, t, (target) => {
    profile(target);
    select({ level: target.level, code: target.code });
  });
}

/** Shows the link "Open the profile of <name>" for an area with a profile page; hides it otherwise. */
function profileLink(
  root: HTMLElement,
  language: Language,
  t: Translate,
): (area: { level: string; code: string; name: string } | null) => void {
  const block = root.querySelector<HTMLElement>("[data-search-profile]");
  const link = root.querySelector<HTMLAnchorElement>("[data-search-profile-link]");
  return (area) => {
    if (!block || !link) return;
    const shown = area !== null && PROFILE_LEVELS.includes(area.level);
    block.hidden = !shown;
    if (!shown) return;
    link.href = profilePath(language, area.level, area.code);
    link.textContent = t("explorer.find.openProfile", { name: area.name });
  };
}

/** The located quartier, with its name for the profile link. */
type SelectLocated = (target: { level: SearchAreaLevel; code: string; name: string }) => void;

function wireWhereAmI(root: HTMLElement, language: Language, t: Translate, select: SelectLocated): void {
  const block = root.querySelector<HTMLElement>("[data-locate]");
  const button = root.querySelector<HTMLButtonElement>("[data-locate-button]");
  const status = root.querySelector<HTMLElement>("[data-locate-status]");
  if (!block || !button || !status) return;
  block.hidden = false;
  button.addEventListener("click", () => {
    if (!("geolocation" in navigator)) {
      status.textContent = t("explorer.find.locateUnsupported");
      return;
    }
    status.textContent = t("explorer.find.locating");
    button.disabled = true;
    navigator.geolocation.getCurrentPosition(
      async (position) => {
        try {
          const { longitude: lon, latitude: lat } = position.coords;
          const [locate, data] = await Promise.all([loadLocator(), loadIndex()]);
          const found = whereabouts(locate, data.index, lon, lat);
          if (!found.inside) {
            status.textContent = t("explorer.find.locateOutside", { lat: lat.toFixed(4), lon: lon.toFixed(4) });
            return;
          }
          const name = (level: string, code: string) => data.area(level, code)?.names[language] ?? code;
          status.textContent = t("explorer.find.located", {
            sector: sectorDisplayName(language === "nl" ? found.sector.nl : found.sector.fr),
            quartier: name("quartier", found.sector.quartier),
            commune: name("commune", found.sector.commune),
          });
          const quartier = found.sector.quartier;
          select({ level: "quartier", code: quartier, name: name("quartier", quartier) });
        } catch (error) {
          status.textContent = t("explorer.find.loadError", { error: (error as Error).message });
        } finally {
          button.disabled = false;
        }
      },
      (error) => {
        status.textContent = t(geolocationErrorKey(error.code));
        button.disabled = false;
      },
      { timeout: 20_000, maximumAge: 60_000 },
    );
  });
}
